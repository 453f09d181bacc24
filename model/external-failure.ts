// The command could not finish for a reason outside the user's input: a file system refused a
// read or write, an external tool (terraform, git, tar, Chromium) failed, or a service answered
// something unusable. The command line prints it on one line and exits 3, so a job can tell it
// from findings or drift (exit 1) and from a mistake in the input (exit 2).
export class ExternalFailure extends Error {
  constructor(
    /** What was being done, e.g. "terraform init for onprem" or "writing out/comparison.pdf". */
    readonly step: string,
    readonly detail: string,
  ) {
    super(`${step} failed: ${detail}`);
    this.name = "ExternalFailure";
  }
}

/** Replaces control characters (C0, DEL, C1) so text from a service or file cannot steer a terminal; line breaks become spaces. */
export function printable(text: string): string {
  return text.replace(/\r?\n|\r/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "\uFFFD");
}
