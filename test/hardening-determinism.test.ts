// Issue 8, determinism: the same input gives the same bytes, whatever the output directory
// and the working directory, and no output carries a timestamp, an absolute path of the
// machine or a random identifier (every byte equal across runs rules the last one out).
import { cpSync, mkdtempSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_CONFIG } from "../model/load";
import { writeGeneratedOrganizations } from "../scripts/bench-organizations";
import { runBinary } from "./helpers/cli";
import { readTree } from "./helpers/tree";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const AS_OF = "2026-10-01";
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `exchange-iac-determinism-${name}-`));

/** Runs the real binary twice: from two working directories, once with a relative and once with an absolute --out. */
async function twice(args: (config: string) => string[]): Promise<{ a: Map<string, Buffer>; b: Map<string, Buffer>; places: string[] }> {
  const [cwdA, cwdB, outB] = [fresh("cwd-a"), fresh("cwd-b"), fresh("out-b")];
  // The same organization file under two different absolute paths.
  const configA = join(cwdA, "municipality.yaml");
  cpSync(EXAMPLE_CONFIG, configA);
  const [runA, runB] = await Promise.all([runBinary([...args("municipality.yaml"), "--out", "out"], cwdA), runBinary([...args(EXAMPLE_CONFIG), "--out", outB], cwdB)]);
  expect(runA.code, runA.stderr).toBe(0);
  expect(runB.code, runB.stderr).toBe(0);
  return { a: readTree(join(cwdA, "out")), b: readTree(outB), places: [cwdA, cwdB, outB] };
}

function expectIdentical(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  expect([...a.keys()]).toEqual([...b.keys()]);
  for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), `${path} differs between the two runs`).toBe(true);
}

/** No ISO timestamp, today's date, or absolute path of this machine in any file. */
function expectNothingMachineSpecific(files: Map<string, Buffer>, places: string[]): void {
  const today = new Date().toISOString().slice(0, 10);
  const forbidden = [...places, ROOT.replace(/\/$/, ""), homedir(), tmpdir()];
  for (const [path, bytes] of files) {
    const text = bytes.toString("utf8");
    expect(text, `${path} holds a timestamp`).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    if (today !== AS_OF) expect(text.includes(today), `${path} holds today's date ${today}`).toBe(false);
    for (const place of forbidden) expect(text.includes(place), `${path} holds the absolute path ${place}`).toBe(false);
  }
}

describe("synth is reproducible", () => {
  let runs: Awaited<ReturnType<typeof twice>>;
  beforeAll(async () => {
    runs = await twice((config) => ["--config", config, "synth"]);
  });

  it("writes the same files, byte for byte, from two working directories into two output directories", () => {
    expect([...runs.a.keys()]).toEqual(
      expect.arrayContaining(["manifest.json", "stacks/onprem/cdk.tf.json", "stacks/onprem/exchange-organization.ps1", "stacks/online/cdk.tf.json", "stacks/online/exchange-online-configuration.json"]),
    );
    expectIdentical(runs.a, runs.b);
  });

  it("writes no timestamp and no absolute path (cdktf's stack traces are off in manifest.json)", () => {
    expectNothingMachineSpecific(runs.a, runs.places);
    expectNothingMachineSpecific(runs.b, runs.places);
    expect(runs.a.get("manifest.json")!.toString()).not.toContain("stackTrace");
  });
});

describe("compare is reproducible", () => {
  it("writes the same five reports, byte for byte, from two working directories; the --as-of day is the only date it adds", async () => {
    const runs = await twice((config) => ["--config", config, "compare", "--as-of", AS_OF]);
    expect([...runs.a.keys()]).toEqual(["comparison-technical.html", "comparison-technical.md", "comparison.html", "comparison.json", "comparison.md"]);
    expectIdentical(runs.a, runs.b);
    expectNothingMachineSpecific(runs.a, runs.places);
    expect(runs.a.get("comparison.json")!.toString()).toContain(`"asOf": "${AS_OF}"`);
  });

  it("gives the same portfolio twice for a directory of organizations, with relative and absolute paths", async () => {
    const organizations = writeGeneratedOrganizations(fresh("orgs"), 2);
    const [cwdA, outB] = [fresh("cwd-a"), fresh("out-b")];
    cpSync(organizations, join(cwdA, "organizations"), { recursive: true });
    const [runA, runB] = await Promise.all([
      runBinary(["--config", "organizations", "compare", "--as-of", AS_OF, "--out", "out"], cwdA),
      runBinary(["--config", organizations, "compare", "--as-of", AS_OF, "--out", outB], fresh("cwd-b")),
    ]);
    expect(runA.code, runA.stderr).toBe(0);
    expect(runB.code, runB.stderr).toBe(0);
    const [a, b] = [readTree(join(cwdA, "out")), readTree(outB)];
    expect([...a.keys()]).toContain("portfolio.json");
    expect([...a.keys()]).toContain("kommun-02/comparison.html");
    expectIdentical(a, b);
    expectNothingMachineSpecific(a, [cwdA, outB, organizations]);
  });
});
