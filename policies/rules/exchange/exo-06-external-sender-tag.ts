import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, expectFact, listAt, missingFact, optionDocument } from "./documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// MS.EXO.7.1: ScubaGear accepts a transport rule with FromScope NotInOrganization that prepends
// the subject; Exchange Online also has the External tag in Outlook (source: cisa-scubagear-exo).
export const exo06: Rule = {
  id: "EXO-06",
  title: RULE_TEXTS.exo06.title,
  severity: "error",
  appliesTo: "both",
  basis: "CISA ScubaGear MS.EXO.7.1; NIS2 art. 21(2)(g) (cyber hygiene)",
  sources: ["eurlex-nis2", "cisa-scubagear-exo"],
  remediation: RULE_TEXTS.exo06.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.exo06.subject);
    if ("missing" in doc) return [doc.missing];
    if (doc.option === "online") return expectFact(doc, "settings.externalInOutlook.Enabled", true, (m) => m.exo06.notTagged);
    const rules = listAt(doc.document, "transportRules");
    if (!rules) return [missingFact(doc, "transportRules", (m) => m.exo06.subject)];
    const tags = rules.some((r) => r.fromScope === "NotInOrganization" && r.action === "prepend-subject" && typeof r.text === "string" && r.text.trim() !== "");
    return tags ? [] : [fail(say((m) => m.exo06.noTransportRule), at(doc, "transportRules"))];
  },
};
