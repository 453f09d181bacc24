import { SWEDEN_NATIONAL_ID } from "../../../model/exchange-online/sensitive-information-types";
import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, listAt, missingFact, optionDocument } from "../exchange/documents";
import { outboundRules, TEST_MODES } from "./personal-data-rules";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// A policy in TestWithNotifications or TestWithoutNotifications only reports what it would
// block (the Mode parameter of New-DlpCompliancePolicy); ScubaGear counts only Mode Enable.
export const dlp03: Rule = {
  id: "DLP-03",
  title: RULE_TEXTS.dlp03.title,
  severity: "error",
  appliesTo: "online",
  basis: "GDPR art. 32",
  sources: ["eurlex-gdpr"],
  remediation: RULE_TEXTS.dlp03.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.dlp03.subject);
    if ("missing" in doc) return [doc.missing];
    const rules = outboundRules(doc);
    if (!rules) return [missingFact(doc, "settings.dlpCompliancePolicies", (m) => m.dlp03.subject)];
    // The policies of the rules DLP-01 looks at; DLP-01 itself reports when there are none.
    const relied = [...new Set(rules.filter((r) => r.types.some((t) => t.id === SWEDEN_NATIONAL_ID.id)).map((r) => r.policyIndex!))].sort((a, b) => a - b);
    const policies = listAt(doc.document, "settings.dlpCompliancePolicies") ?? [];
    return relied.flatMap((i) => {
      const policy = policies[i]!;
      return TEST_MODES.includes(String(policy.Mode))
        ? [fail(say((m) => m.dlp03.testMode(String(policy.Name), String(policy.Mode))), at(doc, `settings.dlpCompliancePolicies.${i}.Mode`))]
        : [];
    });
  },
};
