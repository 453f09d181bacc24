// Decided periods in days, one rule for every generator and policy. A decision to keep
// something N years is met only by at least ceil(N x 365.25) days: 365 a year plus a leap day
// for every started four years, so nothing goes before its decided time whatever the start
// date (Arkivlagen 10 §; ../shared/reference/legal-se.md §5).
import type { OrganizationFile } from "./schema";

export type DeletionDecision = OrganizationFile["retention"]["deletionDecisions"][number];

export function minimumDaysForYears(years: number): number {
  return Math.ceil(years * 365.25);
}

/** Decisions about logs: how long message-trace and audit logs must at least be kept (RÅ 1998 ref. 44). */
export function logDecisions(org: OrganizationFile): DeletionDecision[] {
  return org.retention.deletionDecisions.filter((decision) => decision.appliesTo === "logs");
}

/** How long logs must be kept: the audit retention asked for, or longer where a decision on logs says so. */
export function logRetentionDays(org: OrganizationFile): number {
  return Math.max(org.retention.auditLogRetentionDays, ...logDecisions(org).map((decision) => minimumDaysForYears(decision.retainYears)));
}
