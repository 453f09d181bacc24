// npm run bench [-- --runs 5] [-- --sizes 50,290]: every row of issue 17's table in one run,
// each a cold process as a user starts it (`node bin/exchange-iac.js`, which runs the
// precompiled bundle: it is built first, from the current sources): `--help`, `sizing`,
// `compare` on the built-in example beside `npx cdktf synth` of the same stacks (the
// baseline, with the ratio), and `compare --config <directory>` for generated organizations
// (scripts/bench-organizations.ts; 290, as many as Sweden has municipalities, with 2 jobs).
// Each row: the median of the runs, the fastest and slowest, and the peak resident memory of
// every Node process involved (worker threads count in their process).
// Timings vary with the machine and its load; they are printed, never asserted in tests.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleIsCurrent } from "../bin/current-bundle.js";
import { EXAMPLE_CONFIG } from "../model/example-config";
import { writeGeneratedOrganizations } from "./bench-organizations";
import { buildCli } from "./build";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "exchange-iac.js");
const RSS_HOOK = pathToFileURL(join(ROOT, "scripts", "bench-max-rss.mjs")).href;
// A fixed day after the example's dated facts (DPIA review, restore test), so the run judges them as met.
const AS_OF = "2026-11-26";
const PEAK_MB = 400;

interface Run {
  seconds: number;
  peakMB: number;
  code: number;
  /** Seconds from the start to each progress stage of a single comparison (startup = loading the code). */
  stages: Record<string, number>;
}

