// Small helpers for model-derived components: look a price up and report it unpriced
// (never 0) when the catalog has no amount and the organization did not override it.
import { english, said, say, type Said } from "../said";
import type { CostContext, OptionId, UnpricedItem } from "../types";

export function sekOrUnpriced(
  ctx: CostContext,
  ids: string[],
  item: { option: OptionId; id: string; description: string | Said },
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
  const reason = say((m) => m.noPrice(missing));
  unpriced.push({
    option: item.option,
    id: item.id,
    description: english(item.description),
    source: "model",
    reason: reason.en,
    prices: ids,
    said: { description: said(item.description), reason },
  });
  return undefined;
}

export const HOURS_PER_DAY = 8;
