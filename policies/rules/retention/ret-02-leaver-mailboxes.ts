import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, expectFact, listAt, missingFact, optionDocument } from "../exchange/documents";

// Exchange Online keeps a deleted user's mailbox as an inactive mailbox when a retention policy
// that retains content covers it (model/exchange-online/retention.ts; source:
// learn-inactive-mailboxes). A query-narrowed rule does not cover the whole mailbox.
const RETAINS = ["Keep", "KeepAndDelete"];

export const ret02: Rule = {
  id: "RET-02",
  title: "Mailboxes of people who leave are retained (inactive mailbox / retention), not deleted with the account",
  severity: "error",
  appliesTo: "both",
  basis: "Arkivlagen (1990:782) 3, 10 §§; JO 434-2015",
  sources: ["rkrattsbaser-arkivlag", "jo-434-2015"],
  remediation: "Set retention.leaverMailboxes: retain (Exchange Online: an enabled retention policy on all mailboxes that keeps content, so a leaver's mailbox becomes inactive).",
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
