// The one feasibility finding (ONP-12) that `sizing`, `cost` and `compare` print when the
// on-prem design cannot be built on the organization's hosts; `check` and synth report the
// same rule through the catalog. Exit 1, exactly when `check` would block on it.
import { ONPREM_DOCUMENT_JSON, buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import type { OrganizationFile } from "../model/schema";
import type { SizingResult } from "../model/sizing/sizing";
import { todayUtc } from "../policies/dates";
import { evaluate } from "../policies/engine";
import { onp12 } from "../policies/rules/onprem/onp-12-design-fits";
import { isBlocking } from "../policies/waivers";
import { langFlag } from "../i18n/lang";
import type { Io } from "./io";

/**
 * Writes why the design cannot be built to standard error, led by `consequence` (what the
 * command does not do); returns true when it cannot. The text renderer (the whole rule catalog
 * and the message catalogs) is loaded only then (issue 17: `sizing` starts without them).
 */
export async function reportInfeasibleOnprem(org: OrganizationFile, io: Io, consequence: string, options: { sizing?: SizingResult; asOf?: string; lang?: string } = {}): Promise<boolean> {
  // The document as synth writes it (JSON), so the rule reads exactly what `check` reads.
  const document: unknown = JSON.parse(JSON.stringify(buildOnpremExchangeDocument(org, options.sizing)));
  const findings = evaluate([onp12], { option: "onprem", org, resources: [], documents: { [ONPREM_DOCUMENT_JSON]: document }, asOf: options.asOf ?? todayUtc() });
  const blocking = findings.filter(isBlocking);
  if (blocking.length === 0) return false;
  const { renderFindingsText } = await import("../policies/report/text");
  io.stderr.write(`error: the on-prem design cannot be built on these hosts (ONP-12); ${consequence}:\n${renderFindingsText(blocking, langFlag(options.lang, org.organization.country))}`);
  return true;
}
