import { fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { at, expectFact, listAt, missingFact, optionDocument, stringsAt } from "./documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// MS.EXO.6.1 (contacts) and 6.2 (calendar details) with all domains (*); free/busy times only
// (CalendarSharingFreeBusySimple) are allowed. (source: cisa-scubagear-exo)
const TOO_MUCH = ["ContactsSharing", "CalendarSharingFreeBusyDetail", "CalendarSharingFreeBusyReviewer"];

export const exo07: Rule = {
  id: "EXO-07",
  title: RULE_TEXTS.exo07.title,
  severity: "error",
  appliesTo: "both",
  basis: "CISA ScubaGear MS.EXO.6.1, 6.2; GDPR art. 32",
  sources: ["eurlex-gdpr", "cisa-scubagear-exo"],
  remediation: RULE_TEXTS.exo07.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.exo07.subject);
    if ("missing" in doc) return [doc.missing];
    if (doc.option === "onprem") {
      // The Default Sharing Policy is the one that targets all domains on Exchange Server.
      return [
        ...expectFact(doc, "sharing.defaultPolicyEnabled", false, (m) => m.exo07.defaultPolicyOn),
        ...expectFact(doc, "sharing.calendarSharedWithAllDomains", false, (m) => m.exo07.calendarShared),
      ];
    }
    const path = "settings.sharingPolicies";
    const policies = listAt(doc.document, path);
    if (!policies) return [missingFact(doc, path, (m) => m.exo07.sharing)];
    return policies.flatMap((policy, i): Outcome[] => {
      if (policy.Enabled === false) return [];
      if (policy.Enabled !== true) return [undecided(say((m) => m.exo07.unknownEnabled(String(policy.Name))), at(doc, `${path}.${i}.Enabled`))];
      const shared = (stringsAt(policy, "Domains") ?? [])
        .filter((entry) => entry.startsWith("*:"))
        .flatMap((entry) => entry.slice(2).split(",").map((action) => action.trim()))
        .filter((action) => TOO_MUCH.includes(action));
      return shared.length ? [fail(say((m) => m.exo07.sharesWithAll(String(policy.Name), shared)), at(doc, `${path}.${i}.Domains`))] : [];
    });
  },
};
