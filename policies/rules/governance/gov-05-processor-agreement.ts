import { atOrg, fail } from "../../outcome";
import type { Rule } from "../../types";

export const gov05: Rule = {
  id: "GOV-05",
  title: "A processor agreement is recorded and lists the sub-processor countries",
  severity: "error",
  appliesTo: "online",
  basis: "GDPR art. 28; Datainspektionen (Ale kommun, Office 365)",
  sources: ["eurlex-gdpr"],
  remediation: "Record governance.processorAgreement with the date signed and subProcessorCountries.",
  check: ({ org }) => {
    const agreement = org.governance.processorAgreement;
    if (!agreement) return [fail("no processor agreement is recorded", atOrg("governance.processorAgreement"))];
    return agreement.subProcessorCountries.length === 0
      ? [fail("the processor agreement lists no sub-processor countries", atOrg("governance.processorAgreement.subProcessorCountries"))]
      : [];
  },
};
