// What `plan` and `lock` share: the stacks they work on, finding terraform, and running it so
// that a failure is one line and exit 3 (ExternalFailure), never terraform's whole output.
import { execFile } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { ExternalFailure } from "../model/external-failure";
import { InputError } from "../model/input-error";
import type { OrganizationFile } from "../model/schema";
import { STACK_IDS, type StackId } from "../stacks/stack-ids";

/**
 * Synthesizes the selected stacks into `work` for terraform, with progress on stderr; cdktf and
 * the stacks load only here, in the commands that run terraform.
 */
export async function synthesizeForTerraform(
  org: OrganizationFile,
  flags: { stack?: string[]; work: string },
  output: { stderr: { write(text: string): unknown }; format: string; config: string; localState?: boolean },
) {
  const { isQuiet, progressOn } = await import("../report/progress");
  const { synthesize } = await import("../stacks/app");
  const progress = progressOn(output.stderr, isQuiet(output.format));
  const stacks = selectedStacks(flags.stack, org);
  progress.stage(`synthesizing ${stacks.join(", ")} into ${flags.work}`);
  synthesize(org, flags.work, stacks, { field: "--work", keep: [output.config], localState: output.localState });
  return { stacks, progress };
}

export const NO_TERRAFORM = "terraform is not on PATH (install Terraform 1.x; `cdktf plan` needs it too)";

/** --stack checked before anything is loaded, so a typo is refused before the organization file is read. */
export function refuseUnknownStack(flag: string[] | undefined): void {
  const known: readonly string[] = STACK_IDS;
  const unknown = flag?.find((id) => !known.includes(id));
  if (unknown) throw new InputError("--stack", JSON.stringify(unknown), `one of ${known.join(", ")}`);
}

/** --stack as given, else decision.chosenOption, else both. */
export function selectedStacks(flag: string[] | undefined, org: OrganizationFile): StackId[] {
  refuseUnknownStack(flag);
  const chosen = org.decision.chosenOption;
  return (flag ?? (chosen ? [chosen] : STACK_IDS)) as StackId[];
}

export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function terraform(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    execFile("terraform", args, { env: { ...env, TF_IN_AUTOMATION: "1", TF_INPUT: "0" }, maxBuffer: 1 << 29 }, (error, stdout, stderr) => {
      if (error) fail(new ExternalFailure(`terraform ${args.filter((a) => !a.startsWith("-chdir")).join(" ")}`, plainText(stderr).split("\n").slice(-3).join(" ") || error.message));
      else done(stdout);
    });
  });
}

/** terraform's diagnostics as one plain line: no colour codes (not every subcommand takes -no-color) and no box drawing. */
export function plainText(stderr: string): string {
  return stderr
    .replace(/\u001b\[[0-9;]*m/g, "")
    .replace(/[│╵╷]/g, " ")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}
