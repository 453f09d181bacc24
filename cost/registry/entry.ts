// The Infracost-style registry contract: a Terraform resource type maps to a function
// from one resource (its JSON values) to cost components. A type that costs nothing is
// declared free with the reason and a reference; a type missing here is reported unpriced.
import type { InventoryResource } from "../../inventory/terraform";
import type { SourceId } from "../../sources";
import type { AzureUnit } from "../../i18n/en/cost";
import { makeComponent } from "../component";
import { english, said, say, type Said } from "../said";
import type { Category, CostContext, FreeItem, OptionId, Priced, UnpricedItem } from "../types";
import { emptyPriced } from "../types";

export interface RegistryEntry {
  type: string;
  price(resource: InventoryResource, ctx: CostContext, option: OptionId): Priced;
}

export function freeEntry(type: string, reason: Said, reference: SourceId): RegistryEntry {
  return {
    type,
    price: (resource, _ctx, option) => ({ ...emptyPriced(), free: [freeItem(option, resource.address, type, reason, reference)] }),
  };
}

export function freeItem(option: OptionId, source: string, type: string, reason: Said, reference: SourceId): FreeItem {
  return { option, source, type, reason: reason.en, reference, said: { reason } };
}

/** A resource the registry cannot price: listed by name, never counted as 0. */
export function unpricedResource(option: OptionId, resource: InventoryResource, description: Said, reason: Said): UnpricedItem {
  return { option, id: `${option}.${resource.address}`, source: resource.address, description: description.en, reason: reason.en, prices: [], said: { description, reason } };
}

export interface MonthlyPart {
  /** Appended to the resource address to make the component id. */
  part: string;
  category?: Category;
  description: string | Said;
  /** Quantity per month for each year, e.g. GB ingested a month. */
  quantityPerMonth: number[];
  unit: AzureUnit;
  /** Catalog ids; the monthly amount is quantity x the product of these prices' SEK amounts. */
  prices: string[];
  /** Replaces the plain product when a part needs another formula (prices in SEK by id). */
  unitPrice?: (sek: Record<string, number>) => number;
  notes?: (string | Said)[];
}

/** Prices parts of one resource; a part whose price was not found becomes unpriced, never 0. */
export function priceParts(resource: InventoryResource, ctx: CostContext, option: OptionId, parts: MonthlyPart[]): Priced {
  const result = emptyPriced();
  for (const part of parts) {
    const id = `${option}.${resource.address}.${part.part}`;
    const sek: Record<string, number> = {};
    const missing = part.prices.filter((priceId) => {
      const amount = ctx.prices.get(priceId).amount;
      if (amount !== null) sek[priceId] = amount;
      return amount === null;
    });
    if (missing.length) {
      const texts = { description: said(part.description), reason: say((m) => m.noPrice(missing)) };
      result.unpriced.push({ option, id, source: resource.address, description: english(part.description), reason: texts.reason.en, prices: part.prices, said: texts });
      continue;
    }
    const unitPrice = part.unitPrice ? part.unitPrice(sek) : part.prices.reduce((product, priceId) => product * sek[priceId]!, 1);
    result.components.push(
      makeComponent(
        {
          option,
          id,
          category: part.category ?? "azure",
          description: part.description,
          source: resource.address,
          quantity: say((m) => m.azure.quantity(part.quantityPerMonth, part.unit)),
          prices: part.prices,
          recurring: part.quantityPerMonth.map((quantity) => quantity * unitPrice * 12),
          notes: part.notes,
        },
        ctx.years,
        ctx.prices,
      ),
    );
  }
  return result;
}

export const constant = (value: number, years: number): number[] => Array.from({ length: years }, () => value);

export const stringValue = (resource: InventoryResource, key: string): string | undefined => {
  const value = resource.values[key];
  return typeof value === "string" ? value : undefined;
};

export const numberValue = (resource: InventoryResource, key: string): number | undefined => {
  const value = resource.values[key];
  return typeof value === "number" ? value : undefined;
};
