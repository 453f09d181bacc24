// Small helpers for model-derived components: look a price up and report it unpriced
// (never 0) when the catalog has no amount and the organization did not override it.
import type { CostContext, OptionId, UnpricedItem } from "../types";

export function sekOrUnpriced(
  ctx: CostContext,
  ids: string[],
  item: { option: OptionId; id: string; description: string },
  unpriced: UnpricedItem[],
): Record<string, number> | undefined {
  const sek: Record<string, number> = {};
  const missing: string[] = [];
  for (const id of ids) {
    const amount = ctx.prices.get(id).amount;
    if (amount === null) missing.push(id);
    else sek[id] = amount;
  }
  if (!missing.length) return sek;
  unpriced.push({
    ...item,
    source: "model",
    reason: `no price found for ${missing.join(", ")} (cost/catalog/prices.yaml); override it under cost.priceOverrides`,
    prices: ids,
  });
  return undefined;
}

export const HOURS_PER_DAY = 8;
export const fmtCount = (values: number[]): string => (values.every((v) => v === values[0]) ? String(values[0]) : values.join(" / "));
