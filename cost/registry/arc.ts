// Azure Arc and Arc-enabled SCVMM: the control plane is free (source: learn-caf-arc-cost-governance;
// Arc-enabled SCVMM by inference, as part of it). What the on-prem VMs cost (hosts,
// licences, power, people) comes from the model-derived components, not from these.
// Extensions are free agents; Defender for Servers is billed per server through its plan.
import { say, type Said } from "../said";
import { constant, freeEntry, freeItem, priceParts, stringValue, unpricedResource, type RegistryEntry } from "./entry";
import { emptyPriced } from "../types";

const ARC = "learn-caf-arc-cost-governance";
const CONTROL_PLANE = say((m) => m.free.arcControlPlane);

/** Extension types that are free agents; what they send or enable is priced elsewhere. */
const FREE_EXTENSIONS: Record<string, Said> = {
  AzureMonitorWindowsAgent: say((m) => m.free.monitoringAgent),
  AzureMonitorLinuxAgent: say((m) => m.free.monitoringAgent),
  CustomScriptExtension: say((m) => m.free.customScript),
  KeyVaultForWindows: say((m) => m.free.keyVaultAgent),
  DependencyAgentWindows: say((m) => m.free.dependencyAgent),
  WindowsOpenSSH: say((m) => m.free.free),
};
const DEFENDER_EXTENSION = "MDE.Windows";
const EXTENSIONS = "learn-arc-vm-extensions";

const SCVMM_TYPES = [
  "azurerm_system_center_virtual_machine_manager_server",
  "azurerm_system_center_virtual_machine_manager_cloud",
  "azurerm_system_center_virtual_machine_manager_virtual_network",
  "azurerm_system_center_virtual_machine_manager_availability_set",
  "azurerm_system_center_virtual_machine_manager_virtual_machine_template",
  "azurerm_system_center_virtual_machine_manager_inventory_items",
  "azurerm_system_center_virtual_machine_manager_virtual_machine_instance",
  "azurerm_system_center_virtual_machine_manager_virtual_machine_instance_guest_agent",
];

export const ARC_ENTRIES: RegistryEntry[] = [
  freeEntry("azurerm_arc_machine", CONTROL_PLANE, ARC),
  freeEntry("azurerm_arc_resource_bridge_appliance", say((m) => m.free.arcBridge), ARC),
  freeEntry("azurerm_extended_custom_location", say((m) => m.free.customLocation), ARC),
  ...SCVMM_TYPES.map((type) => freeEntry(type, CONTROL_PLANE, ARC)),
  extensionEntry("azurerm_arc_machine_extension"),
  extensionEntry("azurerm_virtual_machine_extension"),
];

/** VM and Arc machine extensions: free agents by type; Defender onboarding through its plan; unknown types unpriced. */
function extensionEntry(type: string): RegistryEntry {
  return {
    type,
    price(resource, ctx, option) {
      const kind = stringValue(resource, "type") ?? "(no type)";
      if (kind in FREE_EXTENSIONS) {
        const why = FREE_EXTENSIONS[kind]!;
        return { ...emptyPriced(), free: [freeItem(option, resource.address, type, say((m, lang) => m.free.extension(kind, why[lang])), EXTENSIONS)] };
      }
      if (kind === DEFENDER_EXTENSION) {
        const plan = ctx.stackResources.some((r) => r.type === "azurerm_security_center_subscription_pricing");
        if (plan) {
          return { ...emptyPriced(), free: [freeItem(option, resource.address, type, say((m) => m.free.defenderOnboarding), EXTENSIONS)] };
        }
        // Onboarding Defender for Endpoint means the server is covered by Defender for Servers Plan 1 at least.
        return priceParts(resource, ctx, option, [
          { part: "defender", description: say((m) => m.azure.defenderP1Onboarding), quantityPerMonth: constant(1, ctx.years), unit: "server", prices: ["defender_servers_p1"] },
        ]);
      }
      return { ...emptyPriced(), unpriced: [unpricedResource(option, resource, say((m) => m.azure.extension(kind)), say((m) => m.azure.noExtensionEntry(kind)))] };
    },
  };
}
