// The azurerm provider's rules (v4.55.0) for the Key Vaults, keys, private endpoints, Log
// Analytics, Sentinel, Entra diagnostic setting, storage, resource groups and role assignments
// both stacks emit. Each entry names the provider file the rule is read in.
import type { ProviderRule } from "./azurerm-check";
import { FILES, block, boolean, list, location, notEmpty, number, placed, required, resourceGroupName, resourceIdPattern, rules, string, tags } from "./azurerm-rules-common";

const KV = "internal/services/keyvault";
const LA = "internal/services/loganalytics";
const ST = "internal/services/storage/storage_account_resource.go";
const ST_SDK = "vendor/github.com/hashicorp/go-azure-sdk/resource-manager/storage/2023-05-01/storageaccounts/constants.go";
const PE = "internal/services/network/private_endpoint_resource.go";
const KEY_PERMISSIONS = ["Get", "List", "Update", "Create", "Import", "Delete", "Recover", "Backup", "Restore", "Decrypt", "Encrypt", "UnwrapKey", "WrapKey", "Verify", "Sign", "Purge", "Release", "Rotate", "GetRotationPolicy", "SetRotationPolicy"];
const PRIVATE_LINK_NAME = { kind: "pattern", pattern: /^([a-zA-Z\d])$|^([a-zA-Z\d])([a-zA-Z\d\-_.]{0,78})([a-zA-Z\d_])$/, what: "a private link name of 1-80 characters" } as const;
const LOG_ANALYTICS_NAME = { kind: "pattern", pattern: /^(?=.{4,63}$)[A-Za-z0-9][A-Za-z0-9-]+[A-Za-z0-9]$/, what: "4-63 letters, digits or -, not starting or ending with -" } as const;

