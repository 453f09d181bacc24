import { atOrg, fail } from "../../outcome";
import type { Rule } from "../../types";

export const gov06: Rule = {
  id: "GOV-06",
  title: "A transfer basis for third-country access is recorded (EU-US DPF adequacy, or SCC with a transfer impact assessment)",
  severity: "error",
  appliesTo: "online",
  basis: "GDPR art. 44-46; Commission Implementing Decision (EU) 2023/1795",
  sources: ["eurlex-gdpr", "eurlex-dpf-adequacy"],
  remediation: "Record governance.transferBasis: mechanism dpf-adequacy, or scc with transferImpactAssessment.",
  check: ({ org }) => {
    const basis = org.governance.transferBasis;
    if (!basis) return [fail("no transfer basis for third-country access is recorded", atOrg("governance.transferBasis"))];
    if (basis.mechanism === "scc" && !basis.transferImpactAssessment) {
      return [fail("SCC are recorded without a transfer impact assessment", atOrg("governance.transferBasis.transferImpactAssessment"))];
    }
    return [];
  },
};
