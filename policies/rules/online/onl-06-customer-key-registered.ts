import { atOrg, fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { atOnline, field, onlineDocument } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Customer Key's data encryption policy can use the keys only after Microsoft has confirmed both
// Azure subscriptions (the mandatory retention period): a request the tenant administrator makes.
export const onl06: Rule = {
  id: "ONL-06",
  title: RULE_TEXTS.onl06.title,
  severity: "warning",
  appliesTo: "online",
  prerequisite: true,
  basis: "GDPR art. 32(1)(a) (encryption with the organization's own keys only works once registered)",
  sources: ["learn-customer-key-set-up", "eurlex-gdpr"],
  remediation: RULE_TEXTS.onl06.remediation,
  check: ({ documents }) => {
    const read = onlineDocument(documents, (m) => m.onl06.subject);
    if ("missing" in read) return [read.missing];
    const required = field(read.document, "facts.manualSteps.customerKeyRegistration.required");
    if (typeof required !== "boolean") return [undecided(say((m) => m.onl06.unknown), atOnline("facts.manualSteps.customerKeyRegistration"))];
    if (!required) return [];
    return typeof field(read.document, "facts.manualSteps.customerKeyRegistration.confirmedOn") === "string"
      ? []
      : [fail(say((m) => m.onl06.notConfirmed), atOrg("online.manualSteps.customerKeyRegistered"))];
  },
};
