// JSON rendering: the estimate with money rounded to whole SEK, so output is stable and readable.
import type { CostEstimate } from "../estimate";

const MONEY_KEYS = /^(cash|amortized|oneOff|externalCash|valueSEK|onpremSEK|onlineSEK|onpremMinusOnlineSEK|serversSEK|onprem|online|cashPerYear|cashCumulative|amortizedPerYear|amortizedCumulative|licences|hardware|azure|energy|consultants|staff)$/;

export function renderCostJson(estimate: CostEstimate): string {
  const round = (key: string, value: unknown): unknown => {
    // The localized texts are for the reports a person reads; the JSON keeps the English fields.
    if (key === "said") return undefined;
    if (typeof value === "number" && MONEY_KEYS.test(key)) return Math.round(value);
    if (Array.isArray(value) && MONEY_KEYS.test(key)) return value.map((v) => (typeof v === "number" ? Math.round(v) : v));
    if (typeof value === "number" && key === "usedSEK") return Math.round(value * 100) / 100;
    return value;
  };
  return `${JSON.stringify(estimate, round, 2)}\n`;
}
