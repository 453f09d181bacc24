// A risk score is 1 plus the points of the facts behind it, at most 5; every fact is shown.
import type { RiskDimension, RiskReason, RiskScore } from "../model";

export function score(dimension: RiskDimension, reasons: RiskReason[]): RiskScore {
  const value = Math.min(5, 1 + reasons.reduce((total, reason) => total + reason.points, 0));
  return {
    dimension,
    score: Math.round(value * 10) / 10,
    level: value <= 2 ? "low" : value <= 3.5 ? "medium" : "high",
    reasons: [...reasons].sort((a, b) => b.points - a.points),
  };
}

/** A fact that counts (points > 0) or is shown for balance (points 0), with its source. */
export const reason = (points: number, fact: string, source: string): RiskReason => ({ points, fact, source });
