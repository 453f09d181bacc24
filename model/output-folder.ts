// A folder the tool replaces as a whole (synth --out, plan --work) is one it made: new, empty,
// or holding only what an earlier run wrote, as listed in the marker file that run left in it.
// Anything else is refused before anything is moved, so `--out .` in a repository, or the folder
// holding the organization files, is never deleted. Terraform's own files (local state, lock,
// working directory, saved plan) are carried into the new output, never lost.
import { lstatSync, readdirSync, readFileSync, rmdirSync, rmSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { InputError } from "./input-error";

/** The file an output folder carries to show the tool wrote it, listing every file it wrote. */
export const OUTPUT_MARKER = ".exchange-iac-output";

/** Terraform's own files in an output tree: local state (and its backups), the provider lock and working directory. */
export const TERRAFORM_FILES = /^(terraform\..+\.tfstate(\.\d+)?(\.backup)?|\.terraform\.lock\.hcl|\.terraform|plan\.tfplan)$/;

/**
 * What synth wrote before outputs carried a marker (one organization, or one per portfolio
 * folder): such a folder is still recognised, so an existing cdktf.out with its state is not refused.
 */
const UNMARKED_OUTPUT = /^(?:[^/]+\/)?(?:manifest\.json|stacks\/[a-z]+\/(?:cdk\.tf\.json|exchange-[\w.-]+\.(?:json|ps1)))$/;

/** The marker's text for a folder holding `files` (relative paths with "/"), byte-identical for the same files. */
export function markerText(files: string[]): string {
  return `${JSON.stringify({ writtenBy: "exchange-iac", files: [...files].sort() }, null, 2)}\n`;
}

/** Every file under `folder` (relative, "/"-separated), links not followed, Terraform's files left out. */
export function toolFilesIn(folder: string): string[] {
  return entriesOf(folder).filter((entry) => !entry.terraform && !entry.directory).map((entry) => entry.path);
}

interface Entry {
  path: string;
  directory: boolean;
  terraform: boolean;
}

function entriesOf(folder: string, prefix = ""): Entry[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((dirent) => {
    const path = prefix ? `${prefix}/${dirent.name}` : dirent.name;
    if (TERRAFORM_FILES.test(dirent.name)) return [{ path, directory: dirent.isDirectory(), terraform: true }];
    if (dirent.isDirectory()) return [{ path, directory: true, terraform: false }, ...entriesOf(folder, path)];
    return [{ path, directory: false, terraform: false }];
  });
}

/** The files the marker in `folder` lists, or undefined when there is none (or it is not the tool's). */
function markedFiles(folder: string): Set<string> | undefined {
  try {
    const marker = JSON.parse(readFileSync(join(folder, OUTPUT_MARKER), "utf8")) as { writtenBy?: unknown; files?: unknown };
    if (marker.writtenBy !== "exchange-iac" || !Array.isArray(marker.files)) return undefined;
    return new Set(marker.files.filter((file): file is string => typeof file === "string"));
  } catch {
    return undefined;
  }
}

/**
 * Refuses, naming `field`, a folder the tool may not replace: the working folder or one above
 * it, a folder holding one of `keep` (the organization files), a file or link, or a folder with
 * anything the tool did not write. Returns the files of the earlier output (empty when new).
 */
export function claimOutputFolder(folder: string, field: string, keep: string[] = []): Set<string> {
  const absolute = resolve(folder);
  const received = JSON.stringify(folder);
  const fix = `a new or empty folder, or one an earlier exchange-iac run wrote (it holds ${OUTPUT_MARKER}); move your files elsewhere or choose another ${field}`;
  const cwd = process.cwd();
  if (cwd === absolute || cwd.startsWith(absolute + sep)) throw new InputError(field, received, `a folder other than the working folder or one above it: ${fix}`);
  for (const path of keep) {
    const kept = resolve(path);
    if (kept === absolute || kept.startsWith(absolute + sep)) {
      throw new InputError(field, received, `a folder apart from --config ${JSON.stringify(path)} (the organization files are never replaced)`);
    }
  }
  let stat;
  try {
    stat = lstatSync(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Set();
    throw new InputError(field, received, `a folder path (${(error as NodeJS.ErrnoException).code}): ${fix}`);
  }
  if (stat.isSymbolicLink()) throw new InputError(field, received, `a folder, not a link to one: ${fix}`);
  if (!stat.isDirectory()) throw new InputError(field, received, `a folder, not a file: ${fix}`);
  const marked = markedFiles(absolute);
  const entries = entriesOf(absolute);
  const foreign = entries.find((entry) => !entry.directory && !entry.terraform && entry.path !== OUTPUT_MARKER && !(marked ? marked.has(entry.path) : UNMARKED_OUTPUT.test(entry.path)));
  if (foreign) throw new InputError(field, received, `${fix}; this folder holds ${JSON.stringify(foreign.path)}, which exchange-iac did not write`);
  return new Set(entries.filter((entry) => !entry.directory && !entry.terraform).map((entry) => entry.path));
}

/**
 * Removes an earlier output moved aside: only the files it claimed (and Terraform's files,
 * already carried into the new output), then the folders left empty. Anything that appeared
 * since the claim stays where it is.
 */
export function removeEarlierOutput(folder: string, claimed: Set<string>): void {
  const entries = entriesOf(folder);
  for (const entry of entries) {
    if (entry.terraform) rmSync(join(folder, entry.path), { recursive: true, force: true });
    else if (!entry.directory && claimed.has(entry.path)) rmSync(join(folder, entry.path), { force: true });
  }
  const folders = entries.filter((entry) => entry.directory && !entry.terraform).map((entry) => entry.path);
  for (const path of [...folders.reverse(), ""]) {
    try {
      rmdirSync(join(folder, path));
    } catch {
      // not empty: something appeared that the tool did not write, so it stays
    }
  }
}

