// The comparison as neutral tables, so the markdown and the HTML report show the same content.
import { sek } from "../../cost/render/document";
import { DATA_KIND_LABEL, RISK_DIMENSIONS, type Comparison, type OptionComparison } from "../model";

export interface Table {
  title: string;
  rows: string[][];
}

const byOption = (c: Comparison, cell: (o: OptionComparison) => string) => c.options.map(cell);

export function sideBySide(c: Comparison): Table {
  const years = Array.from({ length: c.years }, (_, i) => i);
  return {
    title: "Side by side",
    rows: [
      ["", ...byOption(c, (o) => o.title)],
      ["Azure resources declared", ...byOption(c, (o) => String(o.resources.total))],
      ["One-off cost (SEK)", ...byOption(c, (o) => sek(o.cost.oneOff))],
      ...years.map((i) => [`Cash year ${i + 1} (SEK)`, ...byOption(c, (o) => sek(o.cost.perYear[i] ?? 0))]),
      [`TCO over ${c.years} years, cash incl. staff (SEK)`, ...byOption(c, (o) => sek(o.cost.tco))],
      ["Spend outside in-house staff (SEK)", ...byOption(c, (o) => sek(o.cost.externalCash))],
      ["Unpriced items (not in totals)", ...byOption(c, (o) => String(o.cost.unpricedItems))],
      ["Findings: errors", ...byOption(c, (o) => String(o.findings.bySeverity.error))],
      ["Findings: warnings", ...byOption(c, (o) => String(o.findings.bySeverity.warning))],
      ["Findings: blocking (unwaived errors)", ...byOption(c, (o) => String(o.findings.blocking))],
    ],
  };
}

export function resourcesByType(c: Comparison): Table {
  const types = [...new Set(c.options.flatMap((o) => Object.keys(o.resources.byType)))].sort();
  return { title: "Resources by type", rows: [["Terraform type", ...byOption(c, (o) => o.option)], ...types.map((t) => [t, ...byOption(c, (o) => String(o.resources.byType[t] ?? 0))])] };
}

export function riskTable(c: Comparison): Table {
  return {
    title: "Risk matrix (1 low - 5 high)",
    rows: [
      ["Dimension", ...byOption(c, (o) => o.option)],
      ...RISK_DIMENSIONS.map((d) => [d, ...byOption(c, (o) => {
        const s = o.risk.find((r) => r.dimension === d)!;
        return `${s.score} (${s.level})`;
      })]),
    ],
  };
}

export function dataLocationTable(o: OptionComparison): Table {
  return {
    title: `Where the data lives: ${o.title}`,
    rows: [
      ["Data", "Where", "Operator", "Jurisdictions that can reach it", "CLOUD Act"],
      ...o.dataLocation.map((d) => [DATA_KIND_LABEL[d.data], d.location, d.operator, d.jurisdictions.join(", "), d.cloudActExposure ? "exposed" : "no"]),
    ],
  };
}

export function findingsTable(o: OptionComparison): Table {
  return {
    title: `Findings: ${o.title}`,
    rows: [["Rule", "Severity", "Status", "Message"], ...o.findings.list.map((f) => [f.ruleId, f.severity, f.waived ? "waived" : f.status, f.message])],
  };
}

export function cheaperSentence(c: Comparison): string {
  return `Cheaper over ${c.years} years (cash including in-house staff): ${c.cheaper.option}, by ${sek(c.cheaper.bySEK)} SEK.`;
}
