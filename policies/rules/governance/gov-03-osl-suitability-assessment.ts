import { isMeaningfulText } from "../../../model/schema";
import { futureDate } from "../../dates";
import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const gov03: Rule = {
  id: "GOV-03",
  title: RULE_TEXTS.gov03.title,
  severity: "error",
  appliesTo: "online",
  basis: "OSL 10 kap. 2 a §; eSam PM 2023",
  sources: ["rkrattsbaser-osl", "delphi-esam-cloud-act"],
  remediation: RULE_TEXTS.gov03.remediation,
  dated: true,
  check: ({ org, asOf }) => {
    const max = org.classification.maxConfidentialityInEmail ?? 0;
    if (org.online.providerJurisdiction === "EU" || max < 3) return [];
    const assessment = org.governance.oslSuitabilityAssessment;
    if (!assessment) {
      return [fail(say((m) => m.gov03.noAssessment(max)), atOrg("governance.oslSuitabilityAssessment"))];
    }
    // An assessment approved by nobody, or made on a day still to come, is not one.
    const approved = isMeaningfulText(assessment.approvedBy) ? [] : [fail(say((m) => m.gov03.noApprover), atOrg("governance.oslSuitabilityAssessment.approvedBy"))];
    return [...approved, ...futureDate((m) => m.gov03.date, assessment.date, asOf, "governance.oslSuitabilityAssessment.date")];
  },
};
