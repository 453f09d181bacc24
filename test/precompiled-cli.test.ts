// Issue 17: the precompiled command line (dist/, built from the current sources before the tests
// by test/global-setup.ts) writes the same bytes as the sources; a portfolio gives the same
// bytes with one job and with two; the commands that need no engine load neither cdktf nor
// Pulumi; and bin/exchange-iac.js runs the bundle only while it is current.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { bundleIsCurrent } from "../bin/current-bundle.js";
import { writeGeneratedOrganizations } from "../scripts/bench-organizations";
import { DIST } from "../scripts/build";
import { runBundle, runCli, type CliResult } from "./helpers/cli";
import { readTree } from "./helpers/tree";

const AS_OF = "2026-11-26";
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `exchange-iac-precompiled-${name}-`));

/** Runs a command into a fresh `out` directory and returns what it printed and every file it wrote. */
async function outputs(run: (args: string[]) => Promise<CliResult>, args: (out: string) => string[], out: string): Promise<{ result: CliResult; files: Map<string, Buffer> }> {
  rmSync(out, { recursive: true, force: true });
  const result = await run(args(out));
  mkdirSync(out, { recursive: true });
  return { result, files: readTree(out) };
}

function expectSameBytes(a: { result: CliResult; files: Map<string, Buffer> }, b: { result: CliResult; files: Map<string, Buffer> }, label: string): void {
  expect(b.result, label).toEqual(a.result);
  expect([...b.files.keys()], label).toEqual([...a.files.keys()]);
  for (const [path, bytes] of a.files) expect(b.files.get(path)!.equals(bytes), `${label}: ${path}`).toBe(true);
}

describe("the precompiled command line and the sources", () => {
  // The same working directory and output path for both, so printed relative paths agree.
  const out = join(fresh("out"), "out");
  const commands: [string, (out: string) => string[]][] = [
    ["compare", (dir) => ["compare", "--out", dir, "--as-of", AS_OF]],
    ["synth", (dir) => ["synth", "--out", dir]],
    ["check as text", () => ["check", "--as-of", AS_OF]],
    ["check as SARIF", () => ["--format", "sarif", "check", "--as-of", AS_OF]],
    ["cost as text", () => ["cost"]],
    ["cost as JSON", () => ["--format", "json", "cost"]],
    ["sizing", () => ["sizing"]],
    ["tenant plan", () => ["tenant", "plan"]],
    ["init", () => ["init"]],
    ["init --out", (dir) => ["init", "--out", join(dir, "kommun.yaml")]],
    ["--help", () => ["--help"]],
    ["a bad file (exit 2)", () => ["--config", join(tmpdir(), "no-such-organization.yaml"), "sizing"]],
  ];
  it.each(commands)("%s: the same output, byte for byte", async (label, args) => {
    const fromSources = await outputs(runCli, args, out);
    const fromBundle = await outputs(runBundle, args, out);
    expectSameBytes(fromSources, fromBundle, label);
  });
});

