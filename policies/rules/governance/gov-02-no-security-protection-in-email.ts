import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";

export const gov02: Rule = {
  id: "GOV-02",
  title: "Confidentiality level 4 (säkerhetsskydd) is never allowed in e-mail",
  severity: "error",
  appliesTo: "both",
  basis: "säkerhetsskyddslagen (2018:585); KLASSA 4.0 (level 4 needs a separate analysis)",
  sources: ["rkrattsbaser-sakerhetsskyddslag", "skr-klassa"],
  remediation: "Keep information at confidentiality level 4 out of e-mail; lower classification.maxConfidentialityInEmail to 3 or less.",
  check: ({ org }) => {
    const { email, maxConfidentialityInEmail: max } = org.classification;
    const outcomes = [];
    if (max === 4) outcomes.push(fail(say((m) => m.gov02.level4Allowed), atOrg("classification.maxConfidentialityInEmail")));
    if (email.confidentiality === 4) outcomes.push(fail(say((m) => m.gov02.level4Rated), atOrg("classification.email.confidentiality")));
    return outcomes;
  },
};
