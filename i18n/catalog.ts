// The message catalogs: one per language, one area per part of the tool (report, paper,
// portfolio, diff; check and cost can be added the same way). The English catalog defines
// the shape; the Swedish one is typed with it, so a missing or extra key fails the compiler.
// To add an area: write en/<area>.ts, add its type here, write sv/<area>.ts typed with it.
import { diff as enDiff } from "./en/diff";
import { paper as enPaper } from "./en/paper";
import { portfolio as enPortfolio } from "./en/portfolio";
import { report as enReport } from "./en/report";
import { formatFor, type Format } from "./format";
import type { Lang } from "./lang";
import { diff as svDiff } from "./sv/diff";
import { paper as svPaper } from "./sv/paper";
import { portfolio as svPortfolio } from "./sv/portfolio";
import { report as svReport } from "./sv/report";

export type ReportMessages = typeof enReport;
export type PaperMessages = Omit<typeof enPaper, "lang"> & { lang: Lang };
export type PortfolioMessages = typeof enPortfolio;
export type DiffMessages = typeof enDiff;

export interface Catalog {
  lang: Lang;
  format: Format;
  report: ReportMessages;
  paper: PaperMessages;
  portfolio: PortfolioMessages;
  diff: DiffMessages;
}

const CATALOGS: Record<Lang, Catalog> = {
  en: { lang: "en", format: formatFor("en"), report: enReport, paper: enPaper as PaperMessages, portfolio: enPortfolio, diff: enDiff },
  sv: { lang: "sv", format: formatFor("sv"), report: svReport, paper: svPaper, portfolio: svPortfolio, diff: svDiff },
};

export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang];
}
