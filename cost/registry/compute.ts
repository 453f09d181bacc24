// Azure VMs (the DAG witness): compute by size from the catalog, the OS disk separately.
// Sizes without a sourced price and managed disks are reported unpriced.
import { constant, priceParts, stringValue, type MonthlyPart, type RegistryEntry } from "./entry";

/** VM size -> catalog id of its Windows pay-as-you-go hourly price. */
export const WINDOWS_VM_PRICES: Record<string, string> = {
  Standard_B2s: "vm_b2s_windows",
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
          description: `Windows VM ${size}, pay-as-you-go`,
          quantityPerMonth: constant(hoursPerMonth, ctx.years),
          unit: "hours a month",
          prices: [WINDOWS_VM_PRICES[size] ?? "vm_other"],
          notes: [`${ctx.usage.azureVmHoursPerYear} hours a year (cost.usage.azureVmHoursPerYear)`],
        },
        { part: "os-disk", description: "Managed OS disk", quantityPerMonth: constant(1, ctx.years), unit: "disk", prices: ["managed_disk"] },
      ];
      return priceParts(resource, ctx, option, parts);
    },
  },
  {
    type: "azurerm_managed_disk",
    price: (resource, ctx, option) =>
      priceParts(resource, ctx, option, [{ part: "disk", description: "Managed disk", quantityPerMonth: constant(1, ctx.years), unit: "disk", prices: ["managed_disk"] }]),
  },
  {
    type: "azurerm_public_ip",
    price: (resource, ctx, option) =>
      priceParts(resource, ctx, option, [{ part: "address", description: "Public IP address", quantityPerMonth: constant(1, ctx.years), unit: "address", prices: ["public_ip"] }]),
  },
];
