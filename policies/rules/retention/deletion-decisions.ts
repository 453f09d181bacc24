// The organization's deletion decisions (gallringsbeslut) as the retention rules read them.
// Arkivlagen 10 §: records are deleted only under a decision, never earlier than it allows
// (legal-se.md §5).
import type { OrganizationFile } from "../../../model/schema";

/**
 * The fewest days that are always at least `years` calendar years: 365 a year plus one leap
 * day for every started four years (ceil(years × 365.25)). Deleting after fewer days can delete
 * a record before its decided time has passed.
 */
export function minimumDays(years: number): number {
  return Math.ceil(years * 365.25);
}

export type DeletionDecision = OrganizationFile["retention"]["deletionDecisions"][number];

export function decisionById(org: OrganizationFile, id: unknown): DeletionDecision | undefined {
  return org.retention.deletionDecisions.find((decision) => decision.id === id);
}

/** Decisions about logs: how long message-trace and audit logs must at least be kept (RÅ 1998 ref. 44). */
export function logDecisions(org: OrganizationFile): DeletionDecision[] {
  return org.retention.deletionDecisions.filter((decision) => decision.appliesTo === "logs");
}
