// Policy findings as risk reasons: each rule area feeds the dimension it protects. A finding
// whose rule checks a fact that a reason already counts is shown but not scored again, and a
// step before going live (Rule.prerequisite) is not scored at all.
import { RULES } from "../../policies/catalog";
import type { Finding } from "../../policies/types";
import type { SourceId } from "../../sources";
import type { ReportMessages } from "../../i18n/catalog";
import type { Lang } from "../../i18n/lang";
import type { FindingCounted, RiskDimension, RiskReason } from "../model";
import { isGateFinding } from "../gates";
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

/**
 * The sources a finding cites until its rule carries its own (Rule.sources): the law or
 * guidance its area rests on, as RULES.md names it.
 */
const AREA_SOURCES: Record<string, [SourceId, ...SourceId[]]> = {
  GOV: ["eurlex-gdpr"],
  RET: ["rkrattsbaser-arkivlag"],
  ONL: ["eurlex-gdpr", "learn-eu-data-boundary"],
  DLP: ["eurlex-gdpr"],
  EXO: ["eurlex-gdpr", "rkrattsbaser-cybersakerhetslag"],
  IAM: ["rkrattsbaser-cybersakerhetslag"],
  AZ: ["eurlex-gdpr"],
  ONP: ["rkrattsbaser-cybersakerhetslag", "learn-exchange-preferred-architecture"],
};

/** Steps before going live (deployment prerequisites, manual admin steps) are not option risks. */
const PREREQUISITES = new Set(RULES.filter((rule) => rule.prerequisite).map((rule) => rule.id));

/** How a rule's findings weigh: a step before going live never, one a fact reason counts through that reason, else by itself. */
export function countedAs(ruleId: string, counted: Set<string>): FindingCounted {
  return PREREQUISITES.has(ruleId) ? "prerequisite" : counted.has(ruleId) ? "fact" : "finding";
}

export function dimensionOfRule(ruleId: string): RiskDimension {
  return BY_RULE[ruleId] ?? BY_AREA[ruleId.split("-")[0]!] ?? "technical";
}

/**
 * ONL-01's warning (no Advanced Data Residency where confidentiality 2 may occur) has no legal
 * basis: GDPR treats the EU/EEA alike and storage in Sweden changes no CLOUD Act exposure. It
 * is a question of sovereignty and so weighs under confidentiality, not law.
 */
function dimensionOfFinding(finding: Finding): RiskDimension {
  return finding.ruleId === "ONL-01" && finding.severity === "warning" ? "confidentiality" : dimensionOfRule(finding.ruleId);
}

export function sourcesOfRule(ruleId: string): [SourceId, ...SourceId[]] {
  const own = RULES.find((rule) => rule.id === ruleId)?.sources;
  return own && own.length ? (own as [SourceId, ...SourceId[]]) : (AREA_SOURCES[ruleId.split("-")[0]!] ?? ["eurlex-gdpr"]);
}

/** Findings add at most this much to one dimension, so many findings of one kind cannot drown the facts. */
export const FINDINGS_CAP = 1.5;

/**
 * An unwaived error adds 1, an undecided error or a warning 0.5, a waived finding 0 (shown); at
 * most FINDINGS_CAP in all. Findings of rules in `counted` are left out: a fact reason counts them.
 */
export function findingReasons(findings: Finding[], dimension: RiskDimension, counted: Set<string>, t: ReportMessages, lang: Lang): RiskReason[] {
  let total = 0;
  return findings
    // A legal or governance prerequisite is a condition of the decision (report/gates.ts), never points.
    .filter((finding) => dimensionOfFinding(finding) === dimension && countedAs(finding.ruleId, counted) === "finding" && !isGateFinding(finding))
    .map((finding) => {
      const full = finding.waiver ? 0 : finding.severity === "error" && finding.status === "fail" ? 1 : 0.5;
      const points = Math.min(full, FINDINGS_CAP - total);
      total += points;
      const s = t.risk.findingState;
      const state = finding.waiver ? s.waived(finding.waiver.expires) : finding.status === "undecided" ? s.undecided : s[finding.severity];
      const capped = points < full ? t.risk.findingCapped(FINDINGS_CAP) : "";
      return reason(points, `${t.risk.finding(finding.ruleId, state, finding.messages[lang])}${capped}`, sourcesOfRule(finding.ruleId), [`policy ${finding.ruleId}`], { rule: finding.ruleId });
    });
}
