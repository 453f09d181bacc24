// Shared reading of the Exchange Online configuration document
// (exchange-online-configuration.json, typed as ExchangeOnlineDocument in
// model/exchange-online/document.ts). Read defensively, as the on-prem document is.
import { EXCHANGE_ONLINE_DOCUMENT_JSON } from "../../../model/exchange-online/document";
import { atDocument, documentOrUndecided, undecided } from "../../outcome";
import type { Said, Words } from "../../say";
import type { FindingLocation, Outcome } from "../../types";

export { field, records } from "../onprem/document";

/** A location inside the online document. */
export const atOnline = (path: string): FindingLocation => atDocument(EXCHANGE_ONLINE_DOCUMENT_JSON, path);

/** The online document, or the undecided outcome a missing document gives. */
export function onlineDocument(documents: Record<string, unknown>, why: Words): { document: unknown } | { missing: Outcome } {
  return documentOrUndecided<unknown>(documents, EXCHANGE_ONLINE_DOCUMENT_JSON, why);
}

/** Undecided at warning level: for the checks the catalog reports as warnings. */
export const undecidedWarning = (said: Said, location: FindingLocation): Outcome => ({ ...undecided(said, location), severity: "warning" });
