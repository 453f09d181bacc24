import { atOrg, fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { atOnline, field, onlineDocument } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// No cmdlet turns Customer Lockbox on (Set-OrganizationConfig -CustomerLockboxEnabled is reserved
// for Microsoft): a global administrator does it in the Microsoft 365 admin center, and the
// organization file records the day. Until then the request in online.customerLockbox is a wish.
export const onl04: Rule = {
  id: "ONL-04",
  title: RULE_TEXTS.onl04.title,
  severity: "warning",
  appliesTo: "online",
  prerequisite: true,
  basis: "GDPR art. 28(3)(a) and 32 (the processor acts on documented instructions; access to content is controlled)",
  sources: ["learn-customer-lockbox-configure", "cmdlet-set-organizationconfig", "eurlex-gdpr"],
  remediation: RULE_TEXTS.onl04.remediation,
  check: ({ documents }) => {
    const read = onlineDocument(documents, (m) => m.onl02.subject);
    if ("missing" in read) return [read.missing];
    const required = field(read.document, "facts.manualSteps.customerLockbox.required");
    if (typeof required !== "boolean") return [undecided(say((m) => m.onl02.unknown), atOnline("facts.manualSteps.customerLockbox"))];
    if (!required) return [];
    const enabledOn = field(read.document, "facts.manualSteps.customerLockbox.enabledOn");
    return typeof enabledOn === "string"
      ? []
      : [fail(say((m) => m.onl04.notRecorded), atOrg("online.manualSteps.customerLockboxEnabled"))];
  },
};
