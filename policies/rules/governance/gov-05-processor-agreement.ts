import { futureDate } from "../../dates";
import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";

export const gov05: Rule = {
  id: "GOV-05",
  title: "A processor agreement is recorded and lists the sub-processor countries",
  severity: "error",
  appliesTo: "online",
  basis: "GDPR art. 28; Datainspektionen (Ale kommun, Office 365)",
  sources: ["eurlex-gdpr"],
  dated: true,
  remediation: "Record governance.processorAgreement with the date signed and subProcessorCountries.",
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
