// portfolio.md, portfolio.json and portfolio.html: the summary table of `compare --config
// <directory>`, linking each organization's own decision paper in `<slug>/`.
import type { OptionId } from "../../cost/types";
import { catalog } from "../../i18n/catalog";
import type { Lang } from "../../i18n/lang";
import { escapeHtml } from "../render/escape";
import { htmlDocument, htmlTable } from "../render/html";
import { markdownTable } from "../render/markdown";
import type { Table } from "../render/table";
import type { Portfolio, PortfolioOption } from "./summary";

const OPTIONS: readonly OptionId[] = ["onprem", "online"];

export function portfolioTable(p: Portfolio, lang: Lang): Table {
  const m = catalog(lang);
  const t = m.portfolio;
  const short = m.report.optionShort;
  const risks = (o: PortfolioOption) => o.topRisks.map((r) => `${m.report.dimension[r.dimension]} ${m.format.decimal(r.score, 1)}`).join(", ") || t.noRisks;
  return {
    title: t.tableTitle(p.organizations.length),
    rows: [
      [t.columns.organization, t.columns.file, t.columns.recommended, t.columns.cheaper, t.columns.by, ...OPTIONS.flatMap((id) => [t.columns.tco(short[id]), t.columns.blocking(short[id]), t.columns.risks(short[id])]), t.columns.report],
      ...p.organizations.map((r) => [
        r.organization,
        r.file,
        short[r.recommended],
        short[r.cheaper.option],
        m.format.kr(r.cheaper.bySEK),
        ...OPTIONS.flatMap((id) => [m.format.kr(r.options[id].tco), String(r.options[id].blockingFindings), risks(r.options[id])]),
        `${r.slug}/comparison.md`,
      ]),
      [t.total, "", t.counts(p.totals.recommended.onprem, p.totals.recommended.online, short.onprem, short.online), t.counts(p.totals.cheaper.onprem, p.totals.cheaper.online, short.onprem, short.online), "", ...OPTIONS.flatMap((id) => [m.format.kr(p.totals.tco[id]), String(p.totals.blockingFindings[id]), ""]), ""],
    ],
  };
}

export function renderPortfolioMarkdown(p: Portfolio, lang: Lang): string {
  const t = catalog(lang).portfolio;
  const table = portfolioTable(p, lang);
  return [`# ${t.title(p.organizations.length)}`, "", t.intro(p.asOf), "", `## ${table.title}`, "", ...markdownTable(table), ""].join("\n");
}

export function renderPortfolioJson(p: Portfolio): string {
  return `${JSON.stringify(p, null, 2)}\n`;
}

export function renderPortfolioHtml(p: Portfolio, lang: Lang): string {
  const t = catalog(lang).portfolio;
  return htmlDocument(lang, t.title(p.organizations.length), `<h1>${escapeHtml(t.title(p.organizations.length))}</h1>
<p>${escapeHtml(t.intro(p.asOf))}</p>
${htmlTable(portfolioTable(p, lang))}
`);
}
