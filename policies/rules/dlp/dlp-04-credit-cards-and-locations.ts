import { CREDIT_CARD_NUMBER } from "../../../model/exchange-online/sensitive-information-types";
import { dlpLocations } from "../../../model/exchange-online/dlp";
import { fail, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { at, listAt, missingFact, optionDocument } from "../exchange/documents";
import { INACTIVE_MODES, outboundRules } from "./personal-data-rules";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// MS.SECURITYSUITE.3.1 (SHALL): DLP blocks credit card numbers (the U.S. ITIN and SSN it also
// names do not occur in a Swedish municipality's mail); 3.2 (SHOULD): the policy covers every
// location the licences allow (source: cisa-scubagear-securitysuite).
export const dlp04: Rule = {
  id: "DLP-04",
  title: RULE_TEXTS.dlp04.title,
  severity: "error",
  appliesTo: "online",
  basis: "CISA ScubaGear MS.SECURITYSUITE.3.1 (SHALL), 3.2 (SHOULD); PCI DSS; GDPR art. 32",
  sources: ["cisa-scubagear-securitysuite", "eurlex-gdpr", "learn-m365-enterprise-plans"],
  remediation: RULE_TEXTS.dlp04.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.dlp04.subject);
    if ("missing" in doc) return [doc.missing];
    const rules = outboundRules(doc);
    const policies = listAt(doc.document, "settings.dlpCompliancePolicies");
    if (!rules || !policies) return [missingFact(doc, "settings.dlpComplianceRules", (m) => m.dlp04.subject)];
    const outcomes: Outcome[] = [];
    const cards = rules.filter((rule) => rule.types.some((type) => type.id === CREDIT_CARD_NUMBER.id) && rule.protects && !INACTIVE_MODES.includes(rule.mode));
    if (!cards.length) outcomes.push(fail(say((m) => m.dlp04.noCreditCards(CREDIT_CARD_NUMBER.id)), at(doc, "settings.dlpComplianceRules")));
    // The policy of the first blocking credit card rule covers every location the licences allow.
    const index = cards[0]?.policyIndex ?? -1;
    const policy = policies[index];
    if (!policy) return outcomes;
    for (const [field, value] of Object.entries(dlpLocations(input.org))) {
      const has = Array.isArray(policy[field]) && (policy[field] as unknown[]).includes("All");
      if (value.includes("All") && !has) outcomes.push(warn(say((m) => m.dlp04.locationMissing(field)), at(doc, `settings.dlpCompliancePolicies.${index}.${field}`)));
    }
    return outcomes;
  },
};
