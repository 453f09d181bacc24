// Azure VMs (the DAG witness): compute by size from the catalog, the OS disk separately.
// Sizes without a sourced price and managed disks are reported unpriced.
import { say } from "../said";
import { constant, priceParts, stringValue, type MonthlyPart, type RegistryEntry } from "./entry";

/** VM size -> catalog id of its Windows pay-as-you-go hourly price. */
export const WINDOWS_VM_PRICES: Record<string, string> = {
  Standard_B2s: "vm_b2s_windows",
  Standard_B2ms: "vm_b2ms_windows",
};

export const COMPUTE_ENTRIES: RegistryEntry[] = [
  {
    type: "azurerm_windows_virtual_machine",
    price(resource, ctx, option) {
      const size = stringValue(resource, "size") ?? "(no size)";
      const hoursPerMonth = ctx.usage.azureVmHoursPerYear / 12;
      const parts: MonthlyPart[] = [
        {
          part: "compute",
          description: say((m) => m.azure.windowsVm(size)),
          quantityPerMonth: constant(hoursPerMonth, ctx.years),
          unit: "hoursAMonth",
          prices: [WINDOWS_VM_PRICES[size] ?? "vm_other"],
          notes: [say((m) => m.azure.vmHours(ctx.usage.azureVmHoursPerYear))],
        },
        { part: "os-disk", description: say((m) => m.azure.osDisk), quantityPerMonth: constant(1, ctx.years), unit: "disk", prices: ["managed_disk"] },
      ];
      return priceParts(resource, ctx, option, parts);
    },
  },
  {
    type: "azurerm_managed_disk",
    price: (resource, ctx, option) =>
      priceParts(resource, ctx, option, [{ part: "disk", description: say((m) => m.azure.disk), quantityPerMonth: constant(1, ctx.years), unit: "disk", prices: ["managed_disk"] }]),
  },
  {
    type: "azurerm_public_ip",
    price: (resource, ctx, option) =>
      priceParts(resource, ctx, option, [{ part: "address", description: say((m) => m.azure.publicIp), quantityPerMonth: constant(1, ctx.years), unit: "address", prices: ["public_ip"] }]),
  },
];