export const SHARED_RULES: ProviderRule[] = [
  // Resource groups and role assignments.
  ...rules("azurerm_resource_group", FILES.resourceGroupName, "name", string, required),
  ...rules("azurerm_resource_group", FILES.resourceGroupValidate, "name", [{ kind: "pattern", pattern: /^(?=.{1,90}$)[-\w.()]*[-\w()]$/, what: "a resource group name" }, "rg."]),
  ...location("azurerm_resource_group"),
  ...rules("azurerm_role_assignment", "internal/services/authorization/role_assignment_resource.go", "scope", string, required),
  ...rules("azurerm_role_assignment", "internal/services/authorization/role_assignment_resource.go", "principal_id", string, required),
  ...rules("azurerm_role_assignment", "internal/services/authorization/role_assignment_resource.go", "role_definition_name", string, notEmpty, { kind: "exactly-one-of", of: ["role_definition_name", "role_definition_id"] }),

  // Key Vaults.
  ...rules("azurerm_key_vault", `${KV}/validate/vault_name.go`, "name", string, required, [{ kind: "pattern", pattern: /^[a-zA-Z0-9-]{3,24}$/, what: "3-24 letters, digits or -" }, "kv_with_underscore"]),
  ...placed("azurerm_key_vault"),
  ...rules("azurerm_key_vault", `${KV}/key_vault_resource.go`, "sku_name", string, required, { kind: "one-of", values: ["standard", "premium"] }),
  ...rules("azurerm_key_vault", `${KV}/key_vault_resource.go`, "tenant_id", string, required, { kind: "uuid" }),
  ...rules("azurerm_key_vault", `${KV}/key_vault_resource.go`, "soft_delete_retention_days", number, { kind: "int-range", min: 7, max: 90 }),
  ...rules("azurerm_key_vault", `${KV}/key_vault_resource.go`, "purge_protection_enabled", boolean),
  ...rules("azurerm_key_vault", `${KV}/key_vault_resource.go`, "public_network_access_enabled", boolean),
  ...rules("azurerm_key_vault", `${KV}/key_vault_resource.go`, "rbac_authorization_enabled", boolean),
  ...rules("azurerm_key_vault", `${KV}/key_vault_resource.go`, "network_acls", block, { kind: "items", max: 1 }),
  ...rules("azurerm_key_vault", `${KV}/key_vault_resource.go`, "network_acls.default_action", string, required, { kind: "one-of", values: ["Allow", "Deny"] }),
  ...rules("azurerm_key_vault", `${KV}/key_vault_resource.go`, "network_acls.bypass", string, required, { kind: "one-of", values: ["None", "AzureServices"] }),
  ...rules("azurerm_key_vault", `${KV}/key_vault_resource.go`, "network_acls.ip_rules", list, [{ kind: "ipv4-or-cidr" }, ["203.0.113.0/33"]]),
  ...rules("azurerm_key_vault_access_policy", `${KV}/key_vault_access_policy_resource.go`, "key_vault_id", string, required),
  ...rules("azurerm_key_vault_access_policy", `${KV}/key_vault_access_policy_resource.go`, "tenant_id", string, required, { kind: "uuid" }),
  ...rules("azurerm_key_vault_access_policy", `${KV}/key_vault_access_policy_resource.go`, "object_id", string, required, { kind: "uuid" }),
  ...rules("azurerm_key_vault_access_policy", `${KV}/access_policy_schema.go`, "key_permissions", list, { kind: "one-of", values: KEY_PERMISSIONS }),
  ...rules("azurerm_key_vault_key", `${KV}/validate/nested_item_name.go`, "name", string, required, [{ kind: "pattern", pattern: /^[0-9a-zA-Z-]+$/, what: "letters, digits and -" }, "key_one"]),
  ...rules("azurerm_key_vault_key", `${KV}/key_vault_key_resource.go`, "key_vault_id", string, required),
  ...rules("azurerm_key_vault_key", `${KV}/key_vault_key_resource.go`, "key_type", string, required, { kind: "one-of", values: ["EC", "EC-HSM", "RSA", "RSA-HSM"] }),
  ...rules("azurerm_key_vault_key", `${KV}/key_vault_key_resource.go`, "key_size", number, { kind: "conflicts-with", with: ["curve"] }),
  ...rules("azurerm_key_vault_key", `${KV}/key_vault_key_resource.go`, "key_opts", list, required, { kind: "one-of", values: ["decrypt", "encrypt", "sign", "unwrapKey", "verify", "wrapKey"] }),
  ...tags("azurerm_key_vault_key"),

  // Private endpoints of the vaults.
  ...rules("azurerm_private_endpoint", "internal/services/network/validate/private_link_name.go", "name", string, required, [PRIVATE_LINK_NAME, "pe-vault-"]),
  ...placed("azurerm_private_endpoint"),
  ...rules("azurerm_private_endpoint", PE, "subnet_id", string, required),
  ...rules("azurerm_private_endpoint", FILES.subnetId, "subnet_id", [
    { kind: "pattern", pattern: resourceIdPattern("Microsoft.Network", "virtualNetworks", "subnets"), what: "a subnet resource id" },
    "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/Subnets/s",
  ]),
  ...rules("azurerm_private_endpoint", PE, "private_service_connection", required, block, { kind: "items", max: 1 }),
  ...rules("azurerm_private_endpoint", PE, "private_service_connection.name", string, required, [PRIVATE_LINK_NAME, "psc-"]),
  ...rules("azurerm_private_endpoint", PE, "private_service_connection.is_manual_connection", boolean, required),
  ...rules("azurerm_private_endpoint", PE, "private_service_connection.private_connection_resource_id", string, {
    kind: "exactly-one-of",
    of: ["private_connection_resource_alias", "private_connection_resource_id"],
  }),
  ...rules("azurerm_private_endpoint", "internal/services/network/validate/private_link_subresource_name.go", "private_service_connection.subresource_names", list, [
    { kind: "pattern", pattern: /^([a-zA-Z0-9])([\w.-]{1,61})([a-zA-Z0-9])$/, what: "a subresource name of 3-63 characters" },
    ["v"],
  ]),
  ...rules("azurerm_private_endpoint", PE, "private_dns_zone_group", block, { kind: "items", max: 1 }),
  ...rules("azurerm_private_endpoint", PE, "private_dns_zone_group.name", string, required, [PRIVATE_LINK_NAME, "-zones"]),
  ...rules("azurerm_private_endpoint", PE, "private_dns_zone_group.private_dns_zone_ids", list, required, [
    { kind: "pattern", pattern: resourceIdPattern("Microsoft.Network", "privateDnsZones"), what: "a private DNS zone resource id" },
    ["/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/privatednszones/z"],
  ]),

  // Log Analytics.
  ...rules("azurerm_log_analytics_workspace", `${LA}/validate/log_analytics_workspace_name.go`, "name", string, required, [LOG_ANALYTICS_NAME, "log-"]),
  ...placed("azurerm_log_analytics_workspace"),
  ...rules("azurerm_log_analytics_workspace", `${LA}/log_analytics_workspace_resource.go`, "sku", string, {
    kind: "one-of",
    values: ["PerGB2018", "PerNode", "Premium", "Standalone", "Standard", "CapacityReservation", "LACluster", "Unlimited"],
  }),
  ...rules("azurerm_log_analytics_workspace", `${LA}/log_analytics_workspace_resource.go`, "retention_in_days", number, { kind: "int-range", min: 30, max: 730 }),
  ...rules("azurerm_log_analytics_workspace", `${LA}/log_analytics_workspace_resource.go`, "local_authentication_enabled", boolean),
  ...rules("azurerm_log_analytics_workspace_table", `${LA}/log_analytics_workspace_table_resource.go`, "name", string, required),
  ...rules("azurerm_log_analytics_workspace_table", `${LA}/log_analytics_workspace_table_resource.go`, "workspace_id", string, required),
  ...rules("azurerm_log_analytics_workspace_table", `${LA}/log_analytics_workspace_table_resource.go`, "retention_in_days", number, { kind: "int-range", min: 4, max: 730 }),
  ...rules("azurerm_log_analytics_workspace_table", `${LA}/log_analytics_workspace_table_resource.go`, "total_retention_in_days", number, [
    { kind: "int-range", min: 4, max: 730, also: [1095, 1460, 1826, 2191, 2556, 2922, 3288, 3653, 4018, 4383] },
    731,
  ]),
  ...rules("azurerm_log_analytics_data_export_rule", `${LA}/validate/internal.go`, "name", string, required, [LOG_ANALYTICS_NAME, "exp"]),
  ...resourceGroupName("azurerm_log_analytics_data_export_rule"),
  ...rules("azurerm_log_analytics_data_export_rule", `${LA}/log_analytics_data_export_rule_resource.go`, "workspace_resource_id", string, required),
  ...rules("azurerm_log_analytics_data_export_rule", `${LA}/log_analytics_data_export_rule_resource.go`, "destination_resource_id", string, required),
  ...rules("azurerm_log_analytics_data_export_rule", `${LA}/log_analytics_data_export_rule_resource.go`, "table_names", list, required, { kind: "items", min: 1 }, notEmpty),
  ...rules("azurerm_log_analytics_data_export_rule", `${LA}/log_analytics_data_export_rule_resource.go`, "enabled", boolean),

  // Sentinel and the Entra ID diagnostic setting.
  ...rules("azurerm_sentinel_log_analytics_workspace_onboarding", "internal/services/sentinel/sentinel_log_analytics_workspace_onboarding_resource.go", "workspace_id", string, required),
  ...rules("azurerm_sentinel_data_connector_office_365", "internal/services/sentinel/sentinel_data_connector_office_365_resource.go", "name", string, required, notEmpty),
  ...rules("azurerm_sentinel_data_connector_office_365", "internal/services/sentinel/sentinel_data_connector_office_365_resource.go", "log_analytics_workspace_id", string, required),
  ...["exchange_enabled", "sharepoint_enabled", "teams_enabled"].flatMap((name) => rules("azurerm_sentinel_data_connector_office_365", "internal/services/sentinel/sentinel_data_connector_office_365_resource.go", name, boolean)),
  ...rules("azurerm_sentinel_data_connector_office_365", "internal/services/sentinel/sentinel_data_connector_office_365_resource.go", "exchange_enabled", {
    kind: "custom",
    what: "one of exchange_enabled, sharepoint_enabled and teams_enabled is true (each defaults to true)",
    test: (b) => (["exchange_enabled", "sharepoint_enabled", "teams_enabled"].every((name) => b[name] === false) ? "exchange_enabled, sharepoint_enabled and teams_enabled are all false" : undefined),
    plant: (b) => Object.assign(b, { exchange_enabled: false, sharepoint_enabled: false, teams_enabled: false }),
  }),
  ...rules("azurerm_monitor_aad_diagnostic_setting", "internal/services/monitor/validate/monitor_diagnostic_setting.go", "name", string, required, { kind: "length", min: 1, max: 260 }, { kind: "excludes", characters: "<>*%&:\\?+/" }),
  ...rules("azurerm_monitor_aad_diagnostic_setting", "internal/services/monitor/monitor_aad_diagnostic_setting_resource.go", "log_analytics_workspace_id", string, {
    kind: "at-least-one-of",
    of: ["eventhub_authorization_rule_id", "log_analytics_workspace_id", "storage_account_id"],
  }),
  ...rules("azurerm_monitor_aad_diagnostic_setting", "internal/services/monitor/monitor_aad_diagnostic_setting_resource.go", "enabled_log", block),
  ...rules("azurerm_monitor_aad_diagnostic_setting", "internal/services/monitor/monitor_aad_diagnostic_setting_resource.go", "enabled_log.category", string, required),

  // The audit archive storage account.
  ...rules("azurerm_storage_account", "internal/services/storage/validate/storage_account_name.go", "name", string, required, [{ kind: "pattern", pattern: /^[a-z0-9]{3,24}$/, what: "3-24 lower-case letters and digits" }, "St-Audit"]),
  ...placed("azurerm_storage_account"),
  ...rules("azurerm_storage_account", ST_SDK, "account_kind", string, { kind: "one-of", values: ["BlobStorage", "BlockBlobStorage", "FileStorage", "Storage", "StorageV2"] }),
  ...rules("azurerm_storage_account", ST_SDK, "account_tier", string, required, { kind: "one-of", values: ["Premium", "Standard"] }),
  ...rules("azurerm_storage_account", ST, "account_replication_type", string, required, { kind: "one-of", values: ["LRS", "ZRS", "GRS", "RAGRS", "GZRS", "RAGZRS"] }),
  ...rules("azurerm_storage_account", ST, "min_tls_version", string, { kind: "one-of", values: ["TLS1_2"] }),
  ...["https_traffic_only_enabled", "allow_nested_items_to_be_public", "shared_access_key_enabled", "default_to_oauth_authentication"].flatMap((name) => rules("azurerm_storage_account", ST, name, boolean)),
  ...rules("azurerm_storage_account", ST, "network_rules", block, { kind: "items", max: 1 }),
  ...rules("azurerm_storage_account", ST_SDK, "network_rules.default_action", string, required, { kind: "one-of", values: ["Allow", "Deny"] }),
  ...rules("azurerm_storage_account", ST_SDK, "network_rules.bypass", list, { kind: "one-of", values: ["AzureServices", "Logging", "Metrics", "None"] }),
  ...rules("azurerm_storage_account", ST, "blob_properties", block, { kind: "items", max: 1 }),
  ...rules("azurerm_storage_account", ST, "blob_properties.versioning_enabled", boolean),
  ...rules("azurerm_storage_account", ST, "blob_properties.delete_retention_policy.days", number, { kind: "int-range", min: 1, max: 365 }),
  ...rules("azurerm_storage_account", ST, "blob_properties.container_delete_retention_policy.days", number, { kind: "int-range", min: 1, max: 365 }),
  // No storage account is planned with the data plane on behind a firewall the runner cannot pass.
  ...rules("provider.azurerm", FILES.features, "features.storage", {
    kind: "custom",
    what: "the storage data plane is off (data_plane_available = false)",
    test: (b) => ([b.features].flat()[0]?.storage?.[0]?.data_plane_available === false ? undefined : "features.storage.data_plane_available is not false: reading a storage account behind a default-deny firewall calls its data plane and fails with 403"),
    plant: (b) => ([b.features].flat()[0].storage = [{ data_plane_available: true }]),
  }),
];

