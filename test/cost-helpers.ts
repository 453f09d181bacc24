// Builds the pricing context the cost registry and model components receive, for unit tests.
import type { InventoryResource } from "../inventory/terraform";
import { loadCatalog } from "../cost/catalog/catalog";
import { PriceBook } from "../cost/catalog/price-book";
import type { CostContext } from "../cost/types";
import { parseOrganization } from "../model/load";
import type { OrganizationFile } from "../model/schema";
import { sizeOrganization } from "../model/sizing/sizing";
import { exampleWith } from "./helpers/example";

export function orgWith(change: (data: Record<string, any>) => void = () => {}): OrganizationFile {
  return parseOrganization(exampleWith(change));
}

export function costContext(org: OrganizationFile = orgWith(), stackResources: InventoryResource[] = []): CostContext {
  return {
    org,
    usage: org.cost.usage,
    prices: new PriceBook(loadCatalog(), org.cost.priceOverrides),
    years: org.cost.planningYears,
    sizing: sizeOrganization(org),
    stackResources,
  };
}

export function resource(type: string, name: string, values: Record<string, unknown>, stack = "online"): InventoryResource {
  return { stack, address: `${type}.${name}`, type, name, provider: "azurerm", values, preventDestroy: false };
}

/** Microsoft list USD to SEK as the exchange-rate table sets it (0.866 x 11.1, rounded to 9.6). */
export const USD = 9.6;

/** SEK per USD of the product families' own conversions (cost/catalog/exchange-rates.yaml). */
export const ENT = 10.9; // Microsoft 365 enterprise plans and their add-ons
export const EXO = 10.3; // Exchange Online plans