/** Runs a command as a new process; times it, its progress lines and the peak RSS of its Node processes. */
function measure(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const work = mkdtempSync(join(tmpdir(), "exchange-iac-bench-"));
  const rssFile = join(work, "rss");
  return new Promise((resolve) => {
    const start = performance.now();
    const marks: [number, string][] = [];
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, CI: "", CHECKPOINT_DISABLE: "1", BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${RSS_HOOK}`.trim(), ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let pending = "";
    child.stderr.on("data", (chunk: Buffer) => {
      const now = (performance.now() - start) / 1000;
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) {
        const stage = /^\[\d+\] (synthesizing|running the policy|estimating cost|writing the reports)/.exec(line);
        if (stage) marks.push([now, STAGE_NAME[stage[1]!]!]);
      }
    });
    child.on("close", (code) => {
      const seconds = (performance.now() - start) / 1000;
      const stages: Record<string, number> = {};
      marks.forEach(([at, name], i) => (stages[name] = (stages[name] ?? 0) + ((marks[i + 1]?.[0] ?? seconds) - at)));
      if (marks.length) stages.startup = marks[0]![0];
      const peakKB = existsSync(rssFile) ? Math.max(...readFileSync(rssFile, "utf8").trim().split("\n").map((line) => Number(line.split(" ")[1]))) : NaN;
      rmSync(work, { recursive: true, force: true });
      resolve({ seconds, peakMB: peakKB / 1024, code: code ?? 1, stages });
    });
  });
}

const STAGE_NAME: Record<string, string> = {
  synthesizing: "synth",
  "running the policy": "policies",
  "estimating cost": "cost",
  "writing the reports": "render",
};

/** `exchange-iac <args>` with a fresh --out directory where the command writes one. */
function cli(args: string[], out?: "--out"): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), "exchange-iac-bench-out-"));
  return measure(process.execPath, [BIN, ...args, ...(out ? [out, dir] : [])]).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** `npx cdktf synth` of the example's stacks (cdktf.json runs stacks/main.ts). */
function cdktfSynth(): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), "exchange-iac-bench-cdktf-"));
  return measure("npx", ["cdktf", "synth", "--output", dir], { EXCHANGE_IAC_CONFIG: EXAMPLE_CONFIG, CI: "true" }).finally(() => rmSync(dir, { recursive: true, force: true }));
}

interface Row {
  label: string;
  runs: Run[];
  goal: string;
  /** Whether the median meets the goal; undefined for the baseline. */
  met?: (median: Run) => boolean;
  note?: (median: Run) => string;
}

async function repeat(times: number, run: () => Promise<Run>): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) runs.push(await run());
  return runs;
}

const medianOf = (runs: Run[]): Run => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
const s = (seconds: number) => `${seconds.toFixed(2)} s`;
const mb = (value: number) => `${Math.round(value)} MB`;

function printRow(row: Row): void {
  const median = medianOf(row.runs);
  const seconds = row.runs.map((run) => run.seconds);
  const peak = Math.max(...row.runs.map((run) => run.peakMB));
  const exits = [...new Set(row.runs.map((run) => run.code))].join(", ");
  const verdict = row.met ? (row.met(median) && peak < PEAK_MB ? "met" : "MISSED") : "baseline";
  const note = row.note ? ` ${row.note(median)}` : "";
  console.log(`| ${row.label} | ${s(median.seconds)}${note} | ${s(Math.min(...seconds))} - ${s(Math.max(...seconds))} | ${mb(peak)} | ${exits} | ${row.goal} | ${verdict} |`);
}

function flag(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const runs = Number(flag("--runs") ?? 5);
  const sizes = (flag("--sizes") ?? "50,290").split(",").map(Number);
  await buildCli();
  if (!bundleIsCurrent(new URL("..", import.meta.url))) throw new Error("dist/ is not current after the build");
  console.log(`exchange-iac benchmark: Node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? "unknown"}), the precompiled bundle; median of ${runs} cold runs, peak memory over all runs (every row: < ${PEAK_MB} MB)`);
  const work = mkdtempSync(join(tmpdir(), "exchange-iac-bench-orgs-"));
  try {
    await cli(["compare", "--as-of", AS_OF], "--out"); // warm the file system cache
    console.log("\n| Run | Median | Fastest - slowest | Peak memory | Exit | Goal | |");
    console.log("|---|---|---|---|---|---|---|");
    printRow({ label: "`exchange-iac --help`", runs: await repeat(runs, () => cli(["--help"])), goal: "< 0.3 s", met: (m) => m.seconds < 0.3 });
    printRow({ label: "`exchange-iac sizing`", runs: await repeat(runs, () => cli(["sizing"])), goal: "< 0.3 s", met: (m) => m.seconds < 0.3 });
    // The example and its baseline alternate, so both see the same load on the machine.
    const compare: Run[] = [];
    const baseline: Run[] = [];
    for (let i = 0; i < runs; i++) {
      compare.push(await cli(["compare", "--as-of", AS_OF], "--out"));
      baseline.push(await cdktfSynth());
    }
    const cdktf = medianOf(baseline).seconds;
    const stages = (m: Run) => ["startup", "synth", "policies", "cost", "render"].map((name) => `${name} ${s(m.stages[name] ?? 0)}`).join(", ");
    printRow({
      label: "`exchange-iac compare`, built-in example",
      runs: compare,
      goal: "< 0.8 s and <= 0.25 of `npx cdktf synth`",
      met: (m) => m.seconds < 0.8 && m.seconds / cdktf <= 0.25,
      note: (m) => `(${(m.seconds / cdktf).toFixed(2)} of cdktf synth; ${stages(m)})`,
    });
    printRow({ label: "`npx cdktf synth`, the same two stacks", runs: baseline, goal: "the baseline" });
    for (const size of sizes) {
      const directory = writeGeneratedOrganizations(join(work, String(size)), size);
      const jobs = size === 290 ? ["--jobs", "2"] : [];
      const goal = size === 290 ? "< 15 s with 2 jobs" : size === 50 ? "< 4 s" : "";
      const limit = size === 290 ? 15 : size === 50 ? 4 : Infinity;
      const portfolio = await repeat(size >= 100 ? Math.min(runs, 3) : runs, () => cli(["--config", directory, "compare", "--as-of", AS_OF, ...jobs], "--out"));
      printRow({
        label: `\`compare --config\`, ${size} organizations${jobs.length ? ", 2 jobs" : ""}`,
        runs: portfolio,
        goal: goal || "-",
        met: (m) => m.seconds < limit,
        note: (m) => `(${s(m.seconds / size)} each)`,
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
