// A risk score is 1 plus the points of the facts behind it, at most 5; every fact is shown
// with its sources. The point steps are explained in the paper (the scale).
import type { SourceId } from "../../sources";
import type { RiskDimension, RiskLevel, RiskReason, RiskScore } from "../model";

export function levelOf(score: number): RiskLevel {
  return score <= 2 ? "low" : score <= 3.5 ? "medium" : "high";
}

export function score(dimension: RiskDimension, reasons: RiskReason[]): RiskScore {
  const value = Math.min(5, 1 + reasons.reduce((total, reason) => total + reason.points, 0));
  const rounded = Math.round(value * 10) / 10;
  return { dimension, score: rounded, level: levelOf(rounded), reasons: [...reasons].sort((a, b) => b.points - a.points) };
}

/**
 * A fact that counts (points > 0) or is shown for balance (points 0), with the public sources
 * it rests on and the organization-file fields it was read from. `rule` names the policy rule
 * that checks the same fact, so its finding is not counted a second time.
 */
export const reason = (points: number, fact: string, sources: [SourceId, ...SourceId[]], basis: string[] = [], extra: Pick<RiskReason, "topic" | "rule" | "prices"> = {}): RiskReason => ({
  points,
  fact,
  sources,
  basis,
  ...extra,
});
