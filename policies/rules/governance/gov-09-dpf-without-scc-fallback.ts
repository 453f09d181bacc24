import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const gov09: Rule = {
  id: "GOV-09",
  title: RULE_TEXTS.gov09.title,
  severity: "warning",
  appliesTo: "online",
  basis: "GDPR art. 46; appeal C-703/25 P against Decision 2023/1795",
  sources: ["eurlex-gdpr", "eurlex-dpf-adequacy", "eurlex-c-703-25-p"],
  remediation: RULE_TEXTS.gov09.remediation,
  check: ({ org }) => {
    const basis = org.governance.transferBasis;
    return basis?.mechanism === "dpf-adequacy" && !basis.sccFallback
      ? [fail(say((m) => m.gov09.noFallback), atOrg("governance.transferBasis.sccFallback"))]
      : [];
  },
};
