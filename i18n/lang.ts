// The languages a person reads the output in. Swedish is the default for a Swedish
// organization; `--lang sv|en` chooses.
import { InputError } from "../model/input-error";

export type Lang = "sv" | "en";

/** One text in each language (a finding, a cost item): plain data, so it travels to JSON and worker threads. */
export type Said = Readonly<Record<Lang, string>>;

/** The same text built once per language (the finding and cost-item builders use it). */
export function inEveryLang(text: (lang: Lang) => string): Said {
  return { en: text("en"), sv: text("sv") };
}
export const LANGS: readonly Lang[] = ["sv", "en"];

/** Swedish for an organization in Sweden, English otherwise. */
export function defaultLang(country: string | undefined): Lang {
  return country?.toUpperCase() === "SE" ? "sv" : "en";
}

/** The --lang flag, or the organization's default when it is not given. */
export function langFlag(value: string | undefined, country: string | undefined): Lang {
  if (value === undefined) return defaultLang(country);
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw new InputError("--lang", JSON.stringify(value), `one of ${LANGS.join(", ")}`);
}
