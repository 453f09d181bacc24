// Sensitivity: each of the largest price drivers at the low and high end of the range its
// sources give (cost/catalog/prices.yaml), else at -20 % and +20 %, and the USD rate at -20 %
// and +20 %, recomputing both options, to show which could change which option is cheaper.
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
    for (const factor of factorsOf(book, driver)) {
      const priced = priceOptions(org, inventory, book.withScale({ [driver]: factor }), ["onprem", "online"], sizing);
      const onprem = total("onprem", priced.components);
      const online = total("online", priced.components);
      const cheaper: OptionId = onprem <= online ? "onprem" : "online";
      cases.push({ driver, factor, onprem, online, cheaper, flips: cheaper !== baseCheaper });
    }
  }
  return { basis: "cash over the period, including in-house staff", base: { ...base, cheaper: baseCheaper }, drivers, cases };
}

/** The low and high factor of a driver: its sourced range where the catalog has one and the organization did not override it. */
function factorsOf(book: PriceBook, driver: string): [number, number] {
  const step: [number, number] = [1 - SENSITIVITY_STEP, 1 + SENSITIVITY_STEP];
  if (driver.startsWith("currency:") || driver in book.overrides) return step;
  const entry = book.entry(driver);
  if (!entry.range || !entry.amount) return step;
  const [low, high] = entry.range.map((bound) => bound / entry.amount!) as [number, number];
  // A range with one end at the amount still shows a change on that side.
  return [low < 1 ? low : step[0], high > 1 ? high : step[1]];
}
