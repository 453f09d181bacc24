// The shapes every part of the cost module speaks: priced components, unpriced items,
// free resources and owned licences that were excluded.
import type { InventoryResource } from "../inventory/terraform";
import type { SourceId } from "../sources";
import type { OrganizationFile } from "../model/schema";
import type { SizingResult } from "../model/sizing/sizing";
import type { PriceBook } from "./catalog/price-book";
import type { SaidTexts } from "./said";
import type { Usage } from "./usage";

export type OptionId = "onprem" | "online";
export const OPTIONS: readonly OptionId[] = ["onprem", "online"];

/** Internal staff time is a real cost but not new spending; reports show it apart. */
export type Category = "licences" | "hardware" | "azure" | "energy" | "consultants" | "staff";
export const CATEGORIES: readonly Category[] = ["licences", "hardware", "azure", "energy", "consultants", "staff"];

/** A one-off purchase in a given year (1-based), amortized evenly over its life. */
export interface Investment {
  year: number;
  amount: number;
  lifeYears: number;
}

export interface CostComponent {
  option: OptionId;
  /** Stable id, e.g. "onprem.exchange-cal-standard" or "online.azurerm_key_vault_key.dep.hsm-keys". */
  id: string;
  category: Category;
  description: string;
  /** "model" for components derived from the organization, else the Terraform address. */
  source: string;
  /** Human-readable quantity, e.g. "70 / 78 / 85 seats". */
  quantity: string;
  /** Catalog ids of the prices that drive the figure. */
  prices: string[];
  /** Catalog ids among `prices` that the organization file overrides. */
  overridden: string[];
  /** SEK per year, index 0 = year 1. */
  cash: number[];
  amortized: number[];
  /** The part of `cash` that is a one-off (migration, build, hardware, perpetual licences). */
  oneOff: number;
  /** True for what both options pay alike (the staff plan staff keep): never a difference between them. */
  baseline: boolean;
  notes: string[];
  /** The texts above in every language (not in the JSON output). */
  said?: SaidTexts;
}

export interface UnpricedItem {
  option: OptionId;
  id: string;
  source: string;
  description: string;
  reason: string;
  prices: string[];
  said?: SaidTexts;
}

export interface FreeItem {
  option: OptionId;
  source: string;
  type: string;
  reason: string;
  /** Sources registry id of the page that says it is free. */
  reference: SourceId;
  said?: SaidTexts;
}

export interface ExcludedItem {
  option: OptionId;
  id: string;
  /** Owned by the organization, covered by the rights of another licence, or a fee waived. */
  kind: "owned" | "covered" | "waived";
  description: string;
  quantity: string;
  /** What the owned items would have cost over the period, for the note (SEK, cash). */
  valueSEK: number;
  prices: string[];
  note: string;
  said?: SaidTexts;
}

export interface Priced {
  components: CostComponent[];
  unpriced: UnpricedItem[];
  free: FreeItem[];
  excluded: ExcludedItem[];
}

export const emptyPriced = (): Priced => ({ components: [], unpriced: [], free: [], excluded: [] });

export function mergePriced(...parts: Priced[]): Priced {
  return {
    components: parts.flatMap((p) => p.components),
    unpriced: parts.flatMap((p) => p.unpriced),
    free: parts.flatMap((p) => p.free),
    excluded: parts.flatMap((p) => p.excluded),
  };
}

/** Everything a pricing function may read. */
export interface CostContext {
  org: OrganizationFile;
  usage: Usage;
  prices: PriceBook;
  years: number;
  sizing: SizingResult;
  /** All resources of the option's stack, for entries that look at their neighbours. */
  stackResources: InventoryResource[];
}
