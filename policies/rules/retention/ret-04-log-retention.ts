import { auditRetentionDays } from "../../../model/exchange-online/audit-retention";
import type { AuditRetentionDuration } from "../../../model/exchange-online/settings";
import { atOrg, fail, undecided } from "../../outcome";
import type { Outcome, Rule } from "../../types";
import { at, listAt, missingFact, optionDocument, valueAt, type OptionDocument } from "../exchange/documents";
import { logDecisions, minimumDays } from "./deletion-decisions";

/** A log kept `days` must be kept at least `least` days. */
function kept(doc: OptionDocument, what: string, days: unknown, least: number, why: string, path: string): Outcome[] {
  if (typeof days !== "number" || !Number.isFinite(days)) return [undecided(`how long ${what} are kept is not known`, at(doc, path))];
  return days >= least ? [] : [fail(`${what} are kept ${days} days; ${why} requires at least ${least}`, at(doc, path))];
}

export const ret04: Rule = {
  id: "RET-04",
  title: "Message-trace and audit logs are kept at least as long as the organization's decided period",
  severity: "warning",
  appliesTo: "both",
  basis: "RÅ 1998 ref. 44 (e-mail logs are public records); Arkivlagen (1990:782) 10 §",
  sources: ["rkrattsbaser-arkivlag", "lagen-ra-1998-ref-44"],
  remediation: "Record a deletion decision about logs (retention.deletionDecisions with appliesTo: logs) and keep message tracking and audit logs at least that long.",
  check: (input) => {
    const doc = optionDocument(input, "log retention");
    if ("missing" in doc) return [doc.missing];
    const decisions = logDecisions(input.org);
    // Without a decision logs may not be deleted at all, which no log store here promises.
    if (decisions.length === 0) return [fail("no deletion decision about logs is recorded, so how long logs must be kept is undecided", atOrg("retention.deletionDecisions"))];
    const longest = decisions.reduce((a, b) => (minimumDays(b.retainYears) > minimumDays(a.retainYears) ? b : a));
    const decided = Math.max(minimumDays(longest.retainYears), input.org.retention.auditLogRetentionDays);
    const why = `deletion decision ${longest.id} (${longest.retainYears} years) with retention.auditLogRetentionDays ${input.org.retention.auditLogRetentionDays}`;
    const traceWhy = `deletion decision ${longest.id} (${longest.retainYears} years)`;
    if (doc.option === "onprem") {
      return [
        ...kept(doc, "message tracking logs", valueAt(doc.document, "transport.messageTracking.maxAgeDays"), minimumDays(longest.retainYears), traceWhy, "transport.messageTracking.maxAgeDays"),
        ...kept(doc, "admin audit logs", valueAt(doc.document, "audit.adminAuditLog.ageLimitDays"), decided, why, "audit.adminAuditLog.ageLimitDays"),
        ...kept(doc, "mailbox audit logs", valueAt(doc.document, "audit.mailboxAudit.ageLimitDays"), decided, why, "audit.mailboxAudit.ageLimitDays"),
      ];
    }
    // Exchange Online: the unified audit log retention policies (source: learn-audit-log-retention-policies).
    const path = "settings.unifiedAuditLogRetentionPolicies";
    const policies = listAt(doc.document, path);
    if (!policies) return [missingFact(doc, path, "audit log retention")];
    const days = policies.map((p) => auditRetentionDays(p.RetentionDuration as AuditRetentionDuration) as number | undefined);
    if (days.some((d) => d === undefined)) return [undecided("an audit retention duration is not a known duration", at(doc, path))];
    return kept(doc, "audit records", Math.max(180, ...(days as number[])), decided, why, path);
  },
};
