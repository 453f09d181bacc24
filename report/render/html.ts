// comparison.html: one self-contained file. A Content-Security-Policy of default-src 'none'
// forbids every network load; the chart is inline SVG and the styles are inline. The same
// HTML is printed to comparison.pdf (report/render/pdf.ts): the print rules keep table rows
// whole and repeat table headers on each page.
import type { Comparison } from "../model";
import { buildPaper } from "../paper/build";
import type { Block, Cell, Inline, PaperDocument } from "../paper/document";
import { escapeHtml } from "./escape";
import { cumulativeCostChart } from "./svg";
import { riskMatrixChart } from "./risk-matrix-svg";
import type { Table } from "./table";

export const STYLE = `body{font-family:"DejaVu Sans","Segoe UI",system-ui,sans-serif;margin:2rem auto;max-width:1050px;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.7rem;margin:0.3rem 0 1rem}h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:2px solid #1f5f7a;padding-bottom:0.2rem}h3{font-size:1.1rem;margin-top:1.4rem}
p.meta{color:#444;font-size:0.9rem;margin:0}p.lead{font-size:1.02rem}p.recommendation{background:#eef5f8;border-left:5px solid #1f5f7a;padding:0.6rem 0.8rem}
table{border-collapse:collapse;margin:0.5rem 0 1.2rem;font-size:0.86em;width:100%}th,td{border:1px solid #b8b8b8;padding:0.3rem 0.45rem;text-align:left;vertical-align:top}
th{background:#ececec}td.num{text-align:right;white-space:nowrap}caption{text-align:left;font-weight:bold;margin-bottom:0.3rem}tfoot td{font-weight:bold;background:#f6f6f6}
td.level-low{background:#dcefd6}td.level-medium{background:#fbedc0}td.level-high{background:#f5cfca}
figure{margin:1rem 0}figcaption{font-weight:bold;margin-bottom:0.3rem}a{color:#0b4f88}td a{word-break:break-all}
@page{size:A4;margin:22mm 14mm 18mm}
@media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}h3{break-after:avoid}tr,figure,p.recommendation{break-inside:avoid}thead{display:table-header-group}tfoot{display:table-row-group}a{color:#0b4f88}}`;

/** A self-contained page: inline style only, and a policy that forbids every network request. */
export function htmlDocument(lang: string, title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}

export function htmlTable(table: Table, heading = "h2"): string {
  const [head, ...rows] = table.rows;
  const numeric = /^[+-]?[\d\s\u00a0,.]+( ?(kr|SEK|tkr|mnkr|%))?$/;
  return `<${heading}>${escapeHtml(table.title)}</${heading}>
<table><thead><tr>${head!.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>
<tbody>${rows.map((row) => `<tr>${row.map((v, i) => `<td${i > 0 && numeric.test(v) ? ' class="num"' : ""}>${escapeHtml(v)}</td>`).join("")}</tr>`).join("\n")}</tbody></table>`;
}

function inline(part: Inline): string {
  if (typeof part === "string") return escapeHtml(part);
  if ("strong" in part) return `<strong>${escapeHtml(part.strong)}</strong>`;
  if ("link" in part) return `<a href="${escapeHtml(part.href)}">${escapeHtml(part.link)}</a>`;
  return part.cite.length ? `[${part.cite.map((n) => `<a href="#source-${n}">${n}</a>`).join(", ")}]` : "";
}

const inlines = (parts: Inline[]) => parts.map(inline).join("");

/**
 * A long identifier (a Terraform type such as azurerm_system_center_virtual_machine_manager_...,
 * a field path such as deployment.prerequisites.resourceProvidersRegistered) may break after
 * its underscores and dots, so a table cell never pushes the table past the A4 page.
 */
const breakable = (html: string): string => html.replace(/[^\s<>]{24,}/g, (word) => word.replace(/([_.])(?=[A-Za-z])/g, "$1<wbr>"));

function td(c: Cell, first: boolean): string {
  const classes = [c.numeric ? "num" : "", c.level ? `level-${c.level}` : ""].filter(Boolean).join(" ");
  const tag = first ? "th" : "td";
  const content = c.content.map((part) => (typeof part === "string" ? breakable(escapeHtml(part)) : inline(part))).join("");
  return `<${tag}${first ? ' scope="row"' : ""}${classes ? ` class="${classes}"` : ""}>${content}</${tag}>`;
}

function block(b: Block, c: Comparison): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level} id="${escapeHtml(b.id)}">${escapeHtml(b.text)}</h${b.level}>`;
    case "paragraph":
      return `<p${b.className ? ` class="${b.className}"` : ""}>${inlines(b.content)}</p>`;
    case "list":
      return `<${b.ordered ? "ol" : "ul"}>${b.items.map((item) => `<li>${inlines(item)}</li>`).join("")}</${b.ordered ? "ol" : "ul"}>`;
    case "chart":
      return `<figure><figcaption>${escapeHtml(b.caption)}</figcaption>\n${b.chart === "cost" ? cumulativeCostChart(c) : riskMatrixChart(c)}\n</figure>`;
    case "table": {
      const sources = b.head[0] === "#";
      const rowHtml = (row: Cell[], index: number) => `<tr${sources ? ` id="source-${index + 1}"` : ""}>${row.map((x, i) => (i === 0 && !sources && row.length > 1 ? td(x, true) : td(x, false))).join("")}</tr>`;
      return `<table>${b.caption ? `<caption>${escapeHtml(b.caption)}</caption>` : ""}<thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>
<tbody>${b.rows.map(rowHtml).join("\n")}</tbody>${b.footer ? `<tfoot>${b.footer.map((row) => `<tr>${row.map((x, i) => td(x, i === 0)).join("")}</tr>`).join("")}</tfoot>` : ""}</table>`;
    }
  }
}

export function renderPaperHtml(paper: PaperDocument, c: Comparison): string {
  return htmlDocument(paper.lang, paper.title, `${paper.blocks.map((b) => block(b, c)).join("\n")}\n`);
}

export function renderComparisonHtml(c: Comparison): string {
  return renderPaperHtml(buildPaper(c), c);
}
