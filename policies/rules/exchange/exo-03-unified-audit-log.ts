import { auditRetentionDays, MINIMUM_AUDIT_RETENTION_DAYS } from "../../../model/exchange-online/audit-retention";
import type { RuleMessages } from "../../../i18n/catalog";
import { say } from "../../say";
import type { AuditRetentionDuration } from "../../../model/exchange-online/settings";
import { fail, undecided } from "../../outcome";
import type { Outcome, Rule } from "../../types";
import { at, expectFact, listAt, missingFact, optionDocument } from "./documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// MS.SECURITYSUITE.5.1 (unified audit logging on) and 5.2 (retrievable at least 12 months).
// Without a retention policy Exchange Online keeps audit records 180 days (source: learn-audit-log-retention-policies).
export const exo03: Rule = {
  id: "EXO-03",
  title: RULE_TEXTS.exo03.title,
  severity: "error",
  appliesTo: "online",
  basis: "CISA ScubaGear MS.SECURITYSUITE.5.1, 5.2; NIS2 art. 21(2)(b); RÅ 1998 ref. 44",
  sources: ["eurlex-nis2", "cisa-scubagear-securitysuite", "lagen-ra-1998-ref-44"],
  remediation: RULE_TEXTS.exo03.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.exo03.subject);
    if ("missing" in doc) return [doc.missing];
    const outcomes: Outcome[] = expectFact(doc, "settings.adminAuditLogConfig.UnifiedAuditLogIngestionEnabled", true, (m) => m.exo03.ingestionOff);
    const path = "settings.unifiedAuditLogRetentionPolicies";
    const policies = listAt(doc.document, path);
    if (!policies) return [...outcomes, missingFact(doc, path, (m) => m.exo03.auditRetention)];
    let longest = 0;
    let unknown = false;
    policies.forEach((policy, i) => {
      const days = auditRetentionDays(policy.RetentionDuration as AuditRetentionDuration) as number | undefined;
      if (days !== undefined) longest = Math.max(longest, days);
      else {
        unknown = true;
        outcomes.push(undecided(say((m) => m.exo03.unknownDuration(JSON.stringify(policy.RetentionDuration))), at(doc, `${path}.${i}.RetentionDuration`)));
      }
    });
    if (longest < MINIMUM_AUDIT_RETENTION_DAYS && !unknown) {
      const kept = (m: RuleMessages) => (policies.length ? m.exo03.keptDays(longest) : m.exo03.keptDefault);
      outcomes.push(fail(say((m) => m.exo03.tooShort(kept(m), MINIMUM_AUDIT_RETENTION_DAYS)), at(doc, path)));
    }
    return outcomes;
  },
};
