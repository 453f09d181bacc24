// A fake Exchange Management Shell for the generated configuration scripts. No PowerShell runs
// here, so the fake reads the script as the runner sees it: every Invoke-Step call (parsed
// with tree-sitter-powershell) with its id, the steps it waits for (-After), the manual work
// it names (-Manual) and whether it has a change (-Set). It then runs them in the script's
// order with the runner's rules (render-script.ts): a step waiting for a step that is not done
// is PENDING; a step whose desired state holds is ok (a step that only checks what the steps
// before it made holds once they are done); a manual step whose work is not done is
// PENDING; otherwise its change runs (or fails, when the test makes it fail) and the state it
// set stays for the next run. The environment says which manual work has been done.
import type { ManualWork } from "../../model/exchange-onprem/run-graph";
import { parsePowerShell } from "./powershell-syntax";

export interface DeclaredStep {
  id: string;
  after: string[];
  manual: string | null;
  hasChange: boolean;
  /** The change only throws: the step checks what earlier steps made (the witness in use, say). */
  verifies: boolean;
  line: number;
}

export type Outcome = "ok" | "changed" | "pending" | "failed";

export interface RunResult {
  outcomes: { id: string; outcome: Outcome; why: string }[];
  exitCode: 0 | 1;
}

const literal = (text: string | undefined) => (text ?? "").replace(/^'|'$/g, "");

/** The steps a script declares, in order. */
export async function declaredSteps(script: string): Promise<DeclaredStep[]> {
  const parsed = await parsePowerShell(script);
  if (parsed.errors.length) throw new Error(`the script does not parse: line ${parsed.errors[0]!.line}`);
  return parsed.commands
    .filter((command) => command.name === "Invoke-Step" && command.parameters.some((p) => p.name === "Test"))
    .map((command) => {
      const value = (name: string) => command.parameters.find((p) => p.name === name)?.value;
      return {
        id: literal(value("Id")),
        after: [...(value("After") ?? "").matchAll(/'([^']*)'/g)].map((m) => m[1]!),
        manual: value("Manual") === undefined ? null : literal(value("Manual")),
        hasChange: value("Set") !== undefined,
        verifies: /^\{\s*throw\b/.test(value("Set") ?? ""),
        line: command.line,
      };
    });
}

export class FakeExchangeManagementShell {
  /** Steps whose change has been made: their desired state holds from then on. */
  private readonly changed = new Set<string>();
  readonly manualDone = new Set<ManualWork>();
  /** Steps whose change fails (a broken server, say). */
  readonly failing = new Set<string>();

  async run(script: string): Promise<RunResult> {
    const steps = await declaredSteps(script);
    const state = new Map<string, "done" | "pending" | "failed">();
    const outcomes: RunResult["outcomes"] = [];
    for (const step of steps) {
      const waiting = step.after.filter((id) => state.get(id) !== "done");
      if (waiting.length) {
        state.set(step.id, "pending");
        outcomes.push({ id: step.id, outcome: "pending", why: `waits for step ${waiting.join(", ")}` });
        continue;
      }
      if (step.manual !== null) {
        const done = this.manualDone.has(step.manual as ManualWork);
        state.set(step.id, done ? "done" : "pending");
        outcomes.push({ id: step.id, outcome: done ? "ok" : "pending", why: done ? "" : `manual work: ${step.manual}` });
        continue;
      }
      // In this fake world what earlier steps made works: a check after them holds.
      if (this.changed.has(step.id) || (step.verifies && !this.failing.has(step.id))) {
        state.set(step.id, "done");
        outcomes.push({ id: step.id, outcome: "ok", why: "" });
        continue;
      }
      if (!step.hasChange || this.failing.has(step.id)) {
        state.set(step.id, "failed");
        outcomes.push({ id: step.id, outcome: "failed", why: step.hasChange ? "the change failed" : "no change to make" });
        continue;
      }
      this.changed.add(step.id);
      state.set(step.id, "done");
      outcomes.push({ id: step.id, outcome: "changed", why: "" });
    }
    return { outcomes, exitCode: outcomes.some((o) => o.outcome === "failed") ? 1 : 0 };
  }
}
