// Every input file is read with a size cap and only when it is a regular file: a FIFO, a
// device (/dev/zero) or a socket would block or grow without end. The file is opened without
// waiting (O_NONBLOCK, so a FIFO cannot hang the open), checked with fstat, and read at most
// one byte past the cap, whatever size the file system reports.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { InputError } from "./input-error";

const MIB = 1024 * 1024;

/** Caps for the inputs the tool reads, each named in the error that refuses a larger file. */
export const INPUT_LIMITS = {
  /** An organization is described in a few kilobytes (the example is about 6 KB). */
  organization: MIB,
  /** `terraform show -json` of a large stack is tens of megabytes. */
  plan: 256 * MIB,
  /** A tenant snapshot (--current) is a few kilobytes. */
  snapshot: 16 * MIB,
  /** A provider lock file is a few kilobytes per provider (locks/<stack>.terraform.lock.hcl). */
  lockFile: MIB,
  /** What synth, cost and check wrote for a base tree. */
  baseArtifact: 256 * MIB,
} as const;

export function describeBytes(bytes: number): string {
  return bytes >= MIB ? `${(bytes / MIB).toLocaleString("en-US")} MiB` : `${bytes.toLocaleString("en-US")} bytes`;
}

/**
 * The bytes of `path`, refused naming `field` when it is not a readable regular file or holds
 * more than `limit` bytes. `what` says what the file should be ("a plan file").
 */
export function readBounded(path: string, field: string, limit: number, what: string): Buffer {
  const received = JSON.stringify(path);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(field, received, `${what} (${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code})`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(field, received, `${what}, not a folder`);
    if (!stat.isFile()) throw new InputError(field, received, `${what} that is a regular file (not a pipe, device or socket)`);
    if (stat.size > limit) throw tooLarge(field, received, what, limit, `a file of ${stat.size.toLocaleString("en-US")} bytes`);
    // Read in chunks up to one byte past the cap: the reported size is not trusted (it may grow, or be 0 for /proc).
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(limit + 1 - length, Math.max(stat.size - length + 1, 64 * 1024)));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > limit) throw tooLarge(field, received, what, limit, `a file of more than ${limit.toLocaleString("en-US")} bytes`);
    }
    return Buffer.concat(chunks, length);
  } finally {
    closeSync(fd);
  }
}

/** A file over its cap; `size` says how large it is ("a file of 1,234 bytes"). */
export class InputTooLarge extends InputError {
  constructor(field: string, received: string, what: string, limit: number, readonly size: string) {
    super(field, `${received}, ${size}`, `${what} of at most ${describeBytes(limit)} (the limit for this input); check that this is the right file`);
  }
}

function tooLarge(field: string, received: string, what: string, limit: number, size: string): InputError {
  return new InputTooLarge(field, received, what, limit, size);
}

/** readBounded as UTF-8 text. */
export function readBoundedText(path: string, field: string, limit: number, what: string): string {
  return readBounded(path, field, limit, what).toString("utf8");
}
