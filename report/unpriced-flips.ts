// What an unpriced item would have to cost to change the recommendation. The cost estimate
// names the items no public price covers; for each one on the recommended option, the
// comparison is run again with the item priced, searching the lowest price in whole SEK a unit
// at which the other option is recommended. Until the price is known the cost reason is
// undecided. Read through the cost result's public shape only (unpriced items, price ids).
import { estimateCost } from "../cost/estimate";
import type { OptionId } from "../cost/types";
import type { Artifacts } from "./artifacts";
import type { Decision } from "./model";

export interface UnpricedFlip {
  option: OptionId;
  id: string;
  /** The catalog price that is missing, when the item rests on exactly one. */
  priceId?: string;
  unit?: string;
  /** The added cost over the period at which the other option is recommended; null when no price of this item changes it. */
  totalSEK: number | null;
  /** The same as a price per unit (SEK, rounded up), when the item has one unit price. */
  perUnitSEK?: number;
}

export function unpricedFlips(a: Artifacts, decision: Decision, recommendedWith: (priced: Artifacts) => OptionId): UnpricedFlip[] {
  return a.cost.unpriced.map((item) => {
    const base = { option: item.option, id: item.id };
    // Raising the cost of the option not recommended only widens the gap.
    if (item.option !== decision.recommended || !decision.priceFlip) return { ...base, totalSEK: null };
    const priceId = item.prices.length === 1 ? item.prices[0]! : undefined;
    if (!priceId) return { ...base, totalSEK: decision.priceFlip.increaseSEK };
    const unit = a.cost.prices.find((p) => p.id === priceId)?.unit;
    const perSEK = cashWith(a, priceId, 1, item.option) - cashWith(a, priceId, 0, item.option);
    // Priced, the item no longer counts as unpriced in the economic reasons, so the flip is
    // searched on the priced estimate itself rather than divided out of the current flip point.
    const perUnitSEK = perSEK > 0 ? flipPrice((price) => recommendedWith(pricedAt(a, priceId, price)) !== decision.recommended) : undefined;
    if (perUnitSEK === undefined) return { ...base, priceId, ...(unit ? { unit } : {}), totalSEK: null };
    return { ...base, priceId, ...(unit ? { unit } : {}), totalSEK: Math.round(perUnitSEK * perSEK), perUnitSEK };
  });
}

/** The lowest whole price in SEK at which `flips` holds, or undefined below 10 million a unit. */
function flipPrice(flips: (price: number) => boolean): number | undefined {
  let high = 1;
  while (!flips(high)) {
    if (high >= 10_000_000) return undefined;
    high *= 4;
  }
  let low = Math.floor(high / 4); // does not flip (or 0)
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (flips(middle)) high = middle;
    else low = middle;
  }
  return high;
}

/** The artifacts with `priceId` set to `price` SEK a unit. */
function pricedAt(a: Artifacts, priceId: string, price: number): Artifacts {
  const org = { ...a.org, cost: { ...a.org.cost, priceOverrides: { ...a.org.cost.priceOverrides, [priceId]: price } } };
  return { ...a, org, cost: estimateCost(org, a.options.flatMap((o) => o.resources), a.options.map((o) => o.option)) };
}

/** The option's cash over the period with `priceId` at `price` SEK a unit. */
function cashWith(a: Artifacts, priceId: string, price: number, option: OptionId): number {
  return pricedAt(a, priceId, price).cost.options.find((o) => o.option === option)!.totals.cash;
}