describe("a portfolio with one job and with two", () => {
  const dir = writeGeneratedOrganizations(fresh("orgs"), 3);
  const out = join(fresh("out"), "out");

  it("compare writes the same files and prints the same lines", async () => {
    const args = (jobs: number) => (dir_: string) => ["--config", dir, "compare", "--out", dir_, "--as-of", AS_OF, "--jobs", String(jobs)];
    const one = await outputs(runBundle, args(1), out);
    expect(one.result.code, one.result.stderr).toBe(0);
    expect(one.files.size).toBe(3 * 5 + 3);
    expectSameBytes(one, await outputs(runBundle, args(2), out), "two jobs");
    // The sources start their workers through tsx (cli/portfolio/worker-sources.mjs).
    expectSameBytes(one, await outputs(runCli, args(2), out), "two jobs, from the sources");
  }, 120_000);

  it("synth writes the same files", async () => {
    const args = (jobs: number) => (dir_: string) => ["--config", dir, "synth", "--out", dir_, "--jobs", String(jobs)];
    const one = await outputs(runBundle, args(1), out);
    expect(one.result.code, one.result.stderr).toBe(0);
    expectSameBytes(one, await outputs(runBundle, args(2), out), "two jobs");
  }, 120_000);

  it("stops with the error of the first failing organization in file order, as one job does", async () => {
    const bad = writeGeneratedOrganizations(fresh("bad"), 4);
    // Valid files that cannot be built: the deployment region is not an allowed one.
    for (const [file, region] of [["kommun-02.yaml", "germanywestcentral"], ["kommun-04.yaml", "norwayeast"]] as const) {
      writeFileSync(join(bad, file), readFileSync(join(bad, file), "utf8").replace(/^  region: swedencentral$/m, `  region: ${region}`));
    }
    const run = (jobs: number) => runBundle(["--config", bad, "compare", "--out", fresh("bad-out"), "--as-of", AS_OF, "--jobs", String(jobs)], { CI: "true" });
    const one = await run(1);
    expect(one.code).toBe(2);
    expect(one.stderr).toBe(`error: ${join(bad, "kommun-02.yaml")}: azure.region: received "germanywestcentral"; expected one of the allowed regions (azure.allowedRegions): swedencentral, swedensouth\n`);
    expect(await run(2)).toEqual(one);
  }, 120_000);

  it("refuses a --jobs that is no whole number of at least 1", async () => {
    const result = await runCli(["--config", dir, "compare", "--jobs", "0"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --jobs: received "0"; expected a whole number of at least 1\n');
  });
});

describe("commands load only what they need", () => {
  const manifest = JSON.parse(readFileSync(join(DIST, "inputs.json"), "utf8")) as { packages: Record<string, string[]> };
  const ENGINES = ["cdktf", "@cdktf/provider-azurerm", "@pulumi/pulumi", "@pulumi/azuread"];

  /** The packages of every file of the bundle the command loaded (NODE_DEBUG=esm lists each module as Node stores it). */
  async function packagesLoaded(args: string[]): Promise<string[]> {
    const result = await runBundle(args, { NODE_DEBUG: "esm", CI: "true" });
    const files = [...new Set([...result.stderr.matchAll(/file:\/\/\S*?\/dist\/([\w-]+\.mjs)/g)].map((match) => match[1]!))];
    // The listing works: the entry point is in it.
    expect(files, result.stderr.slice(-2000)).toContain("cli.mjs");
    return [...new Set(files.flatMap((file) => manifest.packages[file] ?? []))];
  }

  const plan = join(fresh("plan"), "online.json");
  writeFileSync(plan, JSON.stringify({ format_version: "1.2", planned_values: { root_module: { resources: [] } }, resource_changes: [] }));
  it.each([
    ["--help", ["--help"]],
    ["sizing", ["sizing"]],
    ["init", ["init"]],
    ["cost from a plan", ["cost", "--option", "online", "--plan", plan]],
    ["check of a plan and the documents", ["check", "--option", "online", "--plan", plan, "--as-of", AS_OF]],
    ["tenant plan", ["tenant", "plan"]],
  ])("%s loads neither cdktf nor Pulumi", async (_label, args) => {
    const loaded = await packagesLoaded(args);
    for (const engine of ENGINES) expect(loaded).not.toContain(engine);
  });

  it("compare loads cdktf (the listing sees an engine when one loads)", async () => {
    expect(await packagesLoaded(["compare", "--out", fresh("compare-out"), "--as-of", AS_OF])).toContain("cdktf");
  });

  it("--help loads no schema either", async () => {
    expect(await packagesLoaded(["--help"])).toEqual(["commander"]);
  });
});

describe("bin/exchange-iac.js runs the bundle only while it is current", () => {
  it("is current when no source is newer than the build, stale after an edit or without a build", () => {
    const root = fresh("root");
    mkdirSync(join(root, "dist"));
    mkdirSync(join(root, "cli"));
    writeFileSync(join(root, "cli", "main.ts"), "export {};\n");
    writeFileSync(join(root, "dist", "inputs.json"), JSON.stringify({ inputs: ["cli/main.ts"] }));
    const url = pathToFileURL(`${root}/`);
    const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);
    at("cli/main.ts", 1_000);
    at("dist/inputs.json", 2_000);
    expect(bundleIsCurrent(url)).toBe(true);
    at("cli/main.ts", 3_000);
    expect(bundleIsCurrent(url)).toBe(false);
    rmSync(join(root, "cli", "main.ts"));
    expect(bundleIsCurrent(url)).toBe(false);
    rmSync(join(root, "dist"), { recursive: true });
    expect(bundleIsCurrent(url)).toBe(false);
  });

  it("is current in this checkout (test/global-setup.ts built it)", () => {
    expect(bundleIsCurrent(pathToFileURL(`${join(DIST, "..")}/`))).toBe(true);
  });
});
