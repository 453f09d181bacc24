// Microsoft Sentinel on a workspace: the analytics tier price includes Log Analytics
// ingestion (source: headland-hybrid-log-ingestion), so onboarding adds the difference to the
// ingestion the workspace entry already prices. Office 365 audit logs are a free source.
import { say } from "../said";
import { freeEntry, priceParts, type RegistryEntry } from "./entry";
import { billableGBPerWorkspace } from "./log-volume";

export const SENTINEL_ENTRIES: RegistryEntry[] = [
  {
    type: "azurerm_sentinel_log_analytics_workspace_onboarding",
    price(resource, ctx, option) {
      const { gb, basis } = billableGBPerWorkspace(ctx, option);
      return priceParts(resource, ctx, option, [
        {
          part: "sentinel-uplift",
          description: say((m) => m.azure.sentinel),
          quantityPerMonth: gb,
          unit: "gbAMonth",
          prices: ["sentinel_analytics", "la_ingest"],
          unitPrice: (sek) => Math.max(0, sek.sentinel_analytics! - sek.la_ingest!),
          notes: [basis, say((m) => m.azure.sentinelNote)],
        },
      ]);
    },
  },
  freeEntry(
    "azurerm_sentinel_data_connector_office_365",
    say((m) => m.free.sentinelOffice),
    "learn-sentinel-free-data-sources",
  ),
];
