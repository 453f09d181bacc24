// Output files are written whole or not at all: write a temporary file beside the
// target, then rename it over the target (rename is atomic on one file system).
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { threadId } from "node:worker_threads";
import { fileURLToPath } from "node:url";

/**
 * `overwrite: false` never replaces an existing file: the finished temporary file is linked to
 * the target name, which fails if that name exists (no window between a check and the write).
 */
export function writeFileAtomic(target: string | URL, content: string | Uint8Array, { overwrite = true }: { overwrite?: boolean } = {}): void {
  const path = typeof target === "string" ? target : fileURLToPath(target);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    // Flushed to disk before the rename, so a power cut cannot leave the new name pointing at
    // an empty or partial file (rename alone orders nothing on ext4/xfs without fsync).
    const descriptor = openSync(temporary, "w");
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
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * The same guarantee as writeFileAtomic, without blocking the thread: several files written at
 * once wait for their disk flushes together, and a portfolio worker computes the next
 * organization meanwhile (issue 17: the flushes were a quarter of a portfolio's time).
 */
export async function writeFileAtomicAsync(target: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  // Worker threads share the process id; the thread id keeps their temporary names apart.
  const temporary = `${target}.${process.pid}.${threadId}.tmp`;
  try {
    const handle = await open(temporary, "w");
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
