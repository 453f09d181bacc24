import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const gov01: Rule = {
  id: "GOV-01",
  title: RULE_TEXTS.gov01.title,
  severity: "error",
  appliesTo: "both",
  basis: "GDPR art. 32; cybersäkerhetslagen (2025:1506)",
  sources: ["eurlex-gdpr", "rkrattsbaser-cybersakerhetslag"],
  remediation: RULE_TEXTS.gov01.remediation,
  check: ({ org }) => {
    const { email, maxConfidentialityInEmail: max } = org.classification;
    if (max === undefined) {
      return [fail(say((m) => m.gov01.maxNotDeclared), atOrg("classification.maxConfidentialityInEmail"))];
    }
    if (email.confidentiality > max) {
      return [
        fail(
          say((m) => m.gov01.ratedAboveMax(email.confidentiality, max)),
          atOrg("classification.email.confidentiality"),
        ),
      ];
    }
    return [];
  },
};
