// Resource types that cost nothing by themselves; where data they send is billed, the
// receiving resource (the Log Analytics workspace) prices it.
import { freeEntry, type RegistryEntry } from "./entry";

const VNET = "azure-pricing-virtual-network";
const ARM = "learn-azure-resource-manager";
const MONITOR = "learn-monitor-diagnostic-settings";
const KEY_VAULT = "azure-pricing-key-vault";
const DCR = "learn-monitor-data-collection-rules";

export const FREE_ENTRIES: RegistryEntry[] = [
  freeEntry("azurerm_resource_group", "a management container; Azure Resource Manager does not bill it", ARM),
  freeEntry("azurerm_management_lock", "a Resource Manager setting, not billed", ARM),
  freeEntry("azurerm_role_assignment", "access control assignments are not billed", ARM),
  freeEntry("azurerm_user_assigned_identity", "managed identities are not billed", ARM),
  freeEntry("azurerm_virtual_network", "virtual networks are free; traffic that leaves them is billed", VNET),
  freeEntry("azurerm_subnet", "part of a virtual network, free", VNET),
  freeEntry("azurerm_network_security_group", "network security groups are free", VNET),
  freeEntry("azurerm_subnet_network_security_group_association", "an association, free", VNET),
  freeEntry("azurerm_network_interface", "network interfaces are free", VNET),
  freeEntry("azurerm_network_interface_security_group_association", "an association, free", VNET),
  freeEntry("azurerm_network_security_rule", "a rule of a free network security group", VNET),
  freeEntry("azurerm_key_vault", "the vault has no fixed fee; keys and operations are priced on azurerm_key_vault_key", KEY_VAULT),
  freeEntry("azurerm_key_vault_access_policy", "an access policy, free", KEY_VAULT),
  freeEntry("azurerm_monitor_aad_diagnostic_setting", "the setting is free; the Entra logs it sends are priced as ingestion on the Log Analytics workspace", MONITOR),
  freeEntry("azurerm_monitor_diagnostic_setting", "the setting is free; the logs it sends are priced on the receiving workspace", MONITOR),
  freeEntry("azurerm_monitor_data_collection_rule", "a data collection rule is free; the data it collects is priced as ingestion on the workspace", DCR),
  freeEntry("azurerm_monitor_data_collection_rule_association", "an association, free; the data is priced on the workspace", DCR),
  freeEntry("azurerm_log_analytics_workspace_table", "a table's longer retention is priced on its workspace, whose long-term retention runs to the longest table's", "learn-log-analytics-retention"),
  freeEntry("azurerm_storage_container", "a container; storage is priced on azurerm_storage_account", "azure-pricing-blob-storage"),
];
