// One side of a diff: per stack its resources (by Terraform address) and key facts of its
// generated documents, the cost per option, and the findings. Built in-process from the
// artifacts of this tree, or read from the JSON another tree's own CLI wrote.
import { existsSync } from "node:fs";
import { INPUT_LIMITS, readBoundedText } from "../model/read-bounded";
import { join } from "node:path";
import type { OptionId } from "../cost/types";
import { inventoryFromSynth, type ChangeAction, type InventoryResource, type TerraformJson } from "../inventory/terraform";
import type { Said } from "../policies/say";
import type { Artifacts } from "../report/artifacts";
import type { ResourceChange } from "./compute";
import type { Side } from "./side";

export interface SnapshotResource {
  type: string;
  values: Record<string, unknown>;
  /** Plan actions, when the snapshot comes from a plan (["delete","create"] is a replacement). */
  actions?: ChangeAction[];
  /** Top-level attributes Terraform leaves as they are on an existing resource (lifecycle.ignore_changes). */
  ignoreChanges?: string[];
}

export interface SnapshotStack {
  resources: Record<string, SnapshotResource>;
  /** Figures a reviewer looks for first, e.g. mailbox servers; from the generated documents. */
  facts: Record<string, number>;
  /** From a plan: what changed outside Terraform since the last apply (resource_drift). */
  drifted?: ResourceChange[];
}

export interface SnapshotCost {
  years: number;
  options: Partial<Record<OptionId, { perYear: number[]; tco: number; oneOff: number }>>;
}

export interface SnapshotFinding {
  option: string;
  ruleId: string;
  severity: string;
  status: string;
  /** In English: the key a finding is matched by between the two sides. */
  message: string;
  /** The message in every language, for the comment; absent in a check output written before there were any. */
  messages?: Said;
  waived: boolean;
}

/** A finding as the diff compares it, from this tree's evaluation or another tree's check JSON. */
export function snapshotFinding(f: Omit<SnapshotFinding, "waived"> & { waiver?: unknown }): SnapshotFinding {
  return { option: f.option, ruleId: f.ruleId, severity: f.severity, status: f.status, message: f.message, ...(f.messages ? { messages: f.messages } : {}), waived: Boolean(f.waiver) };
}

/** An option's cost as the diff compares it: whole kronor per year, the TCO and the one-off part. */
export function snapshotOptionCost(totals: { cashPerYear: number[]; cash: number; oneOff: number }): { perYear: number[]; tco: number; oneOff: number } {
  return { perYear: totals.cashPerYear.map(Math.round), tco: Math.round(totals.cash), oneOff: Math.round(totals.oneOff) };
}

export interface Snapshot {
  side: Side;
  stacks: Record<string, SnapshotStack>;
  /** A string says why the cost is not available (e.g. the base tree has no cost command). */
  cost: SnapshotCost | string;
  findings: SnapshotFinding[] | string;
}

export function stackFacts(stack: string, documents: Record<string, unknown>): Record<string, number> {
  if (stack !== "onprem") return {};
  const doc = documents["exchange-organization.json"] as { servers?: { mailbox?: unknown[]; edge?: unknown[] }; databases?: unknown[] } | undefined;
  if (!doc) return {};
  return {
    "mailbox servers": doc.servers?.mailbox?.length ?? 0,
    "edge servers": doc.servers?.edge?.length ?? 0,
    "mailbox databases": doc.databases?.length ?? 0,
  };
}

export function resourcesByAddress(resources: InventoryResource[]): Record<string, SnapshotResource> {
  return Object.fromEntries(
    resources.map((r) => [r.address, { type: r.type, values: r.values, ...(r.actions ? { actions: r.actions } : {}), ...(r.ignoreChanges?.length ? { ignoreChanges: r.ignoreChanges } : {}) }]),
  );
}

export function snapshotFromArtifacts(side: Side, a: Artifacts, only?: OptionId[]): Snapshot {
  const chosen = a.options.filter((o) => !only || only.includes(o.option));
  return {
    side,
    stacks: Object.fromEntries(chosen.map((o) => [o.option, { resources: resourcesByAddress(o.resources), facts: stackFacts(o.option, o.documents) }])),
    cost: {
      years: a.cost.years,
      options: Object.fromEntries(
        a.cost.options
          .filter((o) => !only || only.includes(o.option))
          .map((o) => [o.option, snapshotOptionCost(o.totals)]),
      ),
    },
    findings: a.findings
      .filter((f) => !only || only.includes(f.option))
      .map(snapshotFinding),
  };
}

/** Reads what `exchange-iac synth --out DIR`, `cost --format json` and `check --format json` wrote. */
export function snapshotFromCliOutputs(side: Side, synthDir: string, costJson: string | Error, checkJson: string | Error): Snapshot {
  const stacks: Record<string, SnapshotStack> = {};
  for (const stack of ["onprem", "online"]) {
    const file = join(synthDir, "stacks", stack, "cdk.tf.json");
    if (!existsSync(file)) continue;
    const documents: Record<string, unknown> = {};
    const documentFile = join(synthDir, "stacks", stack, "exchange-organization.json");
    if (existsSync(documentFile)) documents["exchange-organization.json"] = JSON.parse(readBoundedText(documentFile, "--base", INPUT_LIMITS.baseArtifact, "the base tree's document"));
    const json = JSON.parse(readBoundedText(file, "--base", INPUT_LIMITS.baseArtifact, "the base tree's Terraform JSON")) as TerraformJson;
    stacks[stack] = { resources: resourcesByAddress(inventoryFromSynth(stack, json)), facts: stackFacts(stack, documents) };
  }
  return { side, stacks, cost: parseCost(costJson), findings: parseFindings(checkJson) };
}

function parseCost(text: string | Error): SnapshotCost | string {
  if (text instanceof Error) return text.message;
  try {
    const json = JSON.parse(text) as { years: number; options: { option: OptionId; totals: { cashPerYear: number[]; cash: number; oneOff: number } }[] };
    return {
      years: json.years,
      options: Object.fromEntries(json.options.map((o) => [o.option, { perYear: o.totals.cashPerYear.map(Math.round), tco: Math.round(o.totals.cash), oneOff: Math.round(o.totals.oneOff) }])),
    };
  } catch (error) {
    return `the cost output could not be read (${(error as Error).message})`;
  }
}

function parseFindings(text: string | Error): SnapshotFinding[] | string {
  if (text instanceof Error) return text.message;
  try {
    const json = JSON.parse(text) as { findings: (SnapshotFinding & { waiver?: unknown })[] };
    return json.findings.map(snapshotFinding);
  } catch (error) {
    return `the check output could not be read (${(error as Error).message})`;
  }
}
