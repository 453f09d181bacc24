// azurerm_log_analytics_workspace: ingestion and retention (source: monitoringcost-azure-monitor;
// catalog ids la_ingest, la_retention, la_longterm). Retention is priced at steady state (a full retention
// window of data), which overstates the first months.
import { numberValue, priceParts, type RegistryEntry } from "./entry";
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
      const parts = [
        { part: "ingestion", description: "Log Analytics ingestion (Analytics Logs)", quantityPerMonth: gb, unit: "GB a month", prices: ["la_ingest"], notes: [basis] },
      ];
      if (interactiveMonths > 0) {
        parts.push({
          part: "retention",
          description: `Interactive retention ${retentionDays} days (beyond ${INCLUDED_RETENTION_DAYS} included)`,
          quantityPerMonth: gb.map((g) => g * interactiveMonths),
          unit: "GB kept a month",
          prices: ["la_retention"],
          notes: ["steady state: a full retention window of data"],
        });
      }
      if (longTermMonths > 0) {
        parts.push({
          part: "long-term-retention",
          description: `Long-term retention to ${totalRetentionDays} days`,
          quantityPerMonth: gb.map((g) => g * longTermMonths),
          unit: "GB kept a month",
          prices: ["la_longterm"],
          notes: ["steady state: a full retention window of data"],
        });
      }
      return priceParts(resource, ctx, option, parts);
    },
  },
];
