// comparison.md: the decision paper view of the comparison.
import { RISK_DIMENSIONS, type Comparison } from "../model";
import { cheaperSentence, dataLocationTable, findingsTable, resourcesByType, riskTable, sideBySide, type Table } from "./tables";

/**
 * Text as inline Markdown that renders as written: on one line (CR and LF end a line, and
 * NEL and the Unicode line and paragraph separators do for JavaScript renderers),
 * with every character that could open Markdown or HTML structure backslash-escaped (CommonMark
 * lets any ASCII punctuation be escaped), and GitHub's bare autolinks (www., ://, e-mail) broken.
 */
const cell = (text: string) =>
  text
    .replace(/\r\n?|[\n\u0085\u2028\u2029]/g, " ")
    .replace(/[\\`*_[\]<>|~&#!]/g, "\\$&")
    .replace(/:\/\//g, ":\\/\\/")
    .replace(/(www)\./gi, "$1\\.")
    .replace(/@/g, "\\@");

export function markdownTable(table: Table): string[] {
  const [head, ...rows] = table.rows;
  return [`| ${head!.map(cell).join(" | ")} |`, `|${head!.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`)];
}

export function renderComparisonMarkdown(c: Comparison): string {
  const out: string[] = [
    `# ${cell(c.organization)}: Exchange Online or expanded on-prem Exchange`,
    "",
    `Derived from the organization file, the synthesized stacks, the policy catalog (judged as of ${c.asOf}) and the cost module. SEK excluding VAT.`,
    "",
  ];
  const section = (table: Table, level = "##") => out.push(`${level} ${cell(table.title)}`, "", ...markdownTable(table), "");
  section(sideBySide(c));
  out.push(cheaperSentence(c), "");
  section(riskTable(c));
  out.push("### Why each score", "");
  for (const o of c.options) {
    out.push(`#### ${cell(o.title)}`, "");
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
    else out.push(`## Findings: ${cell(o.title)}`, "", "No findings.", "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
