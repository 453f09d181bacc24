// The message catalogs: one per language, one area per part of the tool (report, paper,
// portfolio, diff, check, rules, cost). The English catalog defines
// the shape; the Swedish one is typed with it, so a missing or extra key fails the compiler.
// To add an area: write en/<area>.ts, add its type here, write sv/<area>.ts typed with it.
import { check as enCheck } from "./en/check";
import { cost as enCost } from "./en/cost";
import { council as enCouncil } from "./en/council";
import { diff as enDiff } from "./en/diff";
import { onpremDrift as enOnpremDrift } from "./en/onprem-drift";
import { paper as enPaper } from "./en/paper";
import { portfolio as enPortfolio } from "./en/portfolio";
import { report as enReport } from "./en/report";
import { rules as enRules } from "./en/rules";
import { formatFor, type Format } from "./format";
import type { Lang } from "./lang";
import { check as svCheck } from "./sv/check";
import { cost as svCost } from "./sv/cost";
import { council as svCouncil } from "./sv/council";
import { diff as svDiff } from "./sv/diff";
import { onpremDrift as svOnpremDrift } from "./sv/onprem-drift";
import { paper as svPaper } from "./sv/paper";
import { portfolio as svPortfolio } from "./sv/portfolio";
import { report as svReport } from "./sv/report";
import { rules as svRules } from "./sv/rules";

export type ReportMessages = typeof enReport;
export type PaperMessages = typeof enPaper;
export type PortfolioMessages = typeof enPortfolio;
export type DiffMessages = typeof enDiff;
export type CheckMessages = typeof enCheck;
export type RuleMessages = typeof enRules;
export type CostMessages = typeof enCost;
export type CouncilMessages = typeof enCouncil;
export type OnpremDriftMessages = typeof enOnpremDrift;

export interface Catalog {
  lang: Lang;
  format: Format;
  report: ReportMessages;
  paper: PaperMessages;
  portfolio: PortfolioMessages;
  diff: DiffMessages;
  check: CheckMessages;
  /** Policy rules: titles, remediations and findings (policies/say.ts builds outcomes from them). */
  rules: RuleMessages;
  cost: CostMessages;
  /** The council paper (tjänsteskrivelse): conditions, its sections, the risk scenarios. */
  council: CouncilMessages;
  /** `onprem drift`: the running on-prem organization against the declared one. */
  onpremDrift: OnpremDriftMessages;
}

const CATALOGS: Record<Lang, Catalog> = {
  en: { lang: "en", format: formatFor("en"), report: enReport, paper: enPaper, portfolio: enPortfolio, diff: enDiff, check: enCheck, rules: enRules, cost: enCost, council: enCouncil, onpremDrift: enOnpremDrift },
  sv: { lang: "sv", format: formatFor("sv"), report: svReport, paper: svPaper, portfolio: svPortfolio, diff: svDiff, check: svCheck, rules: svRules, cost: svCost, council: svCouncil, onpremDrift: svOnpremDrift },
};

export function catalog(lang: Lang): Catalog {
  return CATALOGS[lang];
}
