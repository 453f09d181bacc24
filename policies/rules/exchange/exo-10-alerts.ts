import { fail, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { REQUIRED_ALERTS } from "../../../model/exchange-online/threat-protection";
import { at, listAt, missingFact, optionDocument } from "./documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// MS.SECURITYSUITE.4.1 (SHALL): the seven named alert policies are on; 4.2 (SHOULD): they go to
// a monitored mailbox (source: cisa-scubagear-securitysuite).
export const exo10: Rule = {
  id: "EXO-10",
  title: RULE_TEXTS.exo10.title,
  severity: "error",
  appliesTo: "online",
  basis: "CISA ScubaGear MS.SECURITYSUITE.4.1 (SHALL), 4.2 (SHOULD); NIS2 art. 21(2)(b) (incident handling)",
  sources: ["cisa-scubagear-securitysuite", "eurlex-nis2"],
  remediation: RULE_TEXTS.exo10.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.exo10.subject);
    if ("missing" in doc) return [doc.missing];
    const alerts = listAt(doc.document, "settings.protectionAlerts");
    if (!alerts) return [missingFact(doc, "settings.protectionAlerts", (m) => m.exo10.subject)];
    const outcomes: Outcome[] = [];
    for (const name of REQUIRED_ALERTS) {
      const alert = alerts.find((candidate) => candidate.Identity === name);
      if (!alert || alert.Disabled !== false) outcomes.push(fail(say((m) => m.exo10.off(name)), at(doc, "settings.protectionAlerts")));
    }
    const recipients = input.org.online.threatProtection.alertRecipients;
    if (!recipients.length) outcomes.push(warn(say((m) => m.exo10.noRecipients), at(doc, "settings.protectionAlerts")));
    return outcomes;
  },
};
