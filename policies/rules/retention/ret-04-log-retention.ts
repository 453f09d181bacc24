import { auditRetentionDays } from "../../../model/exchange-online/audit-retention";
import { say, type Words } from "../../say";
import type { AuditRetentionDuration } from "../../../model/exchange-online/settings";
import { atOrg, fail, undecided, warn } from "../../outcome";
import type { Outcome, Rule } from "../../types";
import { at, listAt, missingFact, optionDocument, valueAt, type OptionDocument } from "../exchange/documents";
import { logDecisions, minimumDays } from "./deletion-decisions";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

/** Exchange Online searches message trace 90 days back (source: learn-exo-message-trace). */
export const EXO_MESSAGE_TRACE_DAYS = 90;

/**
 * A log kept `days` must be kept at least `least` days. Message trace (who sent what to whom)
 * is the log the decision on logs names, so keeping it too short blocks; the audit logs warn.
 */
function kept(doc: OptionDocument, what: Words, days: unknown, least: number, why: Words, path: string, blocks = false): Outcome[] {
  const lowered = (outcome: Outcome): Outcome => (blocks ? outcome : { ...outcome, severity: "warning" });
  if (typeof days !== "number" || !Number.isFinite(days)) return [lowered(undecided(say((m, lang) => m.ret04.unknownKept(what(m, lang))), at(doc, path)))];
  return days >= least ? [] : [lowered(fail(say((m, lang) => m.ret04.keptTooShort(what(m, lang), days, why(m, lang), least)), at(doc, path)))];
}

export const ret04: Rule = {
  id: "RET-04",
  title: RULE_TEXTS.ret04.title,
  severity: "error",
  appliesTo: "both",
  basis: "RÅ 1998 ref. 44 (e-mail logs are public records); Arkivlagen (1990:782) 10 §",
  sources: ["rkrattsbaser-arkivlag", "lagen-ra-1998-ref-44", "learn-exo-message-trace"],
  remediation: RULE_TEXTS.ret04.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.ret04.subject);
    if ("missing" in doc) return [{ ...doc.missing, severity: "warning" }];
    const decisions = logDecisions(input.org);
    // Without a decision logs may not be deleted at all, which no log store here promises.
    if (decisions.length === 0) return [warn(say((m) => m.ret04.noDecision), atOrg("retention.deletionDecisions"))];
    const longest = decisions.reduce((a, b) => (minimumDays(b.retainYears) > minimumDays(a.retainYears) ? b : a));
    const decided = Math.max(minimumDays(longest.retainYears), input.org.retention.auditLogRetentionDays);
    const why: Words = (m) => m.ret04.why(longest.id, longest.retainYears, input.org.retention.auditLogRetentionDays);
    const traceWhy: Words = (m) => m.ret04.traceWhy(longest.id, longest.retainYears);
    if (doc.option === "onprem") {
      return [
        ...kept(doc, (m) => m.ret04.log.messageTracking, valueAt(doc.document, "transport.messageTracking.maxAgeDays"), minimumDays(longest.retainYears), traceWhy, "transport.messageTracking.maxAgeDays", true),
        ...kept(doc, (m) => m.ret04.log.adminAudit, valueAt(doc.document, "audit.adminAuditLog.ageLimitDays"), decided, why, "audit.adminAuditLog.ageLimitDays"),
        ...kept(doc, (m) => m.ret04.log.mailboxAudit, valueAt(doc.document, "audit.mailboxAudit.ageLimitDays"), decided, why, "audit.mailboxAudit.ageLimitDays"),
      ];
    }
    // Exchange Online: message trace is searchable 90 days unless the organization exports it.
    const traceDays = input.org.online.messageTraceExport?.retainDays ?? EXO_MESSAGE_TRACE_DAYS;
    const trace = kept(doc, (m) => m.ret04.log.messageTrace, traceDays, minimumDays(longest.retainYears), traceWhy, "online.messageTraceExport", true).map((o) => ({ ...o, location: atOrg("online.messageTraceExport") }));
    // The unified audit log retention policies (source: learn-audit-log-retention-policies).
    const path = "settings.unifiedAuditLogRetentionPolicies";
    const policies = listAt(doc.document, path);
    if (!policies) return [...trace, { ...missingFact(doc, path, (m) => m.ret04.auditRetention), severity: "warning" }];
    const days = policies.map((p) => auditRetentionDays(p.RetentionDuration as AuditRetentionDuration) as number | undefined);
    if (days.some((d) => d === undefined)) return [...trace, { ...undecided(say((m) => m.ret04.unknownDuration), at(doc, path)), severity: "warning" }];
    return [...trace, ...kept(doc, (m) => m.ret04.log.auditRecords, Math.max(180, ...(days as number[])), decided, why, path)];
  },
};
