// Output files are written whole or not at all: write a temporary file beside the
// target, then rename it over the target (rename is atomic on one file system).
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

export function writeFileAtomic(target: string | URL, content: string | Uint8Array): void {
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
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
