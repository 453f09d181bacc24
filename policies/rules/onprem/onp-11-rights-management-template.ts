import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { field, onpremDocument, records } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Encrypting with a transport rule on Exchange Server applies an AD RMS template by name, so the
// organization needs AD RMS integrated with Exchange and names the template; without it the
// script stops at that rule.
export const onp11: Rule = {
  id: "ONP-11",
  title: RULE_TEXTS.onp11.title,
  severity: "warning",
  appliesTo: "onprem",
  basis: "GDPR art. 32(1)(a); DLP-01 (the encrypt action must work)",
  sources: ["cmdlet-new-transportrule", "eurlex-gdpr"],
  remediation: RULE_TEXTS.onp11.remediation,
  check: ({ documents }) => {
    const read = onpremDocument(documents, (m) => m.onp11.subject);
    if ("missing" in read) return [read.missing];
    const outcomes: Outcome[] = [];
    for (const rule of records(field(read.document, "transportRules")) ?? []) {
      if (rule.action !== "encrypt" || typeof rule.rmsTemplate === "string") continue;
      outcomes.push(fail(say((m) => m.onp11.noTemplate(String(rule.name))), atOrg("onprem.rightsManagement.template")));
    }
    return outcomes;
  },
};
