// Azure: the azurerm provider's validation rules, Arc-enabled SCVMM, Key Vault, Log Analytics, regions.
import type { SourceArea } from "./types";

export const azureSources = {
  "azurerm-4-55-log-analytics-workspace-table": {
    title: "azurerm v4.55.0: log_analytics_workspace_table_resource.go (total_retention_in_days validation)",
    publisher: "HashiCorp (terraform-provider-azurerm)",
    url: "https://github.com/hashicorp/terraform-provider-azurerm/blob/v4.55.0/internal/services/loganalytics/log_analytics_workspace_table_resource.go",
    read: "2026-12-01",
    says: "A table's total retention is 4-730 days or one of 1095 ... 4383 days: Azure Monitor Logs keeps data at most 4,383 days (12 years).",
    primary: true,
  },
  "learn-graph-federated-identity-credential": {
    title: "federatedIdentityCredential resource type (Microsoft Graph v1.0)",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/graph/api/resources/federatedidentitycredential",
    read: "2026-12-01",
    says: "A federated credential's issuer, subject and audience are limited to 600 characters each; audiences accepts a single value; the name to 120 characters.",
    primary: true,
  },
  "learn-customer-key-set-up": {
    title: "Set up Customer Key",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/purview/customer-key-set-up",
    read: "2026-12-01",
    says: "Customer Key needs two paid Azure subscriptions, a Key Vault with a root key in each, so that one subscription's loss or compromise leaves the other key (the two-subscription step as recorded from the page's set-up steps; the excerpt read covered the prerequisites).",
    primary: false,
  },
  "azurerm-4-55-key-vault": {
    title: "azurerm v4.55.0: key_vault_resource.go (network_acls)",
    publisher: "HashiCorp (terraform-provider-azurerm)",
    url: "https://github.com/hashicorp/terraform-provider-azurerm/blob/v4.55.0/internal/services/keyvault/key_vault_resource.go",
    read: "2026-12-01",
    says: "network_acls takes default_action Allow or Deny and ip_rules, a set of IPv4 addresses or CIDR ranges that are let through a default Deny.",
    primary: true,
  },
} satisfies SourceArea;
