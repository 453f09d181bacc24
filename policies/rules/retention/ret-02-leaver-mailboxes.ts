import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, expectFact, listAt, missingFact, optionDocument } from "../exchange/documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Exchange Online keeps a deleted user's mailbox as an inactive mailbox when a retention policy
// that retains content covers it (model/exchange-online/retention.ts; source:
// learn-inactive-mailboxes). A query-narrowed rule does not cover the whole mailbox.
const RETAINS = ["Keep", "KeepAndDelete"];

export const ret02: Rule = {
  id: "RET-02",
  title: RULE_TEXTS.ret02.title,
  severity: "error",
  appliesTo: "both",
  basis: "Arkivlagen (1990:782) 3, 10 §§; JO 434-2015",
  sources: ["rkrattsbaser-arkivlag", "jo-434-2015"],
  remediation: RULE_TEXTS.ret02.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.ret02.subject);
    if ("missing" in doc) return [doc.missing];
    if (doc.option === "onprem") return expectFact(doc, "retention.leaverMailboxes", "retain", (m) => m.ret02.deletedWithAccount);
    const policies = listAt(doc.document, "settings.retentionCompliancePolicies");
    const rules = listAt(doc.document, "settings.retentionComplianceRules");
    if (!policies || !rules) return [missingFact(doc, "settings.retentionCompliancePolicies", (m) => m.ret02.subject)];
    const keepsEveryMailbox = policies.some(
      (policy) =>
        policy.Enabled === true &&
        Array.isArray(policy.ExchangeLocation) &&
        policy.ExchangeLocation.includes("All") &&
        rules.some((rule) => rule.Policy === policy.Name && RETAINS.includes(String(rule.RetentionComplianceAction)) && !rule.ContentMatchQuery && rule.RetentionDuration !== "0"),
    );
    return keepsEveryMailbox
      ? []
      : [fail(say((m) => m.ret02.noKeepingPolicy), at(doc, "settings.retentionCompliancePolicies"))];
  },
};
