import { isMeaningfulText } from "../../../model/schema";
import { futureDate } from "../../dates";
import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";

export const gov03: Rule = {
  id: "GOV-03",
  title: "A dated, approved OSL 10 kap. 2 a § assessment exists when a non-EU provider may hold confidentiality 3 or more",
  severity: "error",
  appliesTo: "online",
  basis: "OSL 10 kap. 2 a §; eSam PM 2023",
  sources: ["rkrattsbaser-osl", "delphi-esam-cloud-act"],
  remediation: "Record governance.oslSuitabilityAssessment (the day it was made, who approved it) or lower the highest confidentiality allowed in e-mail below 3.",
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
