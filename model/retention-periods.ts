// Decided periods in days: the ONE rule for "N years in days", used by the policies, both
// Exchange generators, the risk reasons and the tenant plan (a test refuses any other
// conversion). A decision to keep something N years is met only by at least ceil(N x 365.25)
// days: 365 a year plus a leap day for every started four years, so nothing goes before its
// decided time whatever the start date (Arkivlagen (1990:782) 10 §). Where a service accepts
// only fixed durations (Purview audit retention: TwelveMonths, ThreeYears, ...), the
// generator rounds up to the shortest duration whose years, in days by this rule, cover it.
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
