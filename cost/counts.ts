// Counts that change over the planning period: mailboxes grow by
// mailboxes.countGrowthPercentPerYear from year 2 on (year 1 = today's count).
import type { OrganizationFile } from "../model/schema";
import type { SizingResult } from "../model/sizing/sizing";

export function perYear(today: number, growthPercent: number, years: number): number[] {
  return Array.from({ length: years }, (_, i) => Math.ceil(today * (1 + growthPercent / 100) ** i - 1e-9));
}

export const staffPerYear = (org: OrganizationFile, years: number): number[] =>
  perYear(org.mailboxes.staff, org.mailboxes.countGrowthPercentPerYear, years);

/** Exchange servers of the on-prem design: mailbox servers in both rooms and Edge servers. */
export function exchangeServers(sizing: SizingResult): { mailbox: number; edge: number; total: number } {
  const mailbox = sizing.mailboxServers.total;
  const edge = sizing.edge.perRoom * 2;
  return { mailbox, edge, total: mailbox + edge };
}
