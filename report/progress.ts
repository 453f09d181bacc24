// Progress of long runs on standard error, one line per stage. Quiet when the output is
// machine-read (--format json) or in CI (CI=true), so logs and pipes stay clean.
export interface Progress {
  stage(text: string): void;
}

export const SILENT: Progress = { stage: () => undefined };

export function progressOn(stderr: { write(text: string): unknown }, quiet: boolean): Progress {
  if (quiet) return SILENT;
  let step = 0;
  return { stage: (text) => void stderr.write(`[${++step}] ${text}...\n`) };
}

/** Quiet for JSON output and whenever CI=true (GitHub Actions and most CI systems set it). */
export function isQuiet(format: string, env: NodeJS.ProcessEnv = process.env): boolean {
  return format === "json" || env.CI === "true";
}
