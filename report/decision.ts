// The recommendation, computed: each option's risk scores weighed with decision.weights of
// the organization file; the lower weighted average is recommended (equal: the lower TCO).
// Also where it would change: the weight of one dimension (others fixed) and the rise in the
// recommended option's cost (economic scores recomputed, every other fact fixed).
import type { OptionId } from "../cost/types";
import type { Decision, DecisionRow, OptionComparison, RiskDimension, WeightFlip } from "./model";
import { RISK_DIMENSIONS } from "./model";
import { tcoPoints, TCO_STEPS } from "./risk/economic";

export const MAX_WEIGHT = 10;
const round2 = (value: number) => Math.round(value * 100) / 100;
const scoreOf = (o: OptionComparison, d: RiskDimension) => o.risk.find((r) => r.dimension === d)!.score;

type Scores = Record<OptionId, Record<RiskDimension, number>>;

function choose(weights: Record<RiskDimension, number>, scores: Scores, tco: Record<OptionId, number>): { recommended: OptionId; tie: boolean; sums: Record<OptionId, number> } {
  const sum = (id: OptionId) => RISK_DIMENSIONS.reduce((total, d) => total + weights[d] * scores[id][d], 0);
  const sums = { onprem: sum("onprem"), online: sum("online") };
  const difference = sums.onprem - sums.online;
  if (Math.abs(difference) < 1e-9) return { recommended: tco.onprem <= tco.online ? "onprem" : "online", tie: true, sums };
  return { recommended: difference < 0 ? "onprem" : "online", tie: false, sums };
}

/** The economic score with other TCOs: the TCO-gap points change, every other economic fact stays. */
function economicScores(options: OptionComparison[], tco: Record<OptionId, number>): Record<OptionId, number> {
  const cheapestNow = Math.min(...options.map((o) => o.cost.tco));
  const cheapest = Math.min(tco.onprem, tco.online);
  const out = {} as Record<OptionId, number>;
  for (const o of options) {
    const base = scoreOf(o, "economic") - tcoPoints(cheapestNow > 0 ? o.cost.tco / cheapestNow : 1);
    out[o.option] = Math.min(5, Math.round((base + tcoPoints(cheapest > 0 ? tco[o.option] / cheapest : 1)) * 10) / 10);
  }
  return out;
}

export function withTco(options: OptionComparison[], scores: Scores, tco: Record<OptionId, number>): Scores {
  const economic = economicScores(options, tco);
  return { onprem: { ...scores.onprem, economic: economic.onprem }, online: { ...scores.online, economic: economic.online } };
}

/**
 * The scores choose (legal prerequisites never enter them); the gates then decide how: the
 * scored best option with its conditions, or the other option when the best one has a
 * condition no measure meets and the other has none such.
 */
function gate(options: OptionComparison[], scoredBest: OptionId): { recommended: OptionId; basis: Decision["basis"] } {
  const conditions = (id: OptionId) => options.find((o) => o.option === id)!.conditions;
  const otherId: OptionId = scoredBest === "onprem" ? "online" : "onprem";
  const blocked = (id: OptionId) => conditions(id).some((c) => !c.remediable);
  if (blocked(scoredBest) && !blocked(otherId)) return { recommended: otherId, basis: "other-option" };
  return { recommended: scoredBest, basis: conditions(scoredBest).length ? "conditional" : "unconditional" };
}

