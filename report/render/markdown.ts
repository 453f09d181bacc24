// comparison.md: the decision paper view of the comparison.
import { RISK_DIMENSIONS, type Comparison } from "../model";
import { cheaperSentence, dataLocationTable, findingsTable, resourcesByType, riskTable, sideBySide, type Table } from "./tables";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function markdownTable(table: Table): string[] {
  const [head, ...rows] = table.rows;
  return [`| ${head!.map(cell).join(" | ")} |`, `|${head!.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)];
}

export function renderComparisonMarkdown(c: Comparison): string {
  const out: string[] = [
    `# ${c.organization}: Exchange Online or expanded on-prem Exchange`,
    "",
    `Derived from the organization file, the synthesized stacks, the policy catalog (judged as of ${c.asOf}) and the cost module. SEK excluding VAT.`,
    "",
  ];
  const section = (table: Table, level = "##") => out.push(`${level} ${table.title}`, "", ...markdownTable(table), "");
  section(sideBySide(c));
  out.push(cheaperSentence(c), "");
  section(riskTable(c));
  out.push("### Why each score", "");
  for (const o of c.options) {
    out.push(`#### ${o.title}`, "");
    for (const dimension of RISK_DIMENSIONS) {
      const s = o.risk.find((r) => r.dimension === dimension)!;
      out.push(`- **${dimension}: ${s.score} (${s.level})**`);
      for (const r of s.reasons) out.push(`  - ${r.points > 0 ? `+${r.points}` : "0"}: ${cell(r.fact)} (${cell(r.source)})`);
    }
    out.push("");
  }
  for (const o of c.options) section(dataLocationTable(o));
  section(resourcesByType(c));
  for (const o of c.options) {
    if (o.findings.list.length) section(findingsTable(o));
    else out.push(`## Findings: ${o.title}`, "", "No findings.", "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
