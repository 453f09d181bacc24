// `onprem drift` as text, markdown (a CI job summary) or JSON.
import type { OnpremDriftMessages } from "../../i18n/catalog";
import type { DriftedSetting } from "../../model/exchange-onprem/drift";
import { markdownText } from "../../report/render/escape";
import { markdownTable } from "../../report/render/markdown";
import { value as shown } from "./drift";

export const ONPREM_DRIFT_MARKER = "<!-- exchange-iac-onprem-drift -->";

export interface OnpremDriftReport {
  drifted: DriftedSetting[];
  watched: number;
  exportedAt?: string;
}

export function renderOnpremDrift(report: OnpremDriftReport, format: string, m: OnpremDriftMessages): string {
  if (format === "json") return `${JSON.stringify({ kind: "exchange-iac-onprem-drift", version: 1, watched: report.watched, exportedAt: report.exportedAt ?? null, drifted: report.drifted }, null, 2)}\n`;
  const summary = report.drifted.length ? m.some(report.drifted.length, report.watched) : m.none(report.watched);
  const field = (d: DriftedSetting) => d.field ?? m.alwaysDeclared(d.rule ?? "");
  if (format === "markdown") {
    const out = [ONPREM_DRIFT_MARKER, `## ${markdownText(m.title)}`, "", markdownText(summary), ""];
    if (report.exportedAt) out.push(markdownText(m.exported(report.exportedAt)), "");
    if (report.drifted.length) {
      out.push(...markdownTable({ title: "", rows: [m.headers, ...report.drifted.map((d) => [d.id, shown(d.declared), shown(d.current), field(d)])] }), "");
    }
    return `${out.join("\n")}\n`;
  }
  const lines = [`${m.title}: ${summary}`, ...(report.exportedAt ? [m.exported(report.exportedAt)] : []), ...report.drifted.map((d) => `  ${m.line(d.id, shown(d.declared), shown(d.current), field(d))}`)];
  return `${lines.join("\n")}\n`;
}
