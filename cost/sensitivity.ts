// Sensitivity: each of the largest price drivers (and the USD rate) at -20 % and +20 %,
// recomputing both options, to show which could change which option is cheaper.
import type { InventoryResource } from "../inventory/terraform";
import type { OrganizationFile } from "../model/schema";
import type { SizingResult } from "../model/sizing/sizing";
import type { PriceBook } from "./catalog/price-book";
import { sum } from "./component";
import type { OptionCost } from "./estimate";
import { priceOptions } from "./price-options";
import { priceDrivers } from "./tco";
import type { OptionId } from "./types";

export const SENSITIVITY_STEP = 0.2;
export const SENSITIVITY_DRIVERS = 6;

export interface SensitivityCase {
  driver: string;
  factor: number;
  onprem: number;
  online: number;
  cheaper: OptionId;
  flips: boolean;
}

export interface SensitivityResult {
  basis: "cash over the period, including in-house staff";
  base: { onprem: number; online: number; cheaper: OptionId };
  drivers: string[];
  cases: SensitivityCase[];
}

export function sensitivity(org: OrganizationFile, inventory: InventoryResource[], book: PriceBook, options: OptionCost[], sizing: () => SizingResult): SensitivityResult {
  const total = (option: OptionId, costs: { option: OptionId; cash: number[] }[]) => sum(costs.filter((c) => c.option === option).map((c) => sum(c.cash)));
  const all = options.flatMap((o) => o.components);
  const base = { onprem: total("onprem", all), online: total("online", all) };
  const baseCheaper: OptionId = base.onprem <= base.online ? "onprem" : "online";
  const drivers = [
    ...priceDrivers(all)
      .filter((d) => d.cash > 0 && book.entry(d.price).currency !== "%")
      .slice(0, SENSITIVITY_DRIVERS)
      .map((d) => d.price),
    "currency:USD",
  ];
  const cases: SensitivityCase[] = [];
  for (const driver of drivers) {
    for (const factor of [1 - SENSITIVITY_STEP, 1 + SENSITIVITY_STEP]) {
      const priced = priceOptions(org, inventory, book.withScale({ [driver]: factor }), ["onprem", "online"], sizing);
      const onprem = total("onprem", priced.components);
      const online = total("online", priced.components);
      const cheaper: OptionId = onprem <= online ? "onprem" : "online";
      cases.push({ driver, factor, onprem, online, cheaper, flips: cheaper !== baseCheaper });
    }
  }
  return { basis: "cash over the period, including in-house staff", base: { ...base, cheaper: baseCheaper }, drivers, cases };
}
