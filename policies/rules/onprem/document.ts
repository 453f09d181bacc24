// Shared reading of the on-prem Exchange configuration document (exchange-organization.json,
// typed as OnpremExchangeDocument in model/exchange-onprem/document.ts). Fields are read
// defensively: a document given by the user, or mutated in a test, may not match the type,
// and a field that is absent is something a rule cannot decide, never a pass.
import { ONPREM_DOCUMENT_JSON } from "../../../model/exchange-onprem/document";
import { atDocument, documentOrUndecided } from "../../outcome";
import type { Words } from "../../say";
import type { FindingLocation, Outcome } from "../../types";

export { ONPREM_DOCUMENT_JSON };

/** A location inside the on-prem document. */
export const atOnprem = (path: string): FindingLocation => atDocument(ONPREM_DOCUMENT_JSON, path);

/** The on-prem document, or the undecided outcome a missing document gives. */
export function onpremDocument(documents: Record<string, unknown>, why: Words): { document: unknown } | { missing: Outcome } {
  return documentOrUndecided<unknown>(documents, ONPREM_DOCUMENT_JSON, why);
}

export { valueAt as field, records } from "../../document-fields";
