import { atOrg, fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { atOnline, field, onlineDocument } from "./document";

// No cmdlet turns Customer Lockbox on (Set-OrganizationConfig -CustomerLockboxEnabled is reserved
// for Microsoft): a global administrator does it in the Microsoft 365 admin center, and the
// organization file records the day. Until then the request in online.customerLockbox is a wish.
export const onl04: Rule = {
  id: "ONL-04",
  title: "Customer Lockbox is recorded as turned on in the Microsoft 365 admin center",
  severity: "warning",
  appliesTo: "online",
  prerequisite: true,
  basis: "GDPR art. 28(3)(a) and 32 (the processor acts on documented instructions; access to content is controlled)",
  sources: ["learn-customer-lockbox-configure", "cmdlet-set-organizationconfig", "eurlex-gdpr"],
  remediation:
    "Turn Customer Lockbox on in the Microsoft 365 admin center (Settings > Org settings > Security & Privacy > Customer Lockbox, Require approval for all data access requests; needs E5 or an add-on), then record the day in online.manualSteps.customerLockboxEnabled.",
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
