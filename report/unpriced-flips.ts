// What an unpriced item would have to cost to change the recommendation. The cost estimate
// names the items no public price covers; for each one on the recommended option, the
// estimate is run again with the item's price set to 1 SEK a unit, which gives what one unit
// adds over the period, and the recommendation's price flip (report/decision.ts) divides into
// that. Until the price is known the cost reason is undecided. Read through the cost result's
// public shape only (unpriced items and their price ids).
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

export function unpricedFlips(a: Artifacts, decision: Decision): UnpricedFlip[] {
  return a.cost.unpriced.map((item) => {
    const base = { option: item.option, id: item.id };
    // Raising the cost of the option not recommended only widens the gap.
    if (item.option !== decision.recommended || !decision.priceFlip) return { ...base, totalSEK: null };
    const totalSEK = decision.priceFlip.increaseSEK;
    const priceId = item.prices.length === 1 ? item.prices[0]! : undefined;
    if (!priceId) return { ...base, totalSEK };
    const perSEK = addedPerUnit(a, item.option, priceId);
    const unit = a.cost.prices.find((p) => p.id === priceId)?.unit;
    return { ...base, priceId, ...(unit ? { unit } : {}), totalSEK, ...(perSEK > 0 ? { perUnitSEK: Math.ceil(totalSEK / perSEK) } : {}) };
  });
}

/** What 1 SEK a unit of `priceId` adds to the option's cash over the period. */
function addedPerUnit(a: Artifacts, option: OptionId, priceId: string): number {
  const org = { ...a.org, cost: { ...a.org.cost, priceOverrides: { ...a.org.cost.priceOverrides, [priceId]: 1 } } };
  const priced = estimateCost(org, a.options.flatMap((o) => o.resources), a.options.map((o) => o.option));
  const before = a.cost.options.find((o) => o.option === option)!.totals.cash;
  const after = priced.options.find((o) => o.option === option)!.totals.cash;
  return after - before;
}
