// azurerm_security_center_subscription_pricing: Defender for Servers is billed per server
// in the subscription (source: negotiationexperts-azure-arc-licensing); the servers are the stack's Arc
// machines, SCVMM VM instances and Azure VMs.
import { say } from "../said";
import { emptyPriced } from "../types";
import { constant, freeItem, priceParts, stringValue, unpricedResource, type RegistryEntry } from "./entry";

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
        return { ...emptyPriced(), free: [freeItem(option, resource.address, resource.type, say((m) => m.free.defenderFreeTier), PRICING)] };
      }
      if (plan !== "VirtualMachines") {
        return { ...emptyPriced(), unpriced: [unpricedResource(option, resource, say((m) => m.azure.defenderOtherPlan(plan)), say((m) => m.azure.noDefenderEntry(plan)))] };
      }
      const subplan = stringValue(resource, "subplan") ?? "P2";
      const servers = ctx.stackResources.filter((r) => SERVER_TYPES.includes(r.type)).length;
      return priceParts(resource, ctx, option, [
        {
          part: "servers",
          description: say((m) => m.azure.defenderPlan(subplan === "P1" ? "P1" : "P2")),
          quantityPerMonth: constant(servers, ctx.years),
          unit: "servers",
          prices: [subplan === "P1" ? "defender_servers_p1" : "defender_servers_p2"],
        },
      ]);
    },
  },
];
