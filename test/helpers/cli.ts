// Runs the command line in-process (fast) or as the real binary (end to end).
import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../cli/main";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

const BIN = fileURLToPath(new URL("../../bin/exchange-iac.js", import.meta.url));

export function runBinary(args: string[], cwd?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, CI: "true" } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const BUNDLE_RUNNER = fileURLToPath(new URL("./run-bundle.mjs", import.meta.url));

/**
 * Runs the precompiled command line (built from the current sources by test/global-setup.ts)
 * in a new process, with this process's environment; `env` adds to it.
 */
export function runBundle(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BUNDLE_RUNNER, ...args], { env: { ...process.env, ...env }, maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Writes text to a fresh temporary file and returns its path. */
export function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "exchange-iac-")), name);
  writeFileSync(path, text);
  return path;
}

/**
 * A safety valve for a FIFO test: code that opened the FIFO and waited would hang the test
 * process for good; a writer opens it after a while (and gives up after a while more).
 */
export function unblockLater(fifo: string): void {
  spawn("timeout", ["20", "sh", "-c", `sleep 10; : > '${fifo}'`], { stdio: "ignore", detached: true }).unref();
}
