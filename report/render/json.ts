// comparison.json: the comparison as data, stable key order, money in whole SEK.
import type { Comparison } from "../model";

export function renderComparisonJson(c: Comparison): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}
