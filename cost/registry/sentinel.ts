// Microsoft Sentinel on a workspace: the analytics tier price includes Log Analytics
// ingestion (source: headland-hybrid-log-ingestion), so onboarding adds the difference to the
// ingestion the workspace entry already prices. Office 365 audit logs are a free source.
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
          description: "Sentinel analytics tier on top of Log Analytics ingestion",
          quantityPerMonth: gb,
          unit: "GB a month",
          prices: ["sentinel_analytics", "la_ingest"],
          unitPrice: (sek) => Math.max(0, sek.sentinel_analytics! - sek.la_ingest!),
          notes: [basis, "Sentinel price (including Log Analytics) less the ingestion priced on the workspace"],
        },
      ]);
    },
  },
  freeEntry(
    "azurerm_sentinel_data_connector_office_365",
    "Office 365 audit logs (Exchange, SharePoint, Teams) are a free data source in Sentinel",
    "learn-sentinel-free-data-sources",
  ),
];
