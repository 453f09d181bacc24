import { fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { atOnline, field, onlineDocument } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Customer Lockbox makes Microsoft support engineers ask the organization before they reach
// its content. It is asked for in the organization file and turned on by hand in the Microsoft
// 365 admin center (ONL-04 checks that it is recorded as done).
export const onl02: Rule = {
  id: "ONL-02",
  title: RULE_TEXTS.onl02.title,
  severity: "warning",
  appliesTo: "online",
  basis: "GDPR art. 44 and 48; OSL 10 kap. 2 a § (control over disclosure to the provider)",
  sources: ["learn-customer-lockbox-configure", "eurlex-gdpr", "rkrattsbaser-osl"],
  remediation: RULE_TEXTS.onl02.remediation,
  check: ({ documents }) => {
    const read = onlineDocument(documents, (m) => m.onl02.subject);
    if ("missing" in read) return [read.missing];
    const enabled = field(read.document, "facts.customerLockbox");
    if (typeof enabled !== "boolean") return [undecided(say((m) => m.onl02.unknown), atOnline("facts.customerLockbox"))];
    return enabled ? [] : [fail(say((m) => m.onl02.off), atOnline("facts.customerLockbox"))];
  },
};
