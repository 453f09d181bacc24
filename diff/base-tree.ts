// The base of a diff. `--base` is one of:
// - a git ref of this repository: its tree is exported with `git archive` (which changes
//   nothing in the repository) into a temporary directory, this checkout's node_modules is
//   linked in, and the base tree's own CLI writes its synth, cost and check JSON;
// - a directory holding a checkout of the project (bin/exchange-iac.js): the same, in place;
// - an organization file, or a directory holding one: this tree's code on that file.
// Temporary directories are removed afterwards, also when the command is interrupted (SIGINT,
// SIGTERM), and the base's processes are ended with it.
// The base tree is data, not code with secrets: the archive is streamed into tar with a size
// cap, a link that leads out of the tree is refused, and the base's own CLI runs with an
// environment holding no credentials (only what node, git and a locale need).
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ExternalFailure } from "../model/external-failure";
import { InputError } from "../model/input-error";
import { catalog } from "../i18n/catalog";
import { describeSide, type Side } from "./side";
import { snapshotFromCliOutputs, type Snapshot } from "./snapshot";

export const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));

export type BaseSource =
  | { kind: "tree"; dir: string; side: Side; temporary: boolean; forget?: () => void }
  | { kind: "organization-file"; path: string; side: Side };

const isProject = (dir: string) => existsSync(join(dir, "bin", "exchange-iac.js")) && existsSync(join(dir, "package.json"));

/** The largest base tree `git archive` may stream (the project is a few megabytes). */
export const MAX_BASE_ARCHIVE_BYTES = 512 * 1024 * 1024;

/** Decides what --base names; a git ref is exported to a temporary tree (remove it with releaseBase). */
export async function resolveBase(value: string, headConfig: string): Promise<BaseSource> {
  const path = resolve(value);
  if (existsSync(path) && statSync(path).isFile()) return { kind: "organization-file", path, side: { kind: "organization-file", path: value } };
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (isProject(path)) return { kind: "tree", dir: path, side: { kind: "project-directory", dir: value }, temporary: false };
    return { kind: "organization-file", path: organizationFileIn(path, headConfig, value), side: { kind: "organization-file-in", dir: value } };
  }
  const commit = gitCommit(value);
  if (!commit) throw new InputError("--base", JSON.stringify(value), "a git ref of this repository, a project directory, or an organization file (or a directory holding one)");
  const dir = mkdtempSync(join(tmpdir(), "exchange-iac-base-"));
  const forget = removeOnSignal(dir);
  try {
    await extractArchive(commit, dir, value);
    refuseLinksOut(dir, value);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    forget();
    throw error;
  }
  return { kind: "tree", dir, side: { kind: "git", ref: value, commit }, temporary: true, forget };
}

export function releaseBase(base: BaseSource): void {
  if (base.kind === "tree" && base.temporary) {
    rmSync(base.dir, { recursive: true, force: true });
    base.forget?.();
  }
}

/** `git archive <commit> | tar -x -C dir`, streamed, stopped past MAX_BASE_ARCHIVE_BYTES. */
function extractArchive(commit: string, dir: string, shown: string): Promise<void> {
  return new Promise((done, fail) => {
    const git = track(spawn("git", ["-C", PROJECT_ROOT, "archive", "--format=tar", commit], { stdio: ["ignore", "pipe", "pipe"] }));
    const tar = track(spawn("tar", ["-x", "--no-same-owner", "-C", dir], { stdio: ["pipe", "ignore", "pipe"] }));
    let bytes = 0;
    let tooLarge = false;
    let stderr = "";
    git.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    tar.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    git.stdout!.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_BASE_ARCHIVE_BYTES && !tooLarge) {
        tooLarge = true;
        git.kill();
        tar.kill();
      }
    });
    git.stdout!.pipe(tar.stdin!);
    tar.stdin!.on("error", () => undefined); // tar ended first; its exit code says why
    let exits = 0;
    const codes: (number | null)[] = [];
    const exited = (code: number | null) => {
      codes.push(code);
      if (++exits < 2) return;
      if (tooLarge) fail(new InputError("--base", JSON.stringify(shown), `a commit whose tree is at most ${MAX_BASE_ARCHIVE_BYTES / 1024 / 1024} MiB as a tar archive (the limit for a base tree)`));
      else if (codes.some((c) => c !== 0)) fail(new ExternalFailure(`git archive ${commit} | tar -x`, stderr.trim().split("\n")[0] || `exit ${codes.join(", ")}`));
      else done();
    };
    git.on("close", exited);
    tar.on("close", exited);
  });
}

/** Refuses a base tree holding a link that leads out of it (its target would be read as the base's). */
export function refuseLinksOut(dir: string, shown: string, inside = ""): void {
  for (const entry of readdirSync(join(dir, inside), { withFileTypes: true })) {
    const path = inside ? `${inside}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) {
      const target = resolve(dirname(join(dir, path)), readlinkSync(join(dir, path)));
      if (target !== dir && !target.startsWith(dir + sep)) {
        throw new InputError("--base", JSON.stringify(shown), `a commit without links out of its tree (${path} leads outside it)`);
      }
    } else if (entry.isDirectory()) refuseLinksOut(dir, shown, path);
  }
}

// ---- Interruption: temporary trees removed, the base's processes ended ------------------

const running = new Set<ChildProcess>();
const temporaryDirs = new Set<string>();
let handlersInstalled = false;

function track(child: ChildProcess): ChildProcess {
  running.add(child);
  child.on("close", () => running.delete(child));
  return child;
}

/** Removes `dir` if the process is interrupted before releaseBase; returns the function that stops watching. */
function removeOnSignal(dir: string): () => void {
  temporaryDirs.add(dir);
  if (!handlersInstalled) {
    handlersInstalled = true;
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        for (const child of running) child.kill("SIGTERM");
        for (const path of temporaryDirs) rmSync(path, { recursive: true, force: true });
        process.exit(signal === "SIGINT" ? 130 : 143);
      });
    }
  }
  return () => temporaryDirs.delete(dir);
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
  const forget = removeOnSignal(out);
  try {
    const inRepo = relative(PROJECT_ROOT, resolve(headConfig));
    const candidate = !inRepo.startsWith("..") ? join(base.dir, inRepo) : undefined;
    const config = candidate && existsSync(candidate) ? candidate : resolve(headConfig);
    if (candidate && existsSync(candidate) && lstatSync(candidate).isSymbolicLink()) {
      throw new InputError("--base", JSON.stringify(describeSide(base.side, catalog("en").diff.side)), `a tree whose organization file is a file, not a link (${inRepo})`);
    }
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
    forget();
    if (link) rmSync(linked, { force: true });
  }
}

const firstLine = (text: string) => text.trim().split("\n")[0] ?? "";

/**
 * What the base's CLI may see of this environment: what node, git and a locale need, and
 * cdktf's own switches. Tokens and secrets (EXCHANGE_IAC_GRAPH_TOKEN, ARM_*, GITHUB_TOKEN, ...)
 * stay out: the base runs the ref's code, and synth, cost and check need no credentials.
 */
export function baseEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept = Object.entries(env).filter(([name]) => /^(PATH|HOME|USER|LANG|LANGUAGE|TZ|TMPDIR|TMP|TEMP|SYSTEMROOT|LC_[A-Z]+|CDKTF_[A-Z_]+)$/.test(name));
  // The base's synth must write its stacks even where its policies find errors: the diff reports them.
  return { ...Object.fromEntries(kept), CI: "true", CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "1" };
}

function runNode(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    track(
      execFile(process.execPath, args, { cwd, env: baseEnvironment(process.env), maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      }),
    );
  });
}
