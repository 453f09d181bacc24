// Prices the requested options with one price book: the model-derived components and the
// option's stack resources through the registry. Used by the estimate and by each
// sensitivity case.
import type { InventoryResource } from "../inventory/terraform";
import type { OrganizationFile } from "../model/schema";
import type { SizingResult } from "../model/sizing/sizing";
import type { PriceBook } from "./catalog/price-book";
import { onpremHardware } from "./components/hardware";
import { onlineExtras, onpremExtras } from "./components/extras";
import { onlineAddOns } from "./components/online-addons";
import { onpremLicences } from "./components/onprem-licences";
import { onlinePeople, onpremPeople } from "./components/people";
import { seatLicences } from "./components/seats";
import { optionOfStack, priceResources } from "./registry";
import { mergePriced, type CostContext, type OptionId, type Priced } from "./types";

/** The pricing context of one option. */
export function costContext(org: OrganizationFile, book: PriceBook, option: OptionId, inventory: InventoryResource[], sizing: () => SizingResult): CostContext {
  return {
    org,
    usage: org.cost.usage,
    prices: book,
    years: org.cost.planningYears,
    get sizing() {
      return sizing();
    },
    stackResources: inventory.filter((resource) => optionOfStack(resource.stack) === option),
  };
}

/** Prices every component of the requested options with one price book. */
export function priceOptions(org: OrganizationFile, inventory: InventoryResource[], book: PriceBook, options: readonly OptionId[], sizing: () => SizingResult): Priced {
  const parts: Priced[] = [];
  for (const option of options) {
    const ctx = costContext(org, book, option, inventory, sizing);
    parts.push(seatLicences(ctx, option));
    if (option === "onprem") parts.push(onpremLicences(ctx), onpremHardware(ctx), onpremPeople(ctx), onpremExtras(ctx));
    else parts.push(onlineAddOns(ctx), onlinePeople(ctx), onlineExtras(ctx));
    parts.push(priceResources(ctx.stackResources, ctx, option));
  }
  return mergePriced(...parts);
}
