// Pieces every section uses: a score in words, the citation numbers of a reason, and the
// table of reasons of one dimension.
import type { Catalog } from "../../i18n/catalog";
import { reasonKeys } from "../citations";
import type { Comparison, OptionComparison, RiskDimension, RiskReason, RiskScore } from "../model";
import { type Block, type Cell, cell, num } from "./document";

export const scoreText = (s: RiskScore, m: Catalog) => `${m.format.decimal(s.score, 1)} (${m.report.level[s.level]})`;
export const riskOf = (o: OptionComparison, d: RiskDimension) => o.risk.find((r) => r.dimension === d)!;
export const points = (value: number, m: Catalog) => (value > 0 ? `+${m.format.decimal(value, 1)}` : "0");

export function citeNumbers(c: Comparison, keys: string[]): number[] {
  return keys.flatMap((key) => c.sources.find((s) => s.key === key)?.number ?? []).filter((n, i, all) => all.indexOf(n) === i);
}

export function reasonCites(c: Comparison, r: RiskReason): number[] {
  return citeNumbers(c, reasonKeys(r));
}

/** One row per reason of each option, scored or shown for balance, with its sources. */
export function reasonsTable(c: Comparison, m: Catalog, dimension: RiskDimension, keep: (r: RiskReason) => boolean = () => true): Block {
  const rows: Cell[][] = c.options.flatMap((o) =>
    riskOf(o, dimension)
      .reasons.filter(keep)
      .map((r) => [cell(m.report.optionShort[o.option]), cell(r.fact), num(points(r.points, m)), cell([{ cite: reasonCites(c, r) }], { numeric: true })]),
  );
  return { kind: "table", head: [...m.paper.reasonColumns], rows };
}

export function scoreLine(c: Comparison, m: Catalog, dimension: RiskDimension, line: (a: string, b: string) => string): Block {
  const [a, b] = c.options.map((o) => `${m.report.optionShort[o.option]} ${scoreText(riskOf(o, dimension), m)}`) as [string, string];
  return { kind: "paragraph", content: [{ strong: line(a, b) }] };
}
