// The one-line comments `exchange-iac init` writes above each key, in Swedish and English.
// Keys are dotted paths of the organization file ("[]" marks a list's entries).
import { INIT_COMMENTS_EN } from "./comments-en";
import { INIT_COMMENTS_SV } from "./comments-sv";

import type { Lang } from "../../i18n/lang";


const CATALOGS: Record<Lang, Record<string, string>> = { sv: INIT_COMMENTS_SV, en: INIT_COMMENTS_EN };

export function commentFor(path: string, language: Lang): string | undefined {
  return CATALOGS[language][path];
}

export function knownCommentPaths(language: Lang): string[] {
  return Object.keys(CATALOGS[language]);
}

export function headerLines(language: Lang): string[] {
  return language === "sv"
    ? [
        "Organisationsfil för exchange-iac: beskriver kommunen, båda driftalternativen och underlaget för",
        "jämförelsen. Skriven av `exchange-iac init`. Ersätt varje värde inom <...>; kontrollera filen med",
        "`exchange-iac sizing --config <fil>`, som namnger varje fält som saknas eller är fel.",
        "Rader som börjar med # är kommentarer; ta bort # framför en nyckel när uppgiften finns.",
      ]
    : [
        "Organization file for exchange-iac: describes the municipality, both hosting options and what the",
        "comparison weighs. Written by `exchange-iac init`. Replace every value in <...>; check the file",
        "with `exchange-iac sizing --config <file>`, which names every field that is missing or wrong.",
        "Lines starting with # are comments; remove the # before a key once you have the fact.",
      ];
}
