// Policy findings as risk reasons: each rule area feeds the dimension it protects.
// The catalog is ../shared/docs/policy-catalog.md; the mapping is by rule ID.
import type { Finding } from "../../policies/types";
import type { RiskDimension, RiskReason } from "../model";
import { reason } from "./score";

/** Exact rule IDs first, then the area prefix. */
const BY_RULE: Record<string, RiskDimension> = {
  "EXO-02": "traceability",
  "EXO-03": "traceability",
  "RET-04": "traceability",
  "AZ-01": "legal",
  "AZ-05": "traceability",
  "AZ-06": "availability",
  "ONP-02": "availability",
  "ONP-03": "availability",
};
const BY_AREA: Record<string, RiskDimension> = {
  GOV: "legal",
  RET: "legal",
  ONL: "legal",
  DLP: "confidentiality",
  EXO: "confidentiality",
  IAM: "confidentiality",
  AZ: "integrity",
  ONP: "technical",
};

export function dimensionOfRule(ruleId: string): RiskDimension {
  return BY_RULE[ruleId] ?? BY_AREA[ruleId.split("-")[0]!] ?? "technical";
}

/** Findings add at most this much to one dimension, so many findings of one kind cannot drown the facts. */
export const FINDINGS_CAP = 1.5;

/** An unwaived error adds 1, an undecided error or a warning 0.5, a waived finding 0 (shown); at most FINDINGS_CAP in all. */
export function findingReasons(findings: Finding[], dimension: RiskDimension): RiskReason[] {
  let total = 0;
  return findings
    .filter((finding) => dimensionOfRule(finding.ruleId) === dimension)
    .map((finding) => {
      const full = finding.waiver ? 0 : finding.severity === "error" && finding.status === "fail" ? 1 : 0.5;
      const points = Math.min(full, FINDINGS_CAP - total);
      total += points;
      const state = finding.waiver ? `waived until ${finding.waiver.expires}` : finding.status === "undecided" ? "undecided" : finding.severity;
      const capped = points < full ? ` (not scored beyond ${FINDINGS_CAP} points of findings)` : "";
      return reason(points, `${finding.ruleId} (${state}): ${finding.message}${capped}`, `policy ${finding.ruleId}`);
    });
}
