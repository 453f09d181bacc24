import { logRetentionDays } from "../../../model/retention-periods";
import { fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { at, isUnresolved, ofType, planDeletes } from "./resources";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

/** What carries audit data into the workspaces: losing one silently ends an audit trail. */
export const AUDIT_FEED_TYPES = [
  "azurerm_monitor_aad_diagnostic_setting",
  "azurerm_sentinel_data_connector_office_365",
  "azurerm_sentinel_log_analytics_workspace_onboarding",
  "azurerm_log_analytics_workspace_table",
  "azurerm_monitor_data_collection_rule",
  "azurerm_monitor_data_collection_rule_association",
  "azurerm_monitor_diagnostic_setting",
];

/** Interactive retention of a workspace is at most 730 days; longer decisions live in its tables. */
const MAX_WORKSPACE_DAYS = 730;
const MIN_AUDIT_DAYS = 365;
const RETENTION_KEYS = ["retention_in_days", "total_retention_in_days"];

export const az05: Rule = {
  id: "AZ-05",
  title: RULE_TEXTS.az05.title,
  severity: "error",
  appliesTo: "both",
  basis: "RÅ 1998 ref. 44 (logs are public records); GDPR art. 32; NIS2 art. 21(2)(b)",
  sources: ["eurlex-gdpr", "eurlex-nis2", "lagen-ra-1998-ref-44"],
  remediation: RULE_TEXTS.az05.remediation,
  check: ({ resources, org }) => {
    const required = Math.max(MIN_AUDIT_DAYS, Math.min(MAX_WORKSPACE_DAYS, logRetentionDays(org)));
    const outcomes: Outcome[] = ofType(resources, "azurerm_log_analytics_workspace").flatMap((workspace) => {
      const days = workspace.values.retention_in_days;
      if (isUnresolved(days)) return [undecided(say((m) => m.az05.unknown(workspace.address)), at(workspace))];
      return typeof days === "number" && days >= required
        ? []
        : [fail(say((m) => m.az05.tooShort(workspace.address, days === undefined || days === null ? undefined : String(days), required)), at(workspace))];
    });
    for (const r of resources) {
      if (AUDIT_FEED_TYPES.includes(r.type) && planDeletes(r) && !r.actions!.includes("create")) outcomes.push(fail(say((m) => m.az05.feedRemoved(r.address)), at(r)));
      for (const key of RETENTION_KEYS) {
        const [before, after] = [r.before?.[key], r.values[key]];
        if (typeof before === "number" && typeof after === "number" && after < before) outcomes.push(fail(say((m) => m.az05.shortened(r.address, before, after)), at(r)));
      }
    }
    return outcomes;
  },
};
