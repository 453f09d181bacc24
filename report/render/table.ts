// A plain table (title and rows of text), for the portfolio summary.
export interface Table {
  title: string;
  rows: string[][];
}
