// azurerm_security_center_subscription_pricing: Defender for Servers is billed per server
// in the subscription (source: negotiationexperts-azure-arc-licensing); the servers are the stack's Arc
// machines, SCVMM VM instances and Azure VMs.
import { constant, priceParts, stringValue, type RegistryEntry } from "./entry";
import { emptyPriced } from "../types";

const SERVER_TYPES = [
  "azurerm_arc_machine",
  "azurerm_system_center_virtual_machine_manager_virtual_machine_instance",
  "azurerm_windows_virtual_machine",
  "azurerm_linux_virtual_machine",
];
const PRICING = "negotiationexperts-azure-arc-licensing";

export const DEFENDER_ENTRIES: RegistryEntry[] = [
  {
    type: "azurerm_security_center_subscription_pricing",
    price(resource, ctx, option) {
      const tier = stringValue(resource, "tier") ?? "Free";
      const plan = stringValue(resource, "resource_type") ?? "VirtualMachines";
      if (tier === "Free") {
        return { ...emptyPriced(), free: [{ option, source: resource.address, type: resource.type, reason: "Defender plan on the Free tier", reference: PRICING }] };
      }
      if (plan !== "VirtualMachines") {
        return {
          ...emptyPriced(),
          unpriced: [{ option, id: `${option}.${resource.address}`, source: resource.address, description: `Defender plan ${plan}`, reason: `no registry entry for Defender plan ${plan}`, prices: [] }],
        };
      }
      const subplan = stringValue(resource, "subplan") ?? "P2";
      const servers = ctx.stackResources.filter((r) => SERVER_TYPES.includes(r.type)).length;
      return priceParts(resource, ctx, option, [
        {
          part: "servers",
          description: `Defender for Servers ${subplan === "P1" ? "Plan 1" : "Plan 2"}`,
          quantityPerMonth: constant(servers, ctx.years),
          unit: "servers",
          prices: [subplan === "P1" ? "defender_servers_p1" : "defender_servers_p2"],
        },
      ]);
    },
  },
];
