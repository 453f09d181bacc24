// Nothing lost: the planner's calls that would remove or shorten a retention policy or rule,
// a hold (a Keep rule is what keeps a leaver's mailbox inactive instead of deleted) or an
// audit setting. Such calls are refused unless the user says --allow-destructive, and then
// each loss is listed. Records the municipality must keep (arkivlagen, gallringsbeslut) and
// audit trails (NIS2 traceability) cannot be recreated once purged (sources: rkrattsbaser-arkivlag,
// eurlex-nis2).
// Losses are found by comparing the desired item with the current one, field by field, the
// same way the planner matches them; `cmdlet` + `identity` name the call that carries a loss.
import { SECTION_SPECS, itemsOf, type CmdletCall, type CmdletValue, type Item } from "./cmdlets";
import { auditRetentionDays } from "./audit-retention";
import { REPORTED_AUDIT_RETENTION_DURATIONS, type ReportedAuditRetentionDuration, type SettingsSection, type TenantSettings } from "./settings";

export interface Loss {
  section: SettingsSection;
  /** The item's name (-Identity); absent for the tenant-wide singleton settings. */
  identity?: string;
  /** The cmdlet of the call that makes the change. */
  cmdlet: string;
  field: string;
  from: CmdletValue | undefined;
  to: CmdletValue;
  /** What would be lost, in words. */
  what: string;
}

type FieldCheck = (from: CmdletValue | undefined, to: CmdletValue) => string | undefined;

const days = (value: CmdletValue | undefined): number => (value === "Unlimited" ? Infinity : Number(value));
const keeps = (action: CmdletValue | undefined) => action === "Keep" || action === "KeepAndDelete";
const deletes = (action: CmdletValue | undefined) => action === "Delete" || action === "KeepAndDelete";

/** Per guarded section, per field: a description of the loss, or undefined when nothing is lost. */
const CHECKS: Partial<Record<SettingsSection, Record<string, FieldCheck>>> = {
  organizationConfig: {
    // Unknown current state counts as "auditing on": switching it off is never silent.
    AuditDisabled: (from, to) => (to === true && from !== true ? "mailbox auditing would be switched off for the whole organization" : undefined),
  },
  adminAuditLogConfig: {
    UnifiedAuditLogIngestionEnabled: (from, to) => (to === false && from !== false ? "the unified audit log would stop recording" : undefined),
  },
  unifiedAuditLogRetentionPolicies: {
    RetentionDuration: (from, to) => {
      const known = (value: CmdletValue | undefined): value is ReportedAuditRetentionDuration => REPORTED_AUDIT_RETENTION_DURATIONS.includes(value as never);
      return known(from) && known(to) && auditRetentionDays(to) < auditRetentionDays(from) ? `audit records would be kept ${String(to)} instead of ${String(from)}` : undefined;
    },
  },
  retentionCompliancePolicies: {
    Enabled: (from, to) => (to === false && from !== false ? "the retention policy would be disabled: nothing it retains is held any longer" : undefined),
    ExchangeLocation: (from, to) => {
      const wanted = (to as string[]).map((location) => location.toLowerCase());
      const removed = ((from as string[] | undefined) ?? []).filter((location) => !wanted.includes(location.toLowerCase()));
      return removed.length ? `the retention policy would stop covering ${removed.join(", ")}` : undefined;
    },
  },
  retentionComplianceRules: {
    RetentionDuration: (from, to) =>
      from !== undefined && days(to) < days(from) ? `content would be kept ${String(to)} days instead of ${from === "Unlimited" ? "without limit" : `${String(from)} days`}` : undefined,
    RetentionComplianceAction: (from, to) =>
      (keeps(from) && !keeps(to)) || (!deletes(from) && deletes(to)) ? `the rule would change from ${String(from)} to ${String(to)}: content it keeps could be deleted` : undefined,
    ExpirationDateOption: (from, to) =>
      from === "ModificationAgeInDays" && to === "CreationAgeInDays" ? "retention would count from creation instead of the last change, which ends it sooner" : undefined,
    // From "" (all mail) to a query, or from one query to another: mail outside the new query
    // is no longer retained. Which mail that is cannot be known offline, so it counts as a loss.
    ContentMatchQuery: (from, to) =>
      from !== undefined && to !== "" && from !== to ? `the rule would cover only mail matching ${JSON.stringify(to)} instead of ${from === "" ? "all mail" : JSON.stringify(from)}` : undefined,
  },
};

/** Every loss the plan from `current` to `desired` would cause. */
export function findLosses(desired: TenantSettings, current: TenantSettings): Loss[] {
  const losses: Loss[] = [];
  for (const spec of SECTION_SPECS) {
    const checks = CHECKS[spec.section];
    if (!checks) continue;
    const present = itemsOf(current, spec);
    for (const item of itemsOf(desired, spec) ?? []) {
      const identity = spec.key ? String(item[spec.key]) : undefined;
      const existing: Item | undefined = spec.singleton
        ? present?.[0]
        : present?.find((candidate) => String(candidate[spec.key!]).toLowerCase() === identity!.toLowerCase());
      // A new item removes nothing; a singleton the snapshot lacks is compared with "unknown".
      if (!existing && !spec.singleton) continue;
      for (const [field, check] of Object.entries(checks)) {
        if (!(field in item)) continue;
        const from = existing?.[field];
        const to = item[field]!;
        const what = check(from, to);
        if (what) losses.push({ section: spec.section, ...(identity === undefined ? {} : { identity }), cmdlet: spec.set, field, from, to, what });
      }
    }
  }
  return losses;
}

/** Whether this call carries one of the losses (same cmdlet, same -Identity). */
export function carriesLoss(call: CmdletCall, losses: readonly Loss[]): boolean {
  return losses.some((loss) => loss.cmdlet === call.cmdlet && lower(call.parameters.Identity) === lower(loss.identity));
}

const lower = (value: CmdletValue | undefined) => (value === undefined ? undefined : String(value).toLowerCase());

/** One line per loss: which item, which field, from what to what, and what is lost. */
export function describeLoss(loss: Loss): string {
  const item = loss.identity === undefined ? loss.section : `${loss.section} "${loss.identity}"`;
  return `${loss.cmdlet} ${item}: ${loss.field} ${JSON.stringify(loss.from ?? null)} -> ${JSON.stringify(loss.to)}: ${loss.what}`;
}

/** Apply refuses to send anything while a loss is not allowed. */
export class DestructiveChangeError extends Error {
  constructor(readonly losses: Loss[]) {
    super(
      `refused: ${losses.length} change(s) would remove or shorten retention, holds or auditing (rerun with --allow-destructive, or allowDestructive, to make them):\n${losses.map((loss) => `  - ${describeLoss(loss)}`).join("\n")}`,
    );
    this.name = "DestructiveChangeError";
  }
}
