// The configuration run as a graph: each step names the steps it waits for (`after`) and, when
// it can only be finished by hand, the manual work it waits on. The runner in the script skips
// a step whose dependencies are not done (PENDING), reports a manual step that does not hold
// yet as PENDING with what to do, lets a failed step fail alone, and runs every independent
// step; the next run picks up where the manual work allowed. The document records the graph
// (run.steps) so a reader, and the tests, see the same order the script follows.
import type { PsValue } from "../powershell";

/** Work a person does outside the script; each has a numbered place in docs/onprem.md. */
export const MANUAL_WORK = ["exchange-setup", "certificate", "dns", "visual-cpp", "edge-subscription", "hybrid-wizard", "adfs", "hybrid-application", "rms-template"] as const;
export type ManualWork = (typeof MANUAL_WORK)[number];

/** A step as written: dependencies by key. */
export interface StepSpec {
  key: string;
  title: string;
  after: string[];
  /** The step holds only after this manual work; its guard checks it and there is no change. */
  manual?: { work: ManualWork; todo: string };
  /** Run once per item, with the item bound to $item (strings or ordered hashtables). */
  forEach?: PsValue[];
  /** How an item is named in the step's output (a PowerShell expression); default "$item". */
  itemLabel?: string;
  /** PowerShell that evaluates to $true when the desired state holds. Reads only. */
  test: string;
  /** PowerShell that brings the state to the desired one; absent for a manual step. */
  set?: string;
}

/** A step as run: numbered, with its dependencies by number. */
export interface ScriptStep extends Omit<StepSpec, "after"> {
  id: string;
  after: string[];
}

export interface RunStep {
  id: string;
  key: string;
  title: string;
  after: string[];
  manual: ManualWork | null;
}

/**
 * Numbers the steps that have something to do (a step over an empty list has not) and turns
 * dependencies on keys into dependencies on numbers. A dependency on a step left out is
 * dropped: there is nothing to wait for. A dependency on an unknown key, or on a later step, is
 * a mistake in the step list and throws.
 */
export function numberSteps(specs: StepSpec[], prefix = ""): ScriptStep[] {
  const keys = new Set<string>();
  for (const spec of specs) {
    if (keys.has(spec.key)) throw new Error(`step key ${spec.key} is used twice`);
    for (const key of spec.after) if (!keys.has(key)) throw new Error(`step ${spec.key} waits for ${key}, which is not an earlier step`);
    if (!spec.set && !spec.manual) throw new Error(`step ${spec.key} has neither a change nor manual work`);
    keys.add(spec.key);
  }
  const kept = specs.filter((spec) => !spec.forEach || spec.forEach.length > 0);
  const ids = new Map(kept.map((spec, index) => [spec.key, `${prefix}${String(index + 1).padStart(2, "0")}`]));
  return kept.map((spec) => ({ ...spec, id: ids.get(spec.key)!, after: spec.after.filter((key) => ids.has(key)).map((key) => ids.get(key)!) }));
}

export function runSteps(steps: ScriptStep[]): RunStep[] {
  return steps.map((step) => ({ id: step.id, key: step.key, title: step.title, after: step.after, manual: step.manual?.work ?? null }));
}
