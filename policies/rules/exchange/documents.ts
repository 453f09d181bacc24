// Reading the Exchange configuration document of the option being judged: the on-prem
// document (model/exchange-onprem/document.ts) or the Exchange Online one
// (model/exchange-online/document.ts). Rules read it defensively, field by field: a document
// given by the user or mutated in a test may miss a field or break its literal types, and a
// missing fact is reported as undecided, never as a pass.
import { ONPREM_DOCUMENT_JSON } from "../../../model/exchange-onprem/document";
import { EXCHANGE_ONLINE_DOCUMENT_JSON } from "../../../model/exchange-online/document";
import { atDocument, documentOrUndecided, fail, undecided } from "../../outcome";
import { say, type Words } from "../../say";
import type { FindingLocation, Outcome, PolicyInput } from "../../types";
import { records, valueAt } from "../../document-fields";

export { valueAt };

export { ONPREM_DOCUMENT_JSON };

export interface OptionDocument {
  option: PolicyInput["option"];
  name: string;
  document: unknown;
}

/** The document of `input.option`, or the undecided outcome when it was not generated. */
export function optionDocument(input: PolicyInput, why: Words): OptionDocument | { missing: Outcome } {
  const name = input.option === "onprem" ? ONPREM_DOCUMENT_JSON : EXCHANGE_ONLINE_DOCUMENT_JSON;
  const found = documentOrUndecided<unknown>(input.documents, name, why);
  return "missing" in found ? found : { option: input.option, name, document: found.document };
}

/** The list of objects at a path, or undefined when it is absent or not a list. */
export function listAt(value: unknown, path: string): Record<string, unknown>[] | undefined {
  return records(valueAt(value, path));
}

export const at = (doc: OptionDocument, path: string): FindingLocation => atDocument(doc.name, path);

/** Undecided: a fact the rule needs is not in the document. */
export function missingFact(doc: OptionDocument, path: string, what: Words): Outcome {
  return undecided(say((m, lang) => m.common.missingFact(doc.name, path, what(m, lang))), at(doc, path));
}

/**
 * A fact that must have one value: nothing when it has, a failure naming the value when it has
 * another, undecided when it is absent.
 */
export function expectFact(doc: OptionDocument, path: string, wanted: unknown, failure: Words): Outcome[] {
  const actual = valueAt(doc.document, path);
  if (actual === wanted) return [];
  if (actual === undefined || actual === null) return [missingFact(doc, path, (m) => m.common.whetherItIs(JSON.stringify(wanted)))];
  return [fail(say((m, lang) => m.common.otherValue(failure(m, lang), path, JSON.stringify(actual), JSON.stringify(wanted))), at(doc, path))];
}

/** A list of strings at a path (non-strings dropped), or undefined. */
export function stringsAt(value: unknown, path: string): string[] | undefined {
  const list = valueAt(value, path);
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === "string") : undefined;
}
