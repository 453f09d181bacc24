// Plain-text rendering of the cost report for the terminal.
import { table } from "../../cli/render/table";
import type { CostEstimate } from "../estimate";
import { costDocument } from "./document";

export function renderCostText(estimate: CostEstimate): string {
  const out: string[] = [];
  for (const block of costDocument(estimate)) {
    if (block.kind === "heading") out.push("", block.text, "=".repeat(block.text.length));
    else if (block.kind === "paragraph") out.push(block.text);
    else if (block.kind === "list") out.push(...block.items.map((item) => `- ${item}`));
    else out.push(table(block.rows));
  }
  return `${out.join("\n").trimStart()}\n`;
}
