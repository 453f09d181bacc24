import { SWEDEN_NATIONAL_ID } from "../../../model/exchange-online/sensitive-information-types";
import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, missingFact, optionDocument } from "../exchange/documents";
import { INACTIVE_MODES, outboundRules, type OutboundRule } from "./personal-data-rules";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Sweden national ID (personnummer, samordningsnummer): the same type id in Purview and in
// Exchange Server's classifications (source: learn-exchange-2013-sensitive-information-types). Any single number counts.
const matchesSwedishId = (rule: OutboundRule) => rule.types.some((t) => t.id === SWEDEN_NATIONAL_ID.id && (t.minCount ?? 1) <= 1);

export const dlp01: Rule = {
  id: "DLP-01",
  title: RULE_TEXTS.dlp01.title,
  severity: "error",
  appliesTo: "both",
  basis: "The municipality's e-mail guidelines; GDPR art. 32; OSL (offentlighets- och sekretesslagen)",
  sources: ["eurlex-gdpr", "rkrattsbaser-osl"],
  remediation: `Add a rule on the type "Sweden national ID" (${SWEDEN_NATIONAL_ID.id}), count 1, that blocks (Exchange Online DLP, in an enabled policy on all Exchange mailboxes) or rejects or encrypts (on-prem transport rule) mail to recipients outside the organization.`,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.dlp01.subject);
    if ("missing" in doc) return [doc.missing];
    const rules = outboundRules(doc);
    const where = doc.option === "onprem" ? "transportRules" : "settings.dlpComplianceRules";
    if (!rules) return [missingFact(doc, where, (m) => m.dlp01.subject)];
    const candidates = rules.filter(matchesSwedishId);
    if (candidates.some((rule) => rule.protects && !INACTIVE_MODES.includes(rule.mode))) return [];
    if (candidates.length === 0) return [fail(say((m) => m.dlp01.noRule(SWEDEN_NATIONAL_ID.id)), at(doc, where))];
    return candidates.map((rule) =>
      rule.protects
        ? fail(say((m) => m.dlp01.inactive(rule.name, rule.mode)), rule.location)
        : fail(say((m) => m.dlp01.doesNotProtect(rule.name)), rule.location),
    );
  },
};
