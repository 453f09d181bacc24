// The economic dimension: how much dearer an option is over the planning years, how much of
// its cost is unknown or one-off, and whether a price change could reverse the order. The
// reasons cite the price catalog entries (with their public sources) that drive the figures.
import type { OptionCost } from "../../cost/estimate";
import { inSentence, textOf } from "../../cost/said";
import { priceDrivers } from "../../cost/tco";
import type { RiskReason } from "../model";
import type { RiskInput } from "./dimensions";

/** TCO above the cheaper option: more than 5 % +0.5, more than 20 % +1, more than 50 % +2. */
export const TCO_STEPS: readonly { above: number; points: number }[] = [
  { above: 1.5, points: 2 },
  { above: 1.2, points: 1 },
  { above: 1.05, points: 0.5 },
];

export function tcoPoints(ratio: number): number {
  return TCO_STEPS.find((step) => ratio > step.above)?.points ?? 0;
}

const fact = (points: number, text: string, prices: string[], basis: string[], sources: RiskReason["sources"] = []): RiskReason => ({ points, fact: text, sources, prices, basis });

/** The reasons besides the TCO gap (unpriced items, one-off share, sensitivity). */
function otherReasons(i: RiskInput, mine: OptionCost): RiskReason[] {
  const { t } = i;
  const out: RiskReason[] = [];
  const unpriced = i.cost.unpriced.filter((u) => u.option === i.option);
  if (unpriced.length) out.push(fact(0.5, t.risk.unpriced(i.format.list(unpriced.map((u) => inSentence(textOf(u, "description", i.format.lang), i.format.lang)))), unpriced.flatMap((u) => u.prices), ["cost/catalog/prices.yaml"], ["microsoft-product-terms"]));
  if (mine.totals.cash > 0 && mine.totals.oneOff / mine.totals.cash > 0.5) {
    const oneOff = mine.components.filter((c) => c.oneOff > 0);
    out.push(fact(0.5, t.risk.oneOffShare(Math.round((mine.totals.oneOff / mine.totals.cash) * 100)), priceDrivers(oneOff).map((d) => d.price), ["cost module"]));
  }
  const flips = i.cost.sensitivity?.cases.filter((c) => c.flips) ?? [];
  if (flips.length) out.push(fact(0.5, t.risk.sensitivityFlips, [...new Set(flips.map((c) => c.driver).filter((d) => !d.startsWith("currency:")))], ["cost/sensitivity"]));
  return out;
}

export function economicReasons(i: RiskInput): RiskReason[] {
  const { t } = i;
  const mine = i.cost.options.find((o) => o.option === i.option)!;
  const cheapest = Math.min(...i.cost.options.map((o) => o.totals.cash));
  const ratio = cheapest > 0 ? mine.totals.cash / cheapest : 1;
  const points = tcoPoints(ratio);
  const drivers = priceDrivers(i.cost.options.flatMap((o) => o.components)).slice(0, 6).map((d) => d.price);
  const gap = points > 0 ? t.risk.tcoAbove(i.cost.years, Math.round((ratio - 1) * 100)) : t.risk.tcoLowest(i.cost.years);
  return [fact(points, gap, drivers, ["cost module"]), ...otherReasons(i, mine)];
}
