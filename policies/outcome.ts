// Small constructors that keep rule files short. A message is a Said (policies/say.ts): the
// English text goes to `message`, every language to `messages`.
import { say, type Said, type Words } from "./say";
import type { FindingLocation, Outcome } from "./types";

export const atOrg = (path: string): FindingLocation => ({ kind: "organization", path });
export const atResource = (stack: string, address: string): FindingLocation => ({ kind: "resource", stack, address });
export const atDocument = (document: string, path: string): FindingLocation => ({ kind: "document", document, path });

export const fail = (said: Said, location: FindingLocation): Outcome => ({ status: "fail", message: said.en, messages: said, location });
/** A failure the catalog reports as a warning under an error rule. */
export const warn = (said: Said, location: FindingLocation): Outcome => ({ ...fail(said, location), severity: "warning" });
export const undecided = (said: Said, location: FindingLocation): Outcome => ({ status: "undecided", message: said.en, messages: said, location });

/** A generated document by name, or an undecided outcome when the option did not produce it. */
export function documentOrUndecided<T>(documents: Record<string, unknown>, name: string, why: Words): { document: T } | { missing: Outcome } {
  const document = documents[name];
  return document === undefined ? { missing: undecided(say((m, lang) => m.common.notGenerated(name, why(m, lang))), atDocument(name, "")) } : { document: document as T };
}
