// Plain-text tables for terminal output: left-aligned first column, right-aligned figures.
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;
// One formatter for every figure: toLocaleString builds a new one per call (30 ms of `sizing`).
const thousands = new Intl.NumberFormat("en-US");
export const gb = (value: number): string => `${thousands.format(Math.round(value))} GB`;
