import type { Rule } from "../../types";
import { expectFact, optionDocument } from "./documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// MS.EXO.13.1: mailbox auditing on (AuditDisabled false). In Exchange Online admin actions are
// searched in the unified audit log, so its ingestion must be on (source: cisa-scubagear-exo).
export const exo02: Rule = {
  id: "EXO-02",
  title: RULE_TEXTS.exo02.title,
  severity: "error",
  appliesTo: "both",
  basis: "CISA ScubaGear MS.EXO.13.1; GDPR art. 32; NIS2 art. 21(2)(b)",
  sources: ["eurlex-gdpr", "eurlex-nis2", "cisa-scubagear-exo"],
  remediation: RULE_TEXTS.exo02.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.exo02.subject);
    if ("missing" in doc) return [doc.missing];
    if (doc.option === "onprem") {
      return [
        ...expectFact(doc, "audit.adminAuditLog.enabled", true, (m) => m.exo02.adminAuditOff),
        ...expectFact(doc, "audit.mailboxAudit.enabled", true, (m) => m.exo02.mailboxAuditOff),
      ];
    }
    return [
      ...expectFact(doc, "settings.organizationConfig.AuditDisabled", false, (m) => m.exo02.mailboxAuditDisabled),
      ...expectFact(doc, "settings.adminAuditLogConfig.UnifiedAuditLogIngestionEnabled", true, (m) => m.exo02.adminActionsNotRecorded),
    ];
  },
};
