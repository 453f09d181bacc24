// Where a command writes. Tests pass buffers; the binary passes the process streams.
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const EXIT_OK = 0;
export const EXIT_BLOCKING_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;
/** The command could not finish: I/O, an external tool (terraform, git, Chromium) or a service failed. */
export const EXIT_FAILURE = 3;
