// Swedish and EU law, and the authorities that interpret it (Riksdagen, EUR-Lex, IMY, eSam, MSB, Riksarkivet).
import type { SourceArea } from "./types";

export const lawSources = {
  "eurlex-gdpr": {
    title: "Regulation (EU) 2016/679 (General Data Protection Regulation)",
    publisher: "EUR-Lex",
    url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    read: "2026-12-01",
    says: "Processors (art. 28), security of processing (art. 32), DPIA (art. 35), breach notice (art. 33) and transfers to third countries (chapter V, art. 44-49).",
    primary: true,
  },
} satisfies SourceArea;
