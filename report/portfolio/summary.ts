// The portfolio summary of `compare --config <directory>`: one row per organization, built
// from its comparison, so a shared IT service sees every municipality's choice at once.
// Only the summary row of each comparison is kept, so memory stays flat with the count.
import type { OptionId } from "../../cost/types";
import { RISK_DIMENSIONS, type Comparison, type RiskDimension } from "../model";

export interface PortfolioOption {
  /** Cash over the planning years including in-house staff (SEK). */
  tco: number;
  externalCash: number;
  blockingFindings: number;
  /** The highest risk scores, highest first (ties in the matrix order); scores of 1 are not risks. */
  topRisks: { dimension: RiskDimension; score: number }[];
}

export interface PortfolioRow {
  /** Output folder: the per-organization reports are in `<slug>/comparison.*`. */
  slug: string;
  file: string;
  organization: string;
  years: number;
  /** The option the organization's paper recommends (computed from its weights). */
  recommended: OptionId;
  cheaper: { option: OptionId; bySEK: number };
  options: Record<OptionId, PortfolioOption>;
}

export interface Portfolio {
  kind: "exchange-iac-portfolio";
  version: 1;
  asOf: string;
  currency: "SEK";
  organizations: PortfolioRow[];
  totals: { tco: Record<OptionId, number>; recommended: Record<OptionId, number>; cheaper: Record<OptionId, number>; blockingFindings: Record<OptionId, number> };
}

const TOP_RISKS = 3;

export function portfolioRow(slug: string, file: string, c: Comparison): PortfolioRow {
  const option = (id: OptionId): PortfolioOption => {
    const o = c.options.find((candidate) => candidate.option === id)!;
    const topRisks = [...o.risk]
      .filter((r) => r.score > 1)
      .sort((x, y) => y.score - x.score || RISK_DIMENSIONS.indexOf(x.dimension) - RISK_DIMENSIONS.indexOf(y.dimension))
      .slice(0, TOP_RISKS)
      .map((r) => ({ dimension: r.dimension, score: r.score }));
    return { tco: o.cost.tco, externalCash: o.cost.externalCash, blockingFindings: o.findings.blocking, topRisks };
  };
  return { slug, file, organization: c.organization, years: c.years, recommended: c.decision.recommended, cheaper: c.cheaper, options: { onprem: option("onprem"), online: option("online") } };
}

export function buildPortfolio(asOf: string, rows: PortfolioRow[]): Portfolio {
  const sum = (pick: (row: PortfolioRow, id: OptionId) => number) => ({ onprem: rows.reduce((s, r) => s + pick(r, "onprem"), 0), online: rows.reduce((s, r) => s + pick(r, "online"), 0) });
  return {
    kind: "exchange-iac-portfolio",
    version: 1,
    asOf,
    currency: "SEK",
    organizations: rows,
    totals: {
      tco: sum((r, id) => r.options[id].tco),
      recommended: sum((r, id) => (r.recommended === id ? 1 : 0)),
      cheaper: sum((r, id) => (r.cheaper.option === id ? 1 : 0)),
      blockingFindings: sum((r, id) => r.options[id].blockingFindings),
    },
  };
}
