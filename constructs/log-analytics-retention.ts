// How long a Log Analytics workspace and its tables keep data, as values the azurerm provider
// accepts: a workspace keeps 30-730 days interactively (source: azurerm-4-55-log-analytics-workspace);
// a table's total retention is 4-730 days or a whole number of years from 1095 to 4383 days
// (source: azurerm-4-55-log-analytics-workspace-table). A decided period in between is rounded UP
// to the next accepted value, so nothing is deleted before its decided time. Both the on-prem
// monitoring workspace and the online audit workspace use this one mapping.
import { InputError } from "../model/input-error";
import { logDecisions, logRetentionDays, minimumDaysForYears } from "../model/retention-periods";
import type { OrganizationFile } from "../model/schema";

/** Audit data is kept at least a year (AZ-05, EXO-03's floor). */
export const MIN_AUDIT_RETENTION_DAYS = 365;
/** Interactive (analytics) retention of a workspace: 30-730 days. */
export const MAX_WORKSPACE_RETENTION_DAYS = 730;
/** Total retention above 730 days: whole years only, at most 12. */
export const LONG_TERM_RETENTION_DAYS = [1095, 1460, 1826, 2191, 2556, 2922, 3288, 3653, 4018, 4383] as const;

export interface LogAnalyticsRetention {
  /** retention_in_days of the workspace (and of a table). */
  workspaceDays: number;
  /** total_retention_in_days of the tables, when the period is longer than the workspace keeps. */
  tableTotalDays?: number;
}

/**
 * The retention settings that keep data at least `requiredDays` (and at least a year).
 * Throws a RangeError beyond 12 years, the longest a table keeps data.
 */
export function logAnalyticsRetention(requiredDays: number): LogAnalyticsRetention {
  const days = Math.max(MIN_AUDIT_RETENTION_DAYS, Math.ceil(requiredDays));
  if (days <= MAX_WORKSPACE_RETENTION_DAYS) return { workspaceDays: days };
  const total = LONG_TERM_RETENTION_DAYS.find((accepted) => accepted >= days);
  if (total === undefined) {
    throw new RangeError(`log retention received ${requiredDays} days; expected at most ${LONG_TERM_RETENTION_DAYS.at(-1)} (12 years, the Log Analytics limit)`);
  }
  return { workspaceDays: MAX_WORKSPACE_RETENTION_DAYS, tableTotalDays: total };
}

/**
 * The days an organization's logs must be kept (its audit retention or a longer decision on
 * logs), or an InputError naming the field that asks for more than 12 years.
 */
export function decidedLogRetentionDays(org: OrganizationFile): number {
  const required = logRetentionDays(org);
  if (required <= LONG_TERM_RETENTION_DAYS.at(-1)!) return required;
  const decisions = org.retention.deletionDecisions;
  const index = decisions.findIndex((decision) => logDecisions(org).includes(decision) && minimumDaysForYears(decision.retainYears) === required);
  const field = index >= 0 ? `retention.deletionDecisions.${index}.retainYears` : "retention.auditLogRetentionDays";
  const received = index >= 0 ? String(decisions[index]!.retainYears) : String(org.retention.auditLogRetentionDays);
  throw new InputError(field, received, `a period of at most 12 years (${LONG_TERM_RETENTION_DAYS.at(-1)} days), the longest a Log Analytics table keeps data`);
}
