// Azure Arc and Arc-enabled SCVMM: the control plane is free (source: learn-caf-arc-cost-governance;
// Arc-enabled SCVMM by inference, as part of it). What the on-prem VMs cost (hosts,
// licences, power, people) comes from the model-derived components, not from these.
// Extensions are free agents; Defender for Servers is billed per server through its plan.
import { constant, freeEntry, priceParts, stringValue, type RegistryEntry } from "./entry";
import { emptyPriced } from "../types";

const ARC = "learn-caf-arc-cost-governance";
const CONTROL_PLANE = "the Arc control plane is free; the VM's own cost is in the model-derived components";

/** Extension types that are free agents; what they send or enable is priced elsewhere. */
const FREE_EXTENSIONS: Record<string, string> = {
  AzureMonitorWindowsAgent: "the monitoring agent is free; its data is priced as Log Analytics ingestion",
  AzureMonitorLinuxAgent: "the monitoring agent is free; its data is priced as Log Analytics ingestion",
  CustomScriptExtension: "running a script is free",
  DependencyAgentWindows: "the dependency agent is free; its data is priced as Log Analytics ingestion",
  WindowsOpenSSH: "free",
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
  freeEntry("azurerm_arc_resource_bridge_appliance", "the Arc resource bridge is part of the free control plane", ARC),
  freeEntry("azurerm_extended_custom_location", "a custom location is part of the free Arc control plane", ARC),
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
        return { ...emptyPriced(), free: [{ option, source: resource.address, type, reason: `${kind}: ${FREE_EXTENSIONS[kind]}`, reference: EXTENSIONS }] };
      }
      if (kind === DEFENDER_EXTENSION) {
        const plan = ctx.stackResources.some((r) => r.type === "azurerm_security_center_subscription_pricing");
        if (plan) {
          return { ...emptyPriced(), free: [{ option, source: resource.address, type, reason: "Defender for Endpoint onboarding; billed per server through the Defender for Servers plan resource", reference: EXTENSIONS }] };
        }
        // Onboarding Defender for Endpoint means the server is covered by Defender for Servers Plan 1 at least.
        return priceParts(resource, ctx, option, [
          { part: "defender", description: "Defender for Servers Plan 1 (MDE.Windows onboarding)", quantityPerMonth: constant(1, ctx.years), unit: "server", prices: ["defender_servers_p1"] },
        ]);
      }
      return {
        ...emptyPriced(),
        unpriced: [{ option, id: `${option}.${resource.address}`, source: resource.address, description: `extension ${kind}`, reason: `no registry entry for extension type ${kind}`, prices: [] }],
      };
    },
  };
}
