// The one place numbers, money, dates and lists are written for a reader: Swedish style
// (1 548 072 kr, 48 tkr, 2,1 mnkr, 3,5) or English style (1,548,072 SEK, SEK 48k, 3.5).
// Every renderer and every message catalog formats through here.
import type { Lang } from "./lang";

export interface Format {
  lang: Lang;
  /** A whole number with thousands grouped: 1 548 072 / 1,548,072. */
  integer(value: number): string;
  /** At most `decimals` decimals, trailing zeros dropped: 3,5 / 3.5. */
  decimal(value: number, decimals?: number): string;
  /** Exact money for tables: 1 548 072 kr / 1,548,072 SEK. */
  kr(value: number): string;
  /** Rounded money for prose: 2,1 mnkr, 48 tkr, 950 kr / SEK 2.1 million, SEK 48k. */
  money(value: number): string;
  /** A signed amount for deltas: +48 tkr / -48 tkr. */
  signedMoney(value: number): string;
  percent(value: number): string;
  /** "a, b och c" / "a, b and c". */
  list(items: string[]): string;
}

/** U+00A0: Swedish groups thousands with a space that never breaks a number across lines. */
const NBSP = "\u00a0";

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function decimalText(value: number, decimals: number, point: string, separator: string): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole, fraction] = rounded.toFixed(decimals).split(".") as [string, string?];
  const trimmed = fraction?.replace(/0+$/, "") ?? "";
  const sign = value < 0 && rounded !== 0 ? "-" : "";
  return `${sign}${group(whole, separator)}${trimmed ? `${point}${trimmed}` : ""}`;
}

function makeFormat(lang: Lang): Format {
  const sv = lang === "sv";
  const point = sv ? "," : ".";
  const separator = sv ? NBSP : ",";
  const decimal = (value: number, decimals = 1) => decimalText(value, decimals, point, separator);
  const integer = (value: number) => decimalText(Math.round(value), 0, point, separator);
  const money = (value: number) => {
    const size = Math.abs(value);
    if (size >= 1_000_000) return sv ? `${decimal(value / 1_000_000, size >= 10_000_000 ? 1 : 2)}${NBSP}mnkr` : `SEK ${decimal(value / 1_000_000, size >= 10_000_000 ? 1 : 2)} million`;
    if (size >= 10_000) return sv ? `${integer(value / 1000)}${NBSP}tkr` : `SEK ${integer(value / 1000)}k`;
    return sv ? `${integer(value)}${NBSP}kr` : `SEK ${integer(value)}`;
  };
  return {
    lang,
    integer,
    decimal,
    kr: (value) => (sv ? `${integer(value)}${NBSP}kr` : `${integer(value)} SEK`),
    money,
    signedMoney: (value) => (value > 0 ? `+${money(value)}` : value < 0 ? money(value) : sv ? `0${NBSP}kr` : "SEK 0"),
    percent: (value) => `${integer(value)}${NBSP}%`,
    list: (items) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${sv ? "och" : "and"} ${items.at(-1)}`),
  };
}

const FORMATS: Record<Lang, Format> = { sv: makeFormat("sv"), en: makeFormat("en") };

export function formatFor(lang: Lang): Format {
  return FORMATS[lang];
}
