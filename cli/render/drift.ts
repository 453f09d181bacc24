// `tenant drift` as text for a terminal and as markdown for a CI job summary or an issue.
import type { DriftedProperty } from "../../model/tcm/drift";
import { printable } from "../../model/external-failure";
import { markdownCode, markdownText } from "../../report/render/escape";
import { markdownTable } from "../../report/render/markdown";

export const DRIFT_MARKER = "<!-- exchange-iac-drift -->";

export interface DriftReport {
  monitor: { id: string; displayName: string };
  drifted: DriftedProperty[];
}

export function value(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value) ?? "(none)";
}

export function fieldText(property: DriftedProperty): string {
  if (!property.declared) return "not in the organization file now (run exchange-iac tenant monitor)";
  return property.field ?? "none: exchange-iac always declares it";
}

function summary(report: DriftReport): string {
  const count = report.drifted.length;
  if (count === 0) return "No drift: the tenant matched every declared property at the monitor's last run (every 6 hours).";
  const resources = new Set(report.drifted.map((property) => property.resource)).size;
  return `${count} drifted ${count === 1 ? "property" : "properties"} in ${resources} resource${resources === 1 ? "" : "s"}.`;
}

export function renderDriftText(report: DriftReport): string {
  // What the service sent is printed without control characters: it cannot steer the terminal.
  const lines = [`Tenant drift against "${printable(report.monitor.displayName)}" (TCM monitor ${printable(report.monitor.id)}): ${summary(report)}`];
  let last = "";
  for (const property of report.drifted) {
    if (property.resource !== last) lines.push(`  ${printable(property.resource)} (${printable(property.resourceType)})`);
    last = property.resource;
    lines.push(`    ${printable(property.property)}: desired ${printable(value(property.desired))}, current ${printable(value(property.current))}; organization file: ${fieldText(property)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function renderDriftMarkdown(report: DriftReport): string {
  const out = [DRIFT_MARKER, `## Tenant drift: ${markdownText(printable(report.monitor.displayName))}`, "", `Microsoft's Tenant Configuration Management (monitor ${markdownCode(printable(report.monitor.id))}): ${summary(report)}`, ""];
  if (report.drifted.length) {
    const rows = report.drifted.map((property) => [property.resource, property.property, value(property.desired), value(property.current), fieldText(property)].map(printable));
    out.push(...markdownTable({ title: "", rows: [["Resource", "Property", "Desired", "Current", "Organization file"], ...rows] }), "");
    out.push("Change the tenant back (its admin center, or the deployment run), or change the organization file and run `exchange-iac tenant monitor`.", "");
  }
  return `${out.join("\n")}\n`;
}
