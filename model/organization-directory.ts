// `--config <directory>`: every organization file in a directory, for shared IT services
// that run e-mail for several municipalities (issue 8). Files are taken in a fixed order
// (by file name ignoring case, then code point order; no locale) so the portfolio output is
// the same on every machine.
import { lstatSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { InputError } from "./input-error";
import { loadOrganizationFile } from "./load";
import type { OrganizationFile } from "./schema";

export const ORGANIZATION_FILE_EXTENSIONS = [".yaml", ".yml", ".json"] as const;

export interface PortfolioEntry {
  /** Folder name of the organization's outputs: the file name without extension, lower case. */
  slug: string;
  /** The organization file's name inside the directory. */
  file: string;
  org: OrganizationFile;
}

/** Several bad files: every one is reported (one line each), the first carries the fields. */
export class InputErrorList extends InputError {
  constructor(readonly errors: InputError[]) {
    super(errors[0]!.field, errors[0]!.received, errors[0]!.expected, errors[0]!.source);
    this.message = errors.map((error) => error.message).join("\nerror: ");
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The organization files of a directory (not its subfolders), sorted by name; a link to a file counts as the file. */
export function organizationFilesIn(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => hasOrganizationExtension(entry.name) && (entry.isFile() || entry.isSymbolicLink()))
    .map((entry) => entry.name)
    .sort(byName);
}

const hasOrganizationExtension = (name: string) => (ORGANIZATION_FILE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/**
 * What a portfolio leaves out of `directory` and why, sorted by name, so a command can say so
 * (a summary that silently left an organization out would misstate the whole).
 */
export function skippedIn(directory: string): { name: string; reason: string }[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => !(hasOrganizationExtension(entry.name) && (entry.isFile() || entry.isSymbolicLink())))
    .map((entry) => ({ name: entry.name, reason: entry.isDirectory() ? "a folder: subfolders are not read" : `not ${ORGANIZATION_FILE_EXTENSIONS.join(", ")}` }))
    .sort((a, b) => byName(a.name, b.name));
}

/** Why a link among the organization files cannot be read (dangling, a loop, not a file), or undefined for a readable one. */
function brokenLink(path: string): string | undefined {
  if (!lstatSync(path).isSymbolicLink()) return undefined;
  try {
    return statSync(path).isFile() ? undefined : "a link to something that is not a file";
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ELOOP" ? "a link that loops back on itself" : "a link whose target does not exist";
  }
}

function byName(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

export function slugOf(file: string): string {
  return basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Loads and validates every organization file of `directory`, with the files read and
 * validated by `loadAll` (cli/portfolio: on worker threads), which gives each path's
 * organization or InputError in order. A bad file stops the whole run before anything is
 * written (exit 2), naming the file and the field; every bad file is reported, not only the
 * first. A portfolio summary that silently left an organization out would misstate the
 * whole, so no partial run is made.
 */
export async function loadOrganizationDirectoryWith(directory: string, loadAll: (paths: string[]) => Promise<(OrganizationFile | InputError)[]>): Promise<PortfolioEntry[]> {
  const files = portfolioFiles(directory);
  const loaded = await loadAll(files.flatMap(({ path }) => (path ? [path] : [])));
  return portfolioOf(files, files.map(({ path }) => (path ? loaded.shift() : undefined)));
}

/** An organization file's organization, or the InputError that names what is wrong in it. */
export function loadOrFail(path: string): OrganizationFile | InputError {
  try {
    return loadOrganizationFile(path);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error;
  }
}

interface PortfolioFile {
  slug: string;
  file: string;
  /** Where to read it; absent when its name is refused (`refused`). */
  path?: string;
  refused?: InputError;
}

/** The organization files of `directory` in order, each with its output folder or why its name is refused. */
function portfolioFiles(directory: string): PortfolioFile[] {
  const files = organizationFilesIn(directory);
  if (files.length === 0) {
    throw new InputError("--config", JSON.stringify(directory), `an organization file, or a directory holding at least one (${ORGANIZATION_FILE_EXTENSIONS.join(", ")})`);
  }
  const slugs = new Map<string, string>();
  return files.map((file) => {
    const slug = slugOf(file);
    const clash = slugs.get(slug);
    if (!slug || clash) {
      const expected = clash ? `file names that differ after the extension (${clash} gives the same output folder "${slug}")` : "a file name with at least one letter or digit (it names the output folder)";
      return { slug, file, refused: new InputError("--config", JSON.stringify(file), expected, directory) };
    }
    slugs.set(slug, file);
    const broken = brokenLink(join(directory, file));
    if (broken) return { slug, file, refused: new InputError("--config", JSON.stringify(file), `an organization file that can be read; this is ${broken} (fix or remove it: a portfolio never leaves an organization out)`, directory) };
    return { slug, file, path: join(directory, file) };
  });
}

/** The entries, or every error in file order (one, or an InputErrorList). */
function portfolioOf(files: PortfolioFile[], loaded: (OrganizationFile | InputError | undefined)[]): PortfolioEntry[] {
  const entries: PortfolioEntry[] = [];
  const errors: InputError[] = [];
  files.forEach(({ slug, file, refused }, index) => {
    const org = loaded[index];
    if (refused) errors.push(refused);
    else if (org instanceof InputError) errors.push(org);
    else entries.push({ slug, file, org: org! });
  });
  if (errors.length === 1) throw errors[0]!;
  if (errors.length > 1) throw new InputErrorList(errors);
  return entries;
}
