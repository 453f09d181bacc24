// Output files are written whole or not at all: write a temporary file beside the
// target, then rename it over the target (rename is atomic on one file system).
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

export function writeFileAtomic(target: string | URL, content: string): void {
  const path = typeof target === "string" ? target : fileURLToPath(target);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
