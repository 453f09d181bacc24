// The base of a diff. `--base` is one of:
// - a git ref of this repository: its tree is exported with `git archive` (which changes
//   nothing in the repository) into a temporary directory, this checkout's node_modules is
//   linked in, and the base tree's own CLI writes its synth, cost and check JSON;
// - a directory holding a checkout of the project (bin/exchange-iac.js): the same, in place;
// - an organization file, or a directory holding one: this tree's code on that file.
// Temporary directories are removed afterwards.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../model/input-error";
import { catalog } from "../i18n/catalog";
import { describeSide, type Side } from "./side";
import { snapshotFromCliOutputs, type Snapshot } from "./snapshot";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

export type BaseSource =
  | { kind: "tree"; dir: string; side: Side; temporary: boolean }
  | { kind: "organization-file"; path: string; side: Side };

const isProject = (dir: string) => existsSync(join(dir, "bin", "exchange-iac.js")) && existsSync(join(dir, "package.json"));

/** Decides what --base names; a git ref is exported to a temporary tree (remove it with releaseBase). */
export function resolveBase(value: string, headConfig: string): BaseSource {
  const path = resolve(value);
  if (existsSync(path) && statSync(path).isFile()) return { kind: "organization-file", path, side: { kind: "organization-file", path: value } };
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (isProject(path)) return { kind: "tree", dir: path, side: { kind: "project-directory", dir: value }, temporary: false };
    return { kind: "organization-file", path: organizationFileIn(path, headConfig, value), side: { kind: "organization-file-in", dir: value } };
  }
  const commit = gitCommit(value);
  if (!commit) throw new InputError("--base", JSON.stringify(value), "a git ref of this repository, a project directory, or an organization file (or a directory holding one)");
  const dir = mkdtempSync(join(tmpdir(), "exchange-iac-base-"));
  try {
    const archive = execFileSync("git", ["-C", PROJECT_ROOT, "archive", "--format=tar", commit], { maxBuffer: 1 << 30 });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { kind: "tree", dir, side: { kind: "git", ref: value, commit }, temporary: true };
}

export function releaseBase(base: BaseSource): void {
  if (base.kind === "tree" && base.temporary) rmSync(base.dir, { recursive: true, force: true });
}

function gitCommit(ref: string): string | undefined {
  if (ref.startsWith("-")) return undefined;
  try {
    return execFileSync("git", ["-C", PROJECT_ROOT, "rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

/** The file with the head's file name, else the only YAML/JSON file of the directory. */
function organizationFileIn(dir: string, headConfig: string, shown: string): string {
  const same = join(dir, basename(headConfig));
  if (existsSync(same)) return same;
  const candidates = readdirSync(dir).filter((name) => [".yaml", ".yml", ".json"].includes(extname(name)));
  if (candidates.length === 1) return join(dir, candidates[0]!);
  throw new InputError("--base", JSON.stringify(shown), `a directory holding ${basename(headConfig)} or exactly one .yaml/.yml/.json organization file (found ${candidates.length})`);
}

/**
 * Runs the base tree's own CLI (synth, cost and check in parallel) on the base's version of
 * the organization file: the same path inside the base tree when the head file lies in this
 * repository and exists there, else the head file itself (then only the code differs).
 */
export async function snapshotOfTree(base: Extract<BaseSource, { kind: "tree" }>, headConfig: string, asOf: string): Promise<Snapshot> {
  const linked = join(base.dir, "node_modules");
  const link = !existsSync(linked);
  if (link) symlinkSync(join(PROJECT_ROOT, "node_modules"), linked, "dir");
  const out = mkdtempSync(join(tmpdir(), "exchange-iac-base-out-"));
  try {
    const inRepo = relative(PROJECT_ROOT, resolve(headConfig));
    const candidate = !inRepo.startsWith("..") ? join(base.dir, inRepo) : undefined;
    const config = candidate && existsSync(candidate) ? candidate : resolve(headConfig);
    const cli = (args: string[]) => runNode(base.dir, [join(base.dir, "bin", "exchange-iac.js"), "--config", config, ...args]);
    const [synth, cost, check] = await Promise.all([
      cli(["synth", "--out", join(out, "synth")]),
      cli(["--format", "json", "cost"]),
      cli(["--format", "json", "check", "--as-of", asOf]),
    ]);
    if (synth.code !== 0) throw new InputError("--base", JSON.stringify(describeSide(base.side, catalog("en").diff.side)), `a tree whose synth succeeds (exit ${synth.code}: ${firstLine(synth.stderr)})`);
    const output = (r: { code: number; stdout: string; stderr: string }, command: string, ok: number[]) =>
      ok.includes(r.code) ? r.stdout : new Error(`its ${command} command failed (exit ${r.code}: ${firstLine(r.stderr)})`);
    // check exits 1 when it found blocking findings: that is a result, not a failure.
    return snapshotFromCliOutputs(base.side, join(out, "synth"), output(cost, "cost", [0]), output(check, "check", [0, 1]));
  } finally {
    rmSync(out, { recursive: true, force: true });
    if (link) rmSync(linked, { force: true });
  }
}

const firstLine = (text: string) => text.trim().split("\n")[0] ?? "";

function runNode(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    // The base's synth must write its stacks even where its policies find errors: the diff reports them.
    const env = { ...process.env, CI: "true", CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "1" };
    execFile(process.execPath, args, { cwd, env, maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
