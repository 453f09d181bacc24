// The Ekonomi section as data: the municipality's three key figures, the seat-licence
// difference per licence situation, owned licences, named unpriced items, and the
// sensitivity cases with the recommendation each would give.
import type { CostEstimate } from "../cost/estimate";
import type { Catalog } from "../i18n/catalog";
import type { OptionId } from "../cost/types";
import { capitalized, priceName, textOf } from "../cost/said";
import { recommendationWith } from "./decision";
import type { Economics, LicenceScenario, OptionComparison, RiskDimension } from "./model";

/** The figures the municipality's own report quotes, in its order. */
export const MUNICIPAL_KEY_FIGURES = ["online.migration-consultants", "onprem.expansion-external", "seat-licences.onprem-minus-online"] as const;

const SCENARIO_ID = { organization: "organization", "extended-use-rights": "extended-use-rights", "csp-subscription": "csp-subscription", "cal-equivalent-plans": "cal-equivalent-plans", "plans-without-cal-rights": "without-cal-rights" } as const;

/**
 * The seat-licence difference per licence situation, from the estimate's licence scenarios
 * (cost/licence-scenarios.ts): the organization's own situation and the three a licensing partner
 * compares it with (a programme with Extended Use Rights, CSP, plans that stand in for the CALs).
 */
export function licenceScenarios(cost: CostEstimate, c: Catalog): LicenceScenario[] {
  return (cost.licenceScenarios?.scenarios ?? []).map((s) => {
    const id = SCENARIO_ID[s.id];
    return { id, label: c.paper.economics.scenario[id], onpremSeatsSEK: Math.round(s.onpremSEK), onlineSeatsSEK: Math.round(s.onlineSEK), differenceSEK: Math.round(s.onpremMinusOnlineSEK), serversSEK: Math.round(s.serversSEK) };
  });
}

export function economicsView(cost: CostEstimate, options: OptionComparison[], weights: Record<RiskDimension, number>, c: Catalog): Omit<Economics, "unpricedFlips"> {
  const labels = c.paper.economics.keyFigureLabels;
  const base = recommendationWith(options, weights, { onprem: options.find((o) => o.option === "onprem")!.cost.tco, online: options.find((o) => o.option === "online")!.cost.tco });
  return {
    keyFigures: MUNICIPAL_KEY_FIGURES.flatMap((id) => {
      const figure = cost.keyFigures.find((f) => f.id === id);
      return figure ? [{ id, label: labels[id] ?? figure.label, valueSEK: Math.round(figure.valueSEK) }] : [];
    }),
    licenceScenarios: licenceScenarios(cost, c),
    owned: cost.excluded.map((x) => ({ option: x.option, description: textOf(x, "description", c.lang), quantity: textOf(x, "quantity", c.lang), valueSEK: Math.round(x.valueSEK) })),
    unpriced: cost.unpriced.map((u) => ({ option: u.option, description: textOf(u, "description", c.lang), reason: textOf(u, "reason", c.lang) })),
    sensitivity: (cost.sensitivity?.cases ?? []).map((s) => {
      const tco: Record<OptionId, number> = { onprem: Math.round(s.onprem), online: Math.round(s.online) };
      const recommended = recommendationWith(options, weights, tco);
      return {
        driver: s.driver === "currency:USD" ? c.paper.economics.usdRate : capitalized(priceName(s.driver, c.lang)),
        changePercent: Math.round((s.factor - 1) * 100),
        tco,
        cheaper: s.cheaper,
        flipsCheaper: s.flips,
        recommended,
        flipsRecommendation: recommended !== base,
      };
    }),
  };
}
