// The decision paper as neutral blocks, so the markdown and the HTML (and through it the PDF)
// show the same content. Text stays text here: each renderer escapes it in one place.
import type { RiskLevel } from "../model";

export type Inline = string | { strong: string } | { link: string; href: string } | { cite: number[] };

export interface Cell {
  content: Inline[];
  /** A risk level: the HTML colours the cell and always writes the level in words too. */
  level?: RiskLevel;
  numeric?: boolean;
}

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string; id: string }
  | { kind: "paragraph"; content: Inline[]; className?: "lead" | "meta" | "recommendation" }
  | { kind: "table"; caption?: string; head: string[]; rows: Cell[][]; footer?: Cell[][] }
  | { kind: "list"; items: Inline[][]; ordered?: boolean }
  | { kind: "chart"; chart: "cost" | "risk-matrix"; caption: string };

export interface PaperDocument {
  lang: string;
  title: string;
  /** Header of every PDF page: organization and date. */
  header: string;
  blocks: Block[];
}

export const cell = (content: Inline[] | string, extra: Omit<Cell, "content"> = {}): Cell => ({ content: typeof content === "string" ? [content] : content, ...extra });
export const num = (text: string): Cell => ({ content: [text], numeric: true });

/** A heading id from its text: lower case ASCII words joined by hyphens (å, ä, ö folded). */
export function anchor(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const heading = (level: 1 | 2 | 3, text: string): Block => ({ kind: "heading", level, text, id: anchor(text) });
export const paragraph = (...content: Inline[]): Block => ({ kind: "paragraph", content });
