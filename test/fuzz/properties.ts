// The properties behind test/hardening-fuzz.test.ts and `npm run fuzz` (scripts/fuzz.ts), as
// plain fast-check properties with their own assertions, so the script runs them without vitest.
// - valid files never crash a command: exit 0, or 1 with a report; exit 2 only as an InputError
//   that names a field (a file the schema accepts but a command cannot build, e.g. a pinned
//   design the hosts cannot hold); never an uncaught exception or a stack trace;
// - invalid files always exit 2 with one line naming the field of the mistake.
import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { InputError } from "../../model/input-error";
import { parseOrganization, validateOrganization } from "../../model/load";
import { runCli } from "../helpers/cli";
import { invalidOrganization, validOrganization, type InvalidCase } from "./organization-arbitrary";

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const asText = (data: unknown, yaml: boolean) => (yaml ? stringify(data) : JSON.stringify(data, null, 2));

/** Valid files load (as YAML and as JSON) to the same organization. */
export const loaderAcceptsValidFiles = fc.property(validOrganization, fc.boolean(), (data, yaml) => {
  const loaded = parseOrganization(asText(data, yaml), "fuzz.yaml");
  check(JSON.stringify(loaded) === JSON.stringify(validateOrganization(data)), "YAML and data load differently");
});

/** The error names the field of the mistake (or the union that holds it). */
export function namesField(error: unknown, expected: InvalidCase): void {
  check(error instanceof InputError, `expected an InputError, got ${String(error)}`);
  const named = error.field;
  check(named === expected.field || expected.field.startsWith(`${named}.`), `${expected.mistake} at ${expected.field}, but the error names ${named}: ${error.message}`);
}

export const loaderNamesTheField = fc.property(invalidOrganization, fc.boolean(), (invalid, yaml) => {
  let caught: unknown;
  try {
    parseOrganization(asText(invalid.data, yaml), "fuzz.yaml");
  } catch (error) {
    caught = error;
  }
  namesField(caught, invalid);
});

/** Any text at all, and any JSON value: a result or an InputError, nothing else. */
export const loaderNeverThrowsAnythingElse = fc.property(
  fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue().map((value) => JSON.stringify(value)), fc.jsonValue().map((value) => stringify(value))),
  (text) => {
    try {
      parseOrganization(text, "fuzz.yaml");
    } catch (error) {
      check(error instanceof InputError, `not an InputError for ${JSON.stringify(text).slice(0, 80)}: ${(error as Error).stack}`);
    }
  },
);

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;
/** One line naming the organization file and a field of it (never a construct path such as onprem/monitoring). */
const ORGANIZATION_ERROR_LINE = /^error: (.+?): ([A-Za-z$][\w$]*(?:\.[\w$]+)*): received .+; expected .+\n$/;

/** Each command, with `{dir}` standing for a fresh output directory. */
export type CommandArgs = string[];
export const FAST_COMMANDS: CommandArgs[] = [["sizing"], ["--format", "json", "tenant", "plan"], ["export", "powershell"], ["export", "m365dsc"], ["cost"]];
export const PIPELINE_COMMANDS: CommandArgs[] = [
  ["synth", "--out", "{dir}/cdktf.out"],
  ["check", "--as-of", "2026-11-01"],
  ["compare", "--as-of", "2026-11-01", "--out", "{dir}/out", "--format", "json"],
];

export interface Tally {
  runs: number;
  byCode: Record<string, number>;
}

/** Writes the file, runs every command in-process; returns their exit codes. */
async function runAll(text: string, name: string, commands: CommandArgs[]): Promise<{ args: string[]; code: number; stdout: string; stderr: string }[]> {
  const dir = mkdtempSync(join(tmpdir(), "exchange-iac-fuzz-"));
  try {
    const config = join(dir, name);
    writeFileSync(config, text);
    const results = [];
    for (const command of commands) {
      const args = ["--config", config, ...command.map((arg) => arg.replace("{dir}", dir))];
      try {
        results.push({ args, ...(await runCli(args)) });
      } catch (error) {
        throw new Error(`exchange-iac ${command.join(" ")} crashed on a valid file: ${(error as Error).stack}\n--- file ---\n${text}`);
      }
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function commandsSurviveValidFiles(commands: CommandArgs[], tally?: Tally) {
  return fc.asyncProperty(validOrganization, fc.boolean(), async (data, yaml) => {
    const text = asText(data, yaml);
    for (const { args, code, stdout, stderr } of await runAll(text, yaml ? "org.yaml" : "org.json", commands)) {
      const where = `exchange-iac ${args.slice(2).join(" ")} (exit ${code})\n${stderr}\n--- file ---\n${text}`;
      check(!STACK_TRACE.test(stderr) && !STACK_TRACE.test(stdout), `stack trace from ${where}`);
      check(code === 0 || code === 1 || code === 2, `exit code ${code} from ${where}`);
      if (code === 1) check(stdout.trim().length > 0 || stderr.includes("error:"), `exit 1 without a report from ${where}`);
      if (code === 2) check(ORGANIZATION_ERROR_LINE.exec(stderr)?.[1] === args[1], `exit 2 without one line naming the file and a field of it from ${where}`);
      if (tally) {
        tally.runs++;
        const key = `${args[2]} ${code}`;
        tally.byCode[key] = (tally.byCode[key] ?? 0) + 1;
      }
    }
  });
}

export function commandsRefuseInvalidFiles(commands: CommandArgs[]) {
  return fc.asyncProperty(invalidOrganization, fc.boolean(), async (invalid, yaml) => {
    const text = asText(invalid.data, yaml);
    for (const { args, code, stderr } of await runAll(text, yaml ? "org.yaml" : "org.json", commands)) {
      const where = `exchange-iac ${args.slice(2).join(" ")} (${invalid.mistake} at ${invalid.field})`;
      check(code === 2, `exit ${code} instead of 2 from ${where}: ${stderr}`);
      const named = /^error: [^:]+: ([^:]+): received/.exec(stderr)?.[1];
      check(named !== undefined && (named === invalid.field || invalid.field.startsWith(`${named}.`)), `${where} names ${String(named)}: ${stderr}`);
    }
  });
}
