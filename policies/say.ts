// A finding's message in every language at once. A rule says what it found through the rules
// catalog (i18n/<lang>/rules), and the same entry is called for each language, so an outcome
// stays plain data: English for JSON, SARIF and the tests, Swedish for the paper and `check`.
import type { RuleMessages } from "../i18n/catalog";
import type { Lang, Said } from "../i18n/lang";
import { rules as en } from "../i18n/en/rules";
import { rules as sv } from "../i18n/sv/rules";

export type { Said } from "../i18n/lang";

const CATALOGS: Record<Lang, RuleMessages> = { en, sv };

/** Words from the rules catalog, in the language of `m`; `lang` picks that language's part of a Said. */
export type Words = (m: RuleMessages, lang: Lang) => string;

/** Builds a text from the rules catalog in every language. */
export function say(words: Words): Said {
  return { en: words(CATALOGS.en, "en"), sv: words(CATALOGS.sv, "sv") };
}

/** The rules catalog entry of a rule ID ("DLP-02" -> dlp02), in one language. */
export function ruleTexts(id: string, lang: Lang): { title: string; remediation: string } | undefined {
  return (CATALOGS[lang] as unknown as Record<string, { title: string; remediation: string }>)[ruleKey(id)];
}

export const ruleKey = (id: string) => id.toLowerCase().replace("-", "");
