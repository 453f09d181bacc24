// A table for a terminal of TERMINAL_WIDTH columns. When every column fits, the table is printed
// as it is; otherwise the first column and the figures stay a grid (the first column wrapped)
// and the other text columns move under each row as "header: value" lines. The JSON output of
// the same command keeps every column whole.
import { TERMINAL_WIDTH, wrapText } from "./wrap";

const GAP = "  ";
const FIGURE = /^([+-]?[\d\s ,.]+( ?%| kr| SEK| GB| TB| mnkr| tkr)?|-|)$/;

function isFigureColumn(rows: string[][], column: number): boolean {
  return rows.slice(1).every((row) => FIGURE.test((row[column] ?? "").trim()));
}

/** Column widths over the whole table, the first column's given. */
function widthsOf(rows: string[][], columns: number[], firstWidth: number): number[] {
  return columns.map((column, index) => (index === 0 ? firstWidth : Math.max(...rows.map((row) => (row[column] ?? "").length))));
}

function grid(rows: string[][], columns: number[], widths: number[], figures: Set<number>): string[] {
  return rows.flatMap((row) => {
    // A wrapped first cell continues indented, so its lines read as one cell.
    const first = wrapText(row[columns[0]!] ?? "", "  ", widths[0]!, "");
    return first.map((line, lineIndex) =>
      columns
        .map((column, index) => {
          if (index === 0) return line.padEnd(widths[0]!);
          const cell = lineIndex === 0 ? (row[column] ?? "") : "";
          return figures.has(column) ? cell.padStart(widths[index]!) : cell.padEnd(widths[index]!);
        })
        .join(GAP)
        .trimEnd(),
    );
  });
}

export function textTable(rows: string[][], width = TERMINAL_WIDTH): string {
  const count = Math.max(...rows.map((row) => row.length));
  const all = Array.from({ length: count }, (_, column) => column);
  const figures = new Set(all.filter((column) => column > 0 && isFigureColumn(rows, column)));
  const natural = Math.max(...rows.map((row) => (row[0] ?? "").length));
  const plain = grid(rows, all, widthsOf(rows, all, natural), figures);
  if (plain.every((line) => line.length <= width)) return plain.join("\n");

  const gridColumns = [0, ...all.filter((column) => figures.has(column))];
  const detail = all.filter((column) => column > 0 && !figures.has(column));
  const figuresWidth = gridColumns.slice(1).reduce((total, column) => total + GAP.length + Math.max(...rows.map((row) => (row[column] ?? "").length)), 0);
  const firstWidth = Math.min(natural, width - figuresWidth);
  if (firstWidth < 16) {
    // Too many figures for one line: each row as a block of "header: value" lines.
    const [header, ...body] = rows;
    return body.map((row) => [row[0] ?? "", ...all.slice(1).flatMap((column) => wrapText(`${header![column] ?? ""}: ${row[column] ?? ""}`, "    ", width, "  "))].join("\n")).join("\n");
  }
  const [header, ...body] = rows;
  const widths = widthsOf(rows, gridColumns, firstWidth);
  const lines = grid([header!], gridColumns, widths, figures);
  for (const row of body) {
    lines.push(...grid([row], gridColumns, widths, figures));
    const details = detail.filter((column) => (row[column] ?? "").trim()).map((column) => `${header![column]}: ${row[column]}`);
    if (details.length) lines.push(...wrapText(details.join("; "), "      ", width, "    "));
  }
  return lines.join("\n");
}
