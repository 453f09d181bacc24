// The sources the paper cites, numbered in the order the paper first cites them: the registry
// entries (sources/) of every reason and tool note, and the price catalog entries with a
// public https source behind the economic figures.
import type { CostEstimate } from "../cost/estimate";
import { capitalized, priceName } from "../cost/said";
import type { Lang } from "../i18n/lang";
import { SOURCES, type SourceId } from "../sources";
import { RISK_DIMENSIONS, type Citation, type OptionComparison, type RiskReason, type ToolNote } from "./model";

export const priceKey = (id: string) => `price:${id}`;
const isHttps = (url: string) => /^https:\/\/\S+$/.test(url);

/** The citation keys of a reason: its registry sources, then its prices (the paper cites those with a public source). */
export const reasonKeys = (reason: RiskReason): string[] => [...reason.sources, ...(reason.prices ?? []).map(priceKey)];

/** A reason's keys that can be cited: a price only where its source is a public https page. */
function citableKeys(reason: RiskReason, cost: CostEstimate): string[] {
  const hasPublicSource = (id: string) => isHttps(cost.prices.find((p) => p.id === id)?.sourceUrl ?? "");
  return reasonKeys({ ...reason, prices: (reason.prices ?? []).filter(hasPublicSource) });
}

/** A price is cited by its name in the reader's language and the page it comes from. */
export function citationsOf(options: OptionComparison[], notes: ToolNote[], cost: CostEstimate, lang: Lang, extra: SourceId[] = []): Citation[] {
  const keys: string[] = [];
  const add = (key: string) => void (keys.includes(key) || keys.push(key));
  // The council paper's own sources first: the conditions' law and the method's guidance.
  for (const o of options) for (const condition of o.conditions) condition.sources.forEach(add);
  extra.forEach(add);
  for (const dimension of RISK_DIMENSIONS) for (const o of options) for (const r of o.risk.find((s) => s.dimension === dimension)!.reasons) citableKeys(r, cost).forEach(add);
  for (const note of notes) note.sources.forEach(add);
  return keys.map((key, index) => {
    if (key.startsWith("price:")) {
      const price = cost.prices.find((p) => priceKey(p.id) === key)!;
      return { number: index + 1, key, title: `${capitalized(priceName(price.id, lang))} (${price.sourceTitle})`, url: price.sourceUrl };
    }
    const source = SOURCES[key as SourceId];
    return { number: index + 1, key, title: `${source.title} (${source.publisher})`, url: source.url };
  });
}
