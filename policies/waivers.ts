// Waivers from the organization file. A waiver covers one rule for one option until it
// expires; an expired waiver waives nothing. Waived findings stay in every report.
import type { OrganizationFile } from "../model/schema";
import type { Finding, Waiver } from "./types";

export function applyWaivers(findings: Finding[], org: OrganizationFile, asOf: string): Finding[] {
  return findings.map((finding) => {
    const waiver = org.waivers.find((w) => w.rule === finding.ruleId && w.option === finding.option && w.expires >= asOf);
    if (!waiver) return finding;
    const kept: Waiver = { reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires };
    return { ...finding, waiver: kept };
  });
}

/** Unwaived errors block; an error rule that could not decide blocks too (it is never a pass). */
export function isBlocking(finding: Finding): boolean {
  return finding.severity === "error" && !finding.waiver;
}
