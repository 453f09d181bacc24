import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { atOnline, field, onlineDocument, undecidedWarning } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Customer Key encrypts mailbox content with the organization's own keys in two Azure Key
// Vaults through a data encryption policy (New-DataEncryptionPolicy -AzureKeyIDs <uri1>,<uri2>)
// that is assigned to every mailbox (Set-Mailbox -DataEncryptionPolicy): a policy no mailbox
// has encrypts nothing.
export const onl03: Rule = {
  id: "ONL-03",
  title: RULE_TEXTS.onl03.title,
  severity: "warning",
  appliesTo: "online",
  basis: "GDPR art. 32(1)(a) (encryption); NIS2 art. 21(2)(h) (cryptography)",
  sources: ["learn-customer-key-manage", "eurlex-gdpr", "eurlex-nis2"],
  remediation: RULE_TEXTS.onl03.remediation,
  check: ({ documents }) => {
    const read = onlineDocument(documents, (m) => m.onl03.subject);
    if ("missing" in read) return [read.missing];
    const max = field(read.document, "facts.maxConfidentialityInEmail");
    if (typeof max !== "number") {
      return [undecidedWarning(say((m) => m.onl03.noMax), atOnline("facts.maxConfidentialityInEmail"))];
    }
    if (max < 2) return [];
    if (field(read.document, "facts.customerKey.enabled") !== true) {
      return [fail(say((m) => m.onl03.notUsed(max)), atOnline("facts.customerKey.enabled"))];
    }
    // Enabled in the facts must also mean a policy the planner applies, with a key in each vault.
    const policies = field(read.document, "settings.dataEncryptionPolicies");
    const applied = Array.isArray(policies) && policies.some((p) => field(p, "Enabled") === true && (field(p, "AzureKeyIDs") as unknown[] | undefined)?.length === 2);
    if (!applied) return [fail(say((m) => m.onl03.noPolicy), atOnline("settings.dataEncryptionPolicies"))];
    const assignments = field(read.document, "settings.mailboxDataEncryption");
    const assigned = Array.isArray(assignments) && assignments.some((a) => (policies as unknown[]).some((p) => field(p, "Name") === field(a, "DataEncryptionPolicy")));
    return assigned ? [] : [fail(say((m) => m.onl03.notAssigned), atOnline("settings.mailboxDataEncryption"))];
  },
};
