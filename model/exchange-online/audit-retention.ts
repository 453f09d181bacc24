// Unified audit log retention: days from the organization file mapped to the fixed durations
// New-/Set-UnifiedAuditLogRetentionPolicy accept (source: cmdlet-new-unifiedauditlogretentionpolicy).
// EXO-03 asks for at least one year, so nothing shorter is ever chosen. Audit log retention
// policies are an Audit (Premium) feature, and TenYears needs the 10-Year Audit Log Retention
// add-on (source: learn-audit-log-retention-policies). A duration of N years keeps what N
// years are in days (model/retention-periods.ts), so an N-year decision is met by it.
import { minimumDaysForYears } from "../retention-periods";
import { AUDIT_RETENTION_DURATIONS, type AuditRetentionDuration, type ReportedAuditRetentionDuration } from "./settings";

export const MINIMUM_AUDIT_RETENTION_DAYS = 365;
export const MAXIMUM_AUDIT_RETENTION_YEARS = 10;

/** Days of every duration a tenant may report; only AUDIT_RETENTION_DURATIONS are ever chosen. */
const DAYS: Record<ReportedAuditRetentionDuration, number> = {
  SevenDays: 7,
  OneMonth: 30,
  ThreeMonths: 90,
  SixMonths: 180,
  NineMonths: 270,
  TwelveMonths: minimumDaysForYears(1),
  ThreeYears: minimumDaysForYears(3),
  FiveYears: minimumDaysForYears(5),
  SevenYears: minimumDaysForYears(7),
  TenYears: minimumDaysForYears(MAXIMUM_AUDIT_RETENTION_YEARS),
};

export const MAXIMUM_AUDIT_RETENTION_DAYS = DAYS.TenYears;

export function auditRetentionDays(duration: ReportedAuditRetentionDuration): number {
  return DAYS[duration];
}

/** The shortest duration that keeps audit records at least `days` (and at least a year). */
export function auditRetentionDuration(days: number): AuditRetentionDuration {
  const needed = Math.max(days, MINIMUM_AUDIT_RETENTION_DAYS);
  const match = AUDIT_RETENTION_DURATIONS.find((duration) => DAYS[duration] >= needed);
  if (!match) throw new RangeError(`audit retention of ${days} days exceeds the longest duration (TenYears)`);
  return match;
}
