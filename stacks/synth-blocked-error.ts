// Kept apart from stacks/app.ts so that the command line can recognise this error without
// loading cdktf.

/** Synth stopped by error annotations (policy errors at synth); `messages` name the rule IDs. */
export class SynthBlockedError extends Error {
  constructor(readonly messages: string[]) {
    super(`synth blocked by ${messages.length} error(s):\n${messages.map((m) => `  ${m}`).join("\n")}`);
    this.name = "SynthBlockedError";
  }
}
