// azurerm_log_analytics_workspace: ingestion and retention (source: monitoringcost-azure-monitor;
// catalog ids la_ingest, la_retention, la_longterm). Retention is priced at steady state (a full retention
// window of data), which overstates the first months.
import { say } from "../said";
import { numberValue, priceParts, type MonthlyPart, type RegistryEntry } from "./entry";
import { billableGBPerWorkspace } from "./log-volume";

const INCLUDED_RETENTION_DAYS = 31;
const DAYS_PER_MONTH = 30.4;

export const LOG_ANALYTICS_ENTRIES: RegistryEntry[] = [
  {
    type: "azurerm_log_analytics_workspace",
    price(resource, ctx, option) {
      const { gb, basis } = billableGBPerWorkspace(ctx, option);
      const retentionDays = numberValue(resource, "retention_in_days") ?? 30;
      // Tables may keep their data longer than the workspace (total retention per table); the
      // workspace's whole volume is priced to the longest of them, which errs on the high side.
      const tableRetentionDays = ctx.stackResources
        .filter((r) => r.type === "azurerm_log_analytics_workspace_table")
        .map((r) => numberValue(r, "total_retention_in_days") ?? 0);
      const totalRetentionDays = Math.max(retentionDays, numberValue(resource, "total_retention_in_days") ?? retentionDays, ...tableRetentionDays);
      const interactiveMonths = Math.max(0, retentionDays - INCLUDED_RETENTION_DAYS) / DAYS_PER_MONTH;
      const longTermMonths = (totalRetentionDays - Math.max(retentionDays, INCLUDED_RETENTION_DAYS)) / DAYS_PER_MONTH;
      const steadyState = say((m) => m.azure.steadyState);
      const parts: MonthlyPart[] = [{ part: "ingestion", description: say((m) => m.azure.ingestion), quantityPerMonth: gb, unit: "gbAMonth", prices: ["la_ingest"], notes: [basis] }];
      if (interactiveMonths > 0) {
        parts.push({
          part: "retention",
          description: say((m) => m.azure.retention(retentionDays, INCLUDED_RETENTION_DAYS)),
          quantityPerMonth: gb.map((g) => g * interactiveMonths),
          unit: "gbKept",
          prices: ["la_retention"],
          notes: [steadyState],
        });
      }
      if (longTermMonths > 0) {
        parts.push({
          part: "long-term-retention",
          description: say((m) => m.azure.longTerm(totalRetentionDays)),
          quantityPerMonth: gb.map((g) => g * longTermMonths),
          unit: "gbKept",
          prices: ["la_longterm"],
          notes: [steadyState],
        });
      }
      return priceParts(resource, ctx, option, parts);
    },
  },
];
