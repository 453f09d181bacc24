// Unified audit log retention: days from the organization file mapped to the fixed
// durations that New-UnifiedAuditLogRetentionPolicy and M365DSC's
// SCUnifiedAuditLogRetentionPolicy accept; a duration of N years keeps what N years are in days
// (model/retention-periods.ts), so a 3-year decision is met by ThreeYears. EXO-03 and
// MS.SECURITYSUITE.5.2 ask for at least one year, so nothing shorter is ever chosen.
import { minimumDaysForYears } from "../retention-periods";
import { AUDIT_RETENTION_DURATIONS, type AuditRetentionDuration } from "./settings";

export const MINIMUM_AUDIT_RETENTION_DAYS = 365;
export const MAXIMUM_AUDIT_RETENTION_YEARS = 10;

const DAYS: Record<AuditRetentionDuration, number> = {
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

export function auditRetentionDays(duration: AuditRetentionDuration): number {
  return DAYS[duration];
}

/** The shortest duration that keeps audit records at least `days` (and at least a year). */
export function auditRetentionDuration(days: number): AuditRetentionDuration {
  const needed = Math.max(days, MINIMUM_AUDIT_RETENTION_DAYS);
  const match = AUDIT_RETENTION_DURATIONS.find((duration) => DAYS[duration] >= needed);
  if (!match) throw new RangeError(`audit retention of ${days} days exceeds the longest duration (TenYears)`);
  return match;
}
