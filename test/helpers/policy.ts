// Runs one rule over an organization (and optional artifacts) and returns its findings.
import { validateOrganization } from "../../model/load";
import { evaluate } from "../../policies/engine";
import type { Finding, HostingOption, PolicyInput, Rule } from "../../policies/types";
import type { InventoryResource } from "../../inventory/terraform";
import { exampleData } from "./example";
import { stackDocuments } from "../../inventory/option-inputs";
import { EXCHANGE_ONLINE_DOCUMENT_JSON } from "../../model/exchange-online/document";
import { ONPREM_DOCUMENT_JSON } from "../../model/exchange-onprem/document";

export const AS_OF = "2026-11-26";

export function orgWith(change: (data: Record<string, any>) => void = () => {}) {
  const data = exampleData();
  change(data);
  return validateOrganization(data);
}

export function findingsOf(
  rule: Rule,
  option: HostingOption,
  change: (data: Record<string, any>) => void = () => {},
  artifacts: { resources?: InventoryResource[]; documents?: Record<string, unknown> } = {},
): Finding[] {
  const input: PolicyInput = { option, org: orgWith(change), resources: artifacts.resources ?? [], documents: artifacts.documents ?? {}, asOf: AS_OF };
  return evaluate([rule], input);
}

/** The generated document each option's Exchange rules read. */
export const DOCUMENT_NAME = { onprem: ONPREM_DOCUMENT_JSON, online: EXCHANGE_ONLINE_DOCUMENT_JSON };
let exampleDocuments: Record<HostingOption, Record<string, unknown>> | undefined;

/** The rule over the option's generated documents, optionally with the document mutated or the organization changed. */
export function findingsOnDocuments(rule: Rule, option: HostingOption, mutate?: (doc: any) => void, change?: (data: Record<string, any>) => void): Finding[] {
  exampleDocuments ??= { onprem: stackDocuments(orgWith(), "onprem"), online: stackDocuments(orgWith(), "online") };
  const documents = structuredClone(change ? stackDocuments(orgWith(change), option) : exampleDocuments[option]);
  mutate?.(documents[DOCUMENT_NAME[option]]);
  return findingsOf(rule, option, change, { documents });
}

export const atDocumentPath = (path: string, document: string) => ({ kind: "document", document, path });
