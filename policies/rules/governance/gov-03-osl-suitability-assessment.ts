import { isMeaningfulText } from "../../../model/schema";
import { futureDate } from "../../dates";
import { atOrg, fail, warn } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const gov03: Rule = {
  id: "GOV-03",
  title: RULE_TEXTS.gov03.title,
  severity: "error",
  appliesTo: "online",
  basis: "10 kap. 2 a § OSL; prop. 2022/23:97",
  sources: ["rkrattsbaser-osl", "riksdagen-prop-2022-23-97", "esam-molnfragan"],
  remediation: RULE_TEXTS.gov03.remediation,
  dated: true,
  check: ({ org, asOf }) => {
    const max = org.classification.maxConfidentialityInEmail ?? 0;
    if (org.online.providerJurisdiction === "EU") return [];
    const assessment = org.governance.oslSuitabilityAssessment;
    if (!assessment) {
      // Guidelines bind what staff send, not what the public sends in: incoming mail can hold
      // secrecy-protected information at any level (prop. 2022/23:97), so the assessment is
      // needed either way; allowed in outgoing mail too, its absence blocks.
      if (max < 3) return [warn(say((m) => m.gov03.incomingMail(max)), atOrg("governance.oslSuitabilityAssessment"))];
      return [fail(say((m) => m.gov03.noAssessment(max)), atOrg("governance.oslSuitabilityAssessment"))];
    }
    // An assessment approved by nobody, or made on a day still to come, is not one.
    const approved = isMeaningfulText(assessment.approvedBy) ? [] : [fail(say((m) => m.gov03.noApprover), atOrg("governance.oslSuitabilityAssessment.approvedBy"))];
    return [...approved, ...futureDate((m) => m.gov03.date, assessment.date, asOf, "governance.oslSuitabilityAssessment.date")];
  },
};
