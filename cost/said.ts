// Reader-facing texts of the cost items in every language, built through the message catalog
// (i18n/*/cost.ts). The item's plain field keeps the English text (the JSON output and the
// English reports); `said` holds every language for the renderers.
import { catalog, type CostMessages } from "../i18n/catalog";
import { inEveryLang, type Lang, type Said } from "../i18n/lang";

export type { Said } from "../i18n/lang";

/** The same message in every language. */
export function say(pick: (m: CostMessages, lang: Lang) => string): Said {
  return inEveryLang((lang) => pick(catalog(lang).cost, lang));
}

/** Two texts joined the same way in every language. */
export const join = (a: Said, b: Said): Said => inEveryLang((lang) => a[lang] + b[lang]);

export const english = (text: string | Said): string => (typeof text === "string" ? text : text.en);
export const said = (text: string | Said): Said => (typeof text === "string" ? { en: text, sv: text } : text);

/** The localized texts an item carries beside its English fields. */
export interface SaidTexts {
  description?: Said;
  quantity?: Said;
  reason?: Said;
  note?: Said;
  notes?: Said[];
}

/** A field of an item in the reader's language, the English field where no text was said. */
export function textOf<T extends { said?: SaidTexts }>(item: T, field: "description" | "quantity" | "reason" | "note", lang: Lang): string {
  return item.said?.[field]?.[lang] ?? String((item as Record<string, unknown>)[field] ?? "");
}

/** The reader-facing name of a catalog price (i18n/en/cost-prices.ts, i18n/sv/cost-prices.ts); the id where it has none. */
export function priceName(id: string, lang: Lang): string {
  return (catalog(lang).cost.priceName as Record<string, string | undefined>)[id] ?? id;
}

/** The same name starting with a capital, for a table cell. */
export const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** First words of Swedish descriptions that are product names and keep their capital. */
const PRODUCT = /^(Exchange|Windows|System|Microsoft|Office|Defender|Azure|Sentinel|Entra|Log)\b/;

/**
 * A Swedish description as it reads inside a sentence: a leading common word loses its capital
 * ("Virtuell Windows-server" -> "virtuell Windows-server"); a product name, an acronym or a
 * resource type keeps it. English texts stay as they are.
 */
export function inSentence(text: string, lang: Lang): string {
  if (lang === "en" || PRODUCT.test(text) || !/^[A-ZÅÄÖ][a-zåäö]/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
