// A finding's message in every language at once. A rule says what it found through the rules
// catalog (i18n/<lang>/rules), and the same entry is called for each language, so an outcome
// stays plain data: English for JSON, SARIF and the tests, Swedish for the paper and `check`.
import { catalog, type RuleMessages } from "../i18n/catalog";
import { inEveryLang, type Lang, type Said } from "../i18n/lang";

export type { Said } from "../i18n/lang";

/** Words from the rules catalog, in the language of `m`; `lang` picks that language's part of a Said. */
export type Words = (m: RuleMessages, lang: Lang) => string;

/** Builds a text from the rules catalog in every language. */
export function say(words: Words): Said {
  return inEveryLang((lang) => words(catalog(lang).rules, lang));
}

/** The rules catalog entry of a rule ID ("DLP-02" -> dlp02), in one language. */
export function ruleTexts(id: string, lang: Lang): { title: string; remediation: string } | undefined {
  return (catalog(lang).rules as unknown as Record<string, { title: string; remediation: string }>)[ruleKey(id)];
}

export const ruleKey = (id: string) => id.toLowerCase().replace("-", "");
