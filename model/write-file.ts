// Output files are written whole or not at all: write a temporary file beside the
// target, then rename it over the target (rename is atomic on one file system).
// The temporary file has a random name and is created exclusively without following a link,
// so a link planted beside the target cannot redirect the write (a predictable name could).
import { randomBytes } from "node:crypto";
import { closeSync, constants, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "./input-error";

const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/** A fresh temporary name beside `path`: hidden, random, never reused. */
export function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
}

/**
 * Refuses, naming `field`, an output path that is not a place for a regular file: a folder, a
 * device, a FIFO, a socket, a descriptor path (/dev/fd/N, /proc/self/fd/N) or a link to one.
 * Renaming over such a path would replace the device or pipe with a file (as root, the
 * system's /dev/stdout) instead of writing through it.
 */
export function refuseSpecialOutput(path: string, field = "--out"): void {
  const absolute = resolve(path);
  const received = JSON.stringify(path);
  if (/^\/(dev|proc)\//.test(absolute)) throw new InputError(field, received, "a regular file path (not a device or descriptor; leave the flag out to write to standard output)");
  let entry;
  try {
    entry = lstatSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR") throw new InputError(field, received, "a path whose folders are folders (a part of it is a file)");
    return; // a new file
  }
  if (entry.isDirectory()) throw new InputError(field, received, "a file path, not a folder");
  if (entry.isSymbolicLink()) {
    // The link itself is replaced, never followed; a link to a device or pipe is refused.
    const target = statOrUndefined(absolute);
    if (target && !target.isFile()) throw new InputError(field, received, "a regular file path (this link leads to a device, pipe or folder)");
    return;
  }
  if (!entry.isFile()) throw new InputError(field, received, "a regular file path (not a device, pipe or socket; leave the flag out to write to standard output)");
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * `overwrite: false` never replaces an existing file: the finished temporary file is linked to
 * the target name, which fails if that name exists (no window between a check and the write).
 * `field` names the flag in the error when the path is not a place for a file.
 */
export function writeFileAtomic(target: string | URL, content: string | Uint8Array, { overwrite = true, field = "--out" }: { overwrite?: boolean; field?: string } = {}): void {
  const path = typeof target === "string" ? target : fileURLToPath(target);
  refuseSpecialOutput(path, field);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryBeside(path);
  let created = false;
  try {
    // Flushed to disk before the rename, so a power cut cannot leave the new name pointing at
    // an empty or partial file (rename alone orders nothing on ext4/xfs without fsync).
    const descriptor = openSync(temporary, CREATE_NEW, 0o666);
    created = true;
    try {
      writeFileSync(descriptor, content);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    if (overwrite) renameSync(temporary, path);
    else {
      linkSync(temporary, path);
      rmSync(temporary);
    }
  } catch (error) {
    if (created) rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes a set of files so that each is whole and the set is never mixed: every file is
 * written to its temporary name first, and only when all are ready are they renamed into place
 * (a failure before that, such as a PDF that could not be printed, leaves every file as it was).
 */
export async function writeFilesTogether(files: [path: string, content: string | Uint8Array][], field = "--out"): Promise<void> {
  for (const [path] of files) refuseSpecialOutput(path, field);
  const temporaries = files.map(([path]) => temporaryBeside(path));
  const created = new Set<string>();
  try {
    await Promise.all(
      files.map(async ([path, content], index) => {
        await mkdir(dirname(path), { recursive: true });
        const handle = await open(temporaries[index]!, CREATE_NEW, 0o666);
        created.add(temporaries[index]!);
        try {
          await handle.writeFile(content);
          await handle.sync();
        } finally {
          await handle.close();
        }
      }),
    );
    for (const [index, [path]] of files.entries()) {
      await rename(temporaries[index]!, path);
      created.delete(temporaries[index]!);
    }
  } catch (error) {
    await Promise.all([...created].map((temporary) => rm(temporary, { force: true })));
    throw error;
  }
}
