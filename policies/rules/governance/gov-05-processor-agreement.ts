import { futureDate } from "../../dates";
import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const gov05: Rule = {
  id: "GOV-05",
  title: RULE_TEXTS.gov05.title,
  severity: "error",
  appliesTo: "online",
  basis: "GDPR art. 28; Datainspektionen (Ale kommun, Office 365)",
  sources: ["eurlex-gdpr"],
  dated: true,
  remediation: RULE_TEXTS.gov05.remediation,
  check: ({ org, asOf }) => {
    const agreement = org.governance.processorAgreement;
    if (!agreement) return [fail(say((m) => m.gov05.noAgreement), atOrg("governance.processorAgreement"))];
    const countries =
      agreement.subProcessorCountries.length === 0
        ? [fail(say((m) => m.gov05.noCountries), atOrg("governance.processorAgreement.subProcessorCountries"))]
        : [];
    // An agreement signed on a day still to come is not signed yet.
    return [...countries, ...futureDate((m) => m.gov05.date, agreement.signed, asOf, "governance.processorAgreement.signed")];
  },
};
