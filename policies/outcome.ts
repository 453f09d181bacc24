// Small constructors that keep rule files short.
import type { FindingLocation, Outcome } from "./types";

export const atOrg = (path: string): FindingLocation => ({ kind: "organization", path });
export const atResource = (stack: string, address: string): FindingLocation => ({ kind: "resource", stack, address });
export const atDocument = (document: string, path: string): FindingLocation => ({ kind: "document", document, path });

export const fail = (message: string, location: FindingLocation): Outcome => ({ status: "fail", message, location });
/** A failure the catalog reports as a warning under an error rule. */
export const warn = (message: string, location: FindingLocation): Outcome => ({ status: "fail", message, location, severity: "warning" });
export const undecided = (message: string, location: FindingLocation): Outcome => ({ status: "undecided", message, location });

/** A generated document by name, or an undecided outcome when the option did not produce it. */
export function documentOrUndecided<T>(documents: Record<string, unknown>, name: string, why: string): { document: T } | { missing: Outcome } {
  const document = documents[name];
  return document === undefined ? { missing: undecided(`${name} was not generated, so ${why} cannot be judged`, atDocument(name, "")) } : { document: document as T };
}
