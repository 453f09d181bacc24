// Early, explicit validation of construct props: a wrong value fails at synth with the
// construct's path, what was received and what is expected (aws-cdk design guidelines).
// Props derive from the organization file, so a bad value is the user's to fix: it is an
// InputError (exit 2, no stack trace) that names the construct path and the prop.
import type { Construct } from "constructs";
import { asciiAlphanumeric } from "../../model/ascii-name";
import { InputError } from "../../model/input-error";

export class ConstructPropsError extends InputError {
  constructor(scope: Construct, prop: string, received: unknown, expected: string) {
    super(`${scope.node.path}: ${prop}`, JSON.stringify(received), expected);
    this.name = "ConstructPropsError";
  }
}

export function requireInteger(scope: Construct, prop: string, value: number, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConstructPropsError(scope, prop, value, `a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? " up" : ` to ${max}`}`);
  }
}

export function requireNonEmpty(scope: Construct, prop: string, value: string): void {
  if (typeof value !== "string" || value.trim() === "") throw new ConstructPropsError(scope, prop, value, "a non-empty string");
}

export function requireMatch(scope: Construct, prop: string, value: string, pattern: RegExp, expected: string): void {
  if (!pattern.test(value)) throw new ConstructPropsError(scope, prop, value, expected);
}

/** Lower-case letters and digits only, for Azure resource names. */
export function slug(value: string, max: number): string {
  return (asciiAlphanumeric(value) || "org").slice(0, max);
}
