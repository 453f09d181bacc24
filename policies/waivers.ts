// Waivers from the organization file. A waiver covers one rule for one option until it
// expires; an expired waiver waives nothing, and neither does one without a real reason and
// approver (the loader refuses those; this holds for an organization built in code too).
// Waived findings stay in every report.
import { TEXT_LENGTH, isMeaningfulText, type OrganizationFile } from "../model/schema";
import type { Finding, Waiver } from "./types";

/** A reason of at least 10 characters and a named approver, as the schema asks. */
function isJustified(waiver: Waiver): boolean {
  return isMeaningfulText(waiver.reason, TEXT_LENGTH.paragraph, 10) && isMeaningfulText(waiver.approvedBy, TEXT_LENGTH.name);
}

export function applyWaivers(findings: Finding[], org: OrganizationFile, asOf: string): Finding[] {
  return findings.map((finding) => {
    const waiver = org.waivers.find((w) => w.rule === finding.ruleId && w.option === finding.option && w.expires >= asOf && isJustified(w));
    if (!waiver) return finding;
    const kept: Waiver = { reason: waiver.reason, approvedBy: waiver.approvedBy, expires: waiver.expires };
    return { ...finding, waiver: kept };
  });
}

/** Unwaived errors block; an error rule that could not decide blocks too (it is never a pass). */
export function isBlocking(finding: Finding): boolean {
  return finding.severity === "error" && !finding.waiver;
}
