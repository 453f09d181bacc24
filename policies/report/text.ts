import type { Finding } from "../types";
import { isBlocking } from "../waivers";

export function describeLocation(finding: Finding): string {
  const l = finding.location;
  if (l.kind === "organization") return l.path;
  if (l.kind === "resource") return `${l.stack}: ${l.address}`;
  return `${l.document}: ${l.path}`;
}

export function renderFindingsText(findings: Finding[]): string {
  if (findings.length === 0) return "No findings.\n";
  const lines = findings.map((f) => {
    const mark = f.waiver ? "waived" : f.severity;
    const undecided = f.status === "undecided" ? "could not decide: " : "";
    const waiver = f.waiver ? ` (waived until ${f.waiver.expires} by ${f.waiver.approvedBy}: ${f.waiver.reason})` : "";
    return `${f.option.padEnd(6)}  ${mark.padEnd(7)}  ${f.ruleId}  ${undecided}${f.message} [${describeLocation(f)}]${waiver}`;
  });
  return `${lines.join("\n")}\n\n${summary(findings)}\n`;
}

export function summary(findings: Finding[]): string {
  const count = (predicate: (f: Finding) => boolean) => findings.filter(predicate).length;
  return `${count(isBlocking)} blocking error(s), ${count((f) => f.severity === "warning" && !f.waiver)} warning(s), ${count((f) => !!f.waiver)} waived`;
}