export function decide(options: OptionComparison[], weights: Record<RiskDimension, number>): Decision {
  const scores = Object.fromEntries(options.map((o) => [o.option, Object.fromEntries(RISK_DIMENSIONS.map((d) => [d, scoreOf(o, d)]))])) as Scores;
  const tco = Object.fromEntries(options.map((o) => [o.option, o.cost.tco])) as Record<OptionId, number>;
  const totalWeight = RISK_DIMENSIONS.reduce((total, d) => total + weights[d], 0);
  const { recommended: scoredBest, tie, sums } = choose(weights, scores, tco);
  const { recommended, basis } = gate(options, scoredBest);
  const other: OptionId = recommended === "onprem" ? "online" : "onprem";
  const rows: DecisionRow[] = RISK_DIMENSIONS.map((dimension) => ({
    dimension,
    weight: weights[dimension],
    score: { onprem: scores.onprem[dimension], online: scores.online[dimension] },
    weighted: { onprem: round2(weights[dimension] * scores.onprem[dimension]), online: round2(weights[dimension] * scores.online[dimension]) },
  }));
  // How far the recommended option is ahead: sum over dimensions of weight x (other - recommended).
  const lead = sums[other] - sums[recommended];
  const weightFlips = RISK_DIMENSIONS.map((dimension) => weightFlip(dimension, weights[dimension], scores[other][dimension] - scores[recommended][dimension], lead));
  const reachable = weightFlips.filter((f) => f.flipAt !== null);
  // Scores do not decide when the gates do: no weight or price then changes the recommendation.
  const nearestFlip = basis === "other-option" ? null : reachable.sort((a, b) => Math.abs(a.flipAt! - a.weight) - Math.abs(b.flipAt! - b.weight) || RISK_DIMENSIONS.indexOf(a.dimension) - RISK_DIMENSIONS.indexOf(b.dimension))[0] ?? null;
  const recommendedOption = options.find((o) => o.option === recommended)!;
  const otherOption = options.find((o) => o.option === other)!;
  const carriers = RISK_DIMENSIONS.map((dimension) => ({ dimension, advantage: round2(weights[dimension] * (scores[other][dimension] - scores[recommended][dimension])) }))
    .filter((c) => c.advantage > 0)
    .sort((a, b) => b.advantage - a.advantage || RISK_DIMENSIONS.indexOf(a.dimension) - RISK_DIMENSIONS.indexOf(b.dimension))
    .slice(0, 3)
    .map((c) => ({ ...c, reason: otherOption.risk.find((r) => r.dimension === c.dimension)!.reasons[0]?.fact ?? "" }));
  return {
    weights,
    rows,
    totals: {
      onprem: { weighted: round2(sums.onprem), average: round2(totalWeight ? sums.onprem / totalWeight : 0) },
      online: { weighted: round2(sums.online), average: round2(totalWeight ? sums.online / totalWeight : 0) },
    },
    recommended,
    other,
    basis,
    conditions: recommendedOption.conditions,
    scoredBest,
    tieBrokenByCost: tie,
    carriers,
    weightFlips,
    nearestFlip,
    priceFlip: basis === "other-option" ? null : priceFlip(options, weights, scores, tco, recommendedOption, otherOption),
  };
}

/**
 * Changing the weight of one dimension from w to x changes the lead by (x - w) x delta, where
 * delta = other's score - recommended's score there. The lead reaches 0 at x = w - lead / delta.
 */
function weightFlip(dimension: RiskDimension, weight: number, delta: number, lead: number): WeightFlip {
  if (delta === 0) return { dimension, weight, flipAt: null, direction: "above" };
  const at = weight - lead / delta;
  const direction = delta < 0 ? "above" : "below";
  const reachable = direction === "above" ? at <= MAX_WEIGHT : at > 0;
  return { dimension, weight, flipAt: reachable ? round2(at) : null, direction };
}

/**
 * The smallest rise of the recommended option's TCO at which the other option is recommended.
 * The economic score changes only where a TCO ratio crosses a step, so only those points (and
 * 1 SEK past them) are tried.
 */
function priceFlip(options: OptionComparison[], weights: Record<RiskDimension, number>, scores: Scores, tco: Record<OptionId, number>, rec: OptionComparison, other: OptionComparison): Decision["priceFlip"] {
  const [r, o] = [rec.cost.tco, other.cost.tco];
  const candidates = new Set<number>([o - r]);
  for (const { above } of TCO_STEPS) {
    candidates.add(above * o - r); // the recommended option becomes dearer by a step
    candidates.add(o / above - r); // the other option stops being dearer by a step
  }
  const tried = [...candidates].flatMap((c) => [c, c + 1]).filter((c) => c >= 0).map(Math.ceil).sort((a, b) => a - b);
  for (const increase of tried) {
    const next = { ...tco, [rec.option]: r + increase } as Record<OptionId, number>;
    if (choose(weights, withTco(options, scores, next), next).recommended !== rec.option) return { increaseSEK: increase, differenceSEK: r + increase - o };
  }
  return null;
}

/** The recommendation if the options cost `tco` instead (economic scores recomputed, all else fixed). */
export function recommendationWith(options: OptionComparison[], weights: Record<RiskDimension, number>, tco: Record<OptionId, number>): OptionId {
  const scores = Object.fromEntries(options.map((o) => [o.option, Object.fromEntries(RISK_DIMENSIONS.map((d) => [d, scoreOf(o, d)]))])) as Scores;
  return choose(weights, withTco(options, scores, tco), tco).recommended;
}
