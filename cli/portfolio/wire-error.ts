// Errors cross from a worker thread to the command line as data: structured cloning keeps
// only an Error's message, and the command line tells a user's mistake (InputError, exit 2)
// and a policy stop at synth (SynthBlockedError, exit 1) from a bug by their class.
import { InputError } from "../../model/input-error";
import { SynthBlockedError } from "../../stacks/synth-blocked-error";

export type WireError =
  | { kind: "input"; field: string; received: string; expected: string; source?: string; message: string }
  | { kind: "synth-blocked"; messages: string[] }
  | { kind: "error"; name: string; message: string; stack?: string };

export function toWire(error: unknown): WireError {
  if (error instanceof InputError) return { kind: "input", field: error.field, received: error.received, expected: error.expected, source: error.source, message: error.message };
  if (error instanceof SynthBlockedError) return { kind: "synth-blocked", messages: error.messages };
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
  return { kind: "error", name, message, stack };
}

export function fromWire(wire: WireError): Error {
  if (wire.kind === "input") {
    const error = new InputError(wire.field, wire.received, wire.expected, wire.source);
    error.message = wire.message;
    return error;
  }
  if (wire.kind === "synth-blocked") return new SynthBlockedError(wire.messages);
  const error = new Error(wire.message);
  error.name = wire.name;
  if (wire.stack) error.stack = wire.stack;
  return error;
}
