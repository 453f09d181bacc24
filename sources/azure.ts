// Azure: the azurerm provider's validation rules, Arc-enabled SCVMM, Key Vault, Log Analytics, regions.
import type { SourceArea } from "./types";

export const azureSources = {
  "learn-arc-vm-extensions": {
    title: "Virtual machine extension management with Azure Arc-enabled servers",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/azure/azure-arc/servers/manage-vm-extensions",
    read: "2026-12-01",
    says: "Extensions such as the Azure Monitor agent and Custom Script run on Arc-enabled servers without a charge of their own; what they enable (Defender, ingested data) is billed.",
    primary: false,
  },
  "learn-azure-resource-manager": {
    title: "What is Azure Resource Manager?",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/azure/azure-resource-manager/management/overview",
    read: "2026-12-01",
    says: "Resource groups, locks, role assignments and managed identities are Resource Manager constructs without a charge of their own.",
    primary: false,
  },
  "learn-monitor-diagnostic-settings": {
    title: "Diagnostic settings in Azure Monitor",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings",
    read: "2026-12-01",
    says: "A diagnostic setting is free; the logs it sends are billed where they land (a Log Analytics workspace's ingestion).",
    primary: false,
  },
  "learn-monitor-data-collection-rules": {
    title: "Data collection rules in Azure Monitor",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/azure/azure-monitor/essentials/data-collection-rule-overview",
    read: "2026-12-01",
    says: "Data collection rules and their associations are free; the data they collect is billed as ingestion in the workspace.",
    primary: false,
  },
  "learn-log-analytics-retention": {
    title: "Manage data retention in a Log Analytics workspace",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure",
    read: "2026-12-01",
    says: "Tables can keep data longer than the workspace (total retention per table); retention beyond the included period is billed per GB a month.",
    primary: false,
  },
  "learn-sentinel-free-data-sources": {
    title: "Plan costs and understand Microsoft Sentinel pricing and billing: free data sources",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/azure/sentinel/billing#free-data-sources",
    read: "2026-12-01",
    says: "Office 365 audit logs (Exchange, SharePoint, Teams activity) are a free data source in Microsoft Sentinel.",
    primary: false,
  },
} satisfies SourceArea;
