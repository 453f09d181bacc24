// Resource types that cost nothing by themselves; where data they send is billed, the
// receiving resource (the Log Analytics workspace) prices it.
import { say } from "../said";
import { freeEntry, type RegistryEntry } from "./entry";

const VNET = "azure-pricing-virtual-network";
const ARM = "learn-azure-resource-manager";
const MONITOR = "learn-monitor-diagnostic-settings";
const KEY_VAULT = "azure-pricing-key-vault";
const DCR = "learn-monitor-data-collection-rules";

export const FREE_ENTRIES: RegistryEntry[] = [
  freeEntry("azurerm_resource_group", say((m) => m.free.resourceGroup), ARM),
  freeEntry("azurerm_management_lock", say((m) => m.free.managementLock), ARM),
  freeEntry("azurerm_role_assignment", say((m) => m.free.roleAssignment), ARM),
  freeEntry("azurerm_user_assigned_identity", say((m) => m.free.identity), ARM),
  freeEntry("azurerm_virtual_network", say((m) => m.free.virtualNetwork), VNET),
  freeEntry("azurerm_subnet", say((m) => m.free.subnet), VNET),
  freeEntry("azurerm_network_security_group", say((m) => m.free.nsg), VNET),
  freeEntry("azurerm_subnet_network_security_group_association", say((m) => m.free.association), VNET),
  freeEntry("azurerm_network_interface", say((m) => m.free.nic), VNET),
  freeEntry("azurerm_network_interface_security_group_association", say((m) => m.free.association), VNET),
  freeEntry("azurerm_network_security_rule", say((m) => m.free.nsgRule), VNET),
  freeEntry("azurerm_key_vault", say((m) => m.free.keyVault), KEY_VAULT),
  freeEntry("azurerm_key_vault_access_policy", say((m) => m.free.accessPolicy), KEY_VAULT),
  freeEntry("azurerm_key_vault_secret", say((m) => m.free.keyVaultSecret), KEY_VAULT),
  freeEntry("random_password", say((m) => m.free.generatedPassword), "terraform-random-3-7-password"),
  freeEntry("azurerm_monitor_aad_diagnostic_setting", say((m) => m.free.entraDiagnostics), MONITOR),
  freeEntry("azurerm_monitor_diagnostic_setting", say((m) => m.free.diagnostics), MONITOR),
  freeEntry("azurerm_monitor_data_collection_rule", say((m) => m.free.dcr), DCR),
  freeEntry("azurerm_monitor_data_collection_rule_association", say((m) => m.free.dcrAssociation), DCR),
  freeEntry("azurerm_log_analytics_workspace_table", say((m) => m.free.workspaceTable), "learn-log-analytics-retention"),
  freeEntry("azurerm_storage_container", say((m) => m.free.storageContainer), "azure-pricing-blob-storage"),
];
