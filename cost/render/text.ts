// Plain-text rendering of the cost report for a terminal of 100 columns: wide tables keep the
// figures in a grid and move the other columns under each row (i18n/text-table.ts).
import { textTable } from "../../i18n/text-table";
import { TERMINAL_WIDTH, wrapText } from "../../i18n/wrap";
import type { Lang } from "../../i18n/lang";
import type { CostEstimate } from "../estimate";
import { costDocument } from "./document";

export function renderCostText(estimate: CostEstimate, lang: Lang = "en"): string {
  const out: string[] = [];
  for (const block of costDocument(estimate, lang)) {
    if (block.kind === "heading") out.push("", ...wrapText(block.text, ""), "=".repeat(Math.min(block.text.length, TERMINAL_WIDTH)));
    else if (block.kind === "paragraph") out.push(...wrapText(block.text, ""));
    else if (block.kind === "list") out.push(...block.items.flatMap((item) => wrapText(item, "  ", undefined, "- ")));
    else out.push(textTable(block.rows));
  }
  return `${out.join("\n").trimStart()}\n`;
}
