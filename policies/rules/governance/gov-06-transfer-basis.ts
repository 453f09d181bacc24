import { futureDate } from "../../dates";
import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const gov06: Rule = {
  id: "GOV-06",
  title: RULE_TEXTS.gov06.title,
  severity: "error",
  appliesTo: "online",
  basis: "GDPR art. 44-46; Commission Implementing Decision (EU) 2023/1795",
  sources: ["eurlex-gdpr", "eurlex-dpf-adequacy"],
  dated: true,
  remediation: RULE_TEXTS.gov06.remediation,
  check: ({ org, asOf }) => {
    const basis = org.governance.transferBasis;
    if (!basis) return [fail(say((m) => m.gov06.noBasis), atOrg("governance.transferBasis"))];
    if (basis.mechanism === "scc" && !basis.transferImpactAssessment) {
      return [fail(say((m) => m.gov06.sccWithoutTia), atOrg("governance.transferBasis.transferImpactAssessment"))];
    }
    return futureDate((m) => m.gov06.date, basis.transferImpactAssessment, asOf, "governance.transferBasis.transferImpactAssessment");
  },
};
