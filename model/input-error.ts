// A user mistake: bad file, bad value, bad flag. The command line prints it without a
// stack trace and exits 2. `field` is a dotted path into the organization file.
export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly received: string,
    readonly expected: string,
    readonly source?: string,
  ) {
    super(`${source ? `${source}: ` : ""}${field}: received ${received}; expected ${expected}`);
    this.name = "InputError";
  }

  /**
   * The same error naming the organization file it is about, for a field of that file (a
   * dotted path such as retention.deletionDecisions.0.retainYears) found wrong after loading,
   * by the sizing or a stack. Errors about a flag (--as-of), about something else, or that
   * already name their file are returned as they are.
   */
  inFile(source: string): InputError {
    const organizationField = /^[A-Za-z$][\w$]*(\.[\w$]+)*$/.test(this.field);
    return this.source || !organizationField ? this : new InputError(this.field, this.received, this.expected, source);
  }
}

/** Shows a received value briefly and unambiguously (strings quoted, objects abbreviated). */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") {
    const keys = Object.keys(value);
    return `an object with keys ${keys.slice(0, 6).join(", ")}${keys.length > 6 ? ", ..." : ""}`;
  }
  return String(value);
}
