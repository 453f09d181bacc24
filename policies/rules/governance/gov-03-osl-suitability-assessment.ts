import { atOrg, fail } from "../../outcome";
import type { Rule } from "../../types";

export const gov03: Rule = {
  id: "GOV-03",
  title: "A dated, approved OSL 10 kap. 2 a § assessment exists when a non-EU provider may hold confidentiality 3 or more",
  severity: "error",
  appliesTo: "online",
  basis: "OSL 10 kap. 2 a §; eSam PM 2023",
  sources: ["rkrattsbaser-osl", "delphi-esam-cloud-act"],
  remediation: "Record governance.oslSuitabilityAssessment (date, approvedBy) or lower the highest confidentiality allowed in e-mail below 3.",
  check: ({ org }) => {
    const max = org.classification.maxConfidentialityInEmail ?? 0;
    if (org.online.providerJurisdiction === "EU" || max < 3) return [];
    return org.governance.oslSuitabilityAssessment
      ? []
      : [fail(`confidentiality ${max} is allowed in e-mail at a provider under non-EU jurisdiction, and no suitability assessment is recorded`, atOrg("governance.oslSuitabilityAssessment"))];
  },
};
