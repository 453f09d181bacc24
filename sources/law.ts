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
  "riksdagen-osl": {
    title: "Offentlighets- och sekretesslag (2009:400)",
    publisher: "Riksdagen",
    url: "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/offentlighets-och-sekretesslag-2009400_sfs-2009-400/",
    read: "2026-12-01",
    says: "10 kap. 2 a §: an authority may disclose secret information to a provider of IT services unless disclosure is inappropriate; that judgement is the recorded suitability assessment (not re-read in the law text for this entry).",
    primary: false,
  },
  "eurlex-nis2": {
    title: "Directive (EU) 2022/2555 (NIS2)",
    publisher: "EUR-Lex",
    url: "https://eur-lex.europa.eu/eli/dir/2022/2555/oj",
    read: "2026-12-01",
    says: "Art. 21(2): cybersecurity risk-management measures include business continuity, backup management and disaster recovery (c) and supply-chain security (d) (not re-read in the directive text for this entry).",
    primary: false,
  },
} satisfies SourceArea;
