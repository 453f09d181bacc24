// comparison.md: the decision paper as markdown (the same blocks as the HTML).
import type { Comparison } from "../model";
import { buildPaper } from "../paper/build";
import type { Block, Cell, Inline, PaperDocument } from "../paper/document";
import { markdownText } from "./escape";
import type { Table } from "./table";

export function markdownTable(table: Table): string[] {
  const [head, ...rows] = table.rows;
  return [`| ${head!.map(markdownText).join(" | ")} |`, `|${head!.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.map(markdownText).join(" | ")} |`)];
}

function inline(part: Inline): string {
  if (typeof part === "string") return markdownText(part);
  if ("strong" in part) return `**${markdownText(part.strong)}**`;
  if ("link" in part) return `<${part.href.replace(/[<>\s]/g, encodeURIComponent)}>`;
  return part.cite.length ? `[${part.cite.join(", ")}]` : "";
}

const inlines = (parts: Inline[]) => parts.map(inline).join("");
const cells = (row: Cell[]) => `| ${row.map((c) => inlines(c.content)).join(" | ")} |`;

function block(b: Block): string[] {
  switch (b.kind) {
    case "heading":
      return [`${"#".repeat(b.level)} ${markdownText(b.text)}`, ""];
    case "paragraph":
      return [inlines(b.content), ""];
    case "list":
      return [...b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : "-"} ${inlines(item)}`), ""];
    case "chart":
      return [];
    case "table":
      return [...(b.caption ? [`*${markdownText(b.caption)}*`, ""] : []), `| ${b.head.map(markdownText).join(" | ")} |`, `|${b.head.map(() => "---").join("|")}|`, ...b.rows.map(cells), ...(b.footer ?? []).map(cells), ""];
  }
}

export function renderComparisonMarkdown(c: Comparison): string {
  return renderPaperMarkdown(buildPaper(c));
}

/** The paper as markdown, from a paper already built (compare builds it once for every format). */
export function renderPaperMarkdown(paper: PaperDocument): string {
  return `${paper.blocks.flatMap(block).join("\n").trimEnd()}\n`;
}
