// Markdown rendering of the cost report (for decision papers and pull-request comments).
import type { Lang } from "../../i18n/lang";
import type { CostEstimate } from "../estimate";
import { costDocument } from "./document";

const cell = (text: string) => text.replace(/\|/g, "\\|");
/** Figures are right-aligned; a column is a figure column when every cell is a number (Swedish groups with no-break spaces). */
const NUMBER = /^[+-]?[\d,.\u00a0]+( %)?$/;

export function renderCostMarkdown(estimate: CostEstimate, lang: Lang = "en"): string {
  const out: string[] = [];
  let first = true;
  for (const block of costDocument(estimate, lang)) {
    if (block.kind === "heading") {
      out.push(`${first ? "#" : "##"} ${block.text}`, "");
      first = false;
    } else if (block.kind === "paragraph") out.push(block.text, "");
    else if (block.kind === "list") out.push(...block.items.map((item) => `- ${cell(item)}`), "");
    else {
      const [head, ...rows] = block.rows;
      const numeric = (i: number) => i > 0 && rows.every((row) => !row[i] || NUMBER.test(row[i]!));
      out.push(`| ${head!.map(cell).join(" | ")} |`, `|${head!.map((_, i) => (numeric(i) ? "---:" : "---")).join("|")}|`, ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`), "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}
