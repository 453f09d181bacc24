// Reading generated documents field by field. A document given by the user, or mutated in a
// test, may not match its type; an absent field is something a rule cannot decide.

/** The value at a dot path ("dag.witness.location", "settings.remoteDomains.0"), or undefined. */
export function valueAt(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);
}

/** A list of objects (non-objects become {}), or undefined when the value is not a list. */
export function records(value: unknown): Record<string, unknown>[] | undefined {
  return Array.isArray(value) ? value.map((item) => (typeof item === "object" && item !== null ? (item as Record<string, unknown>) : {})) : undefined;
}
