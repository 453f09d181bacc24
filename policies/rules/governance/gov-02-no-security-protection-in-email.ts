import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const gov02: Rule = {
  id: "GOV-02",
  title: RULE_TEXTS.gov02.title,
  severity: "error",
  appliesTo: "both",
  basis: "säkerhetsskyddslagen (2018:585); KLASSA 4.0 (level 4 needs a separate analysis)",
  sources: ["rkrattsbaser-sakerhetsskyddslag", "skr-klassa"],
  remediation: RULE_TEXTS.gov02.remediation,
  check: ({ org }) => {
    const { email, maxConfidentialityInEmail: max } = org.classification;
    const outcomes = [];
    if (max === 4) outcomes.push(fail(say((m) => m.gov02.level4Allowed), atOrg("classification.maxConfidentialityInEmail")));
    if (email.confidentiality === 4) outcomes.push(fail(say((m) => m.gov02.level4Rated), atOrg("classification.email.confidentiality")));
    return outcomes;
  },
};
