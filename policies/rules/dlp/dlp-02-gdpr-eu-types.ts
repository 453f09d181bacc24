import { GDPR_EU_TYPES } from "../../../model/exchange-online/sensitive-information-types";
import { fail } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { at, missingFact, optionDocument } from "../exchange/documents";
import { INACTIVE_MODES, outboundRules } from "./personal-data-rules";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// The six EU identity types of Microsoft's "General Data Protection Regulation (GDPR)" DLP
// template, matched by their exact Purview name.
export const dlp02: Rule = {
  id: "DLP-02",
  title: RULE_TEXTS.dlp02.title,
  severity: "warning",
  appliesTo: "both",
  basis: "GDPR art. 32",
  sources: ["eurlex-gdpr"],
  remediation: `Add the types ${GDPR_EU_TYPES.map((t) => t.name).join(", ")} to a rule on mail to recipients outside the organization that notifies the sender.`,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.dlp02.subject);
    if ("missing" in doc) return [doc.missing];
    const all = outboundRules(doc);
    const where = doc.option === "onprem" ? "transportRules" : "settings.dlpComplianceRules";
    if (!all) return [missingFact(doc, where, (m) => m.dlp02.subject)];
    const active = all.filter((rule) => !INACTIVE_MODES.includes(rule.mode));
    const covering = (name: string) => active.filter((rule) => rule.types.some((t) => t.name === name.toLowerCase()));
    const outcomes: Outcome[] = [];
    const missing = GDPR_EU_TYPES.filter((type) => covering(type.name).length === 0).map((type) => type.name);
    if (missing.length) outcomes.push(fail(say((m) => m.dlp02.uncovered(missing)), at(doc, where)));
    const silent = active.filter((rule) => !rule.notifiesSender && GDPR_EU_TYPES.some((type) => covering(type.name).includes(rule)));
    for (const rule of silent) outcomes.push(fail(say((m) => m.dlp02.silent(rule.name)), rule.location));
    return outcomes;
  },
};
