// portfolio.md, portfolio.json and portfolio.html: the summary table of `compare --config
// <directory>`, linking each organization's own comparison in `<slug>/`.
import { sek } from "../../cost/render/document";
import type { OptionId } from "../../cost/types";
import { htmlDocument, htmlTable } from "../render/html";
import { markdownTable } from "../render/markdown";
import { escapeXml } from "../render/svg";
import type { Table } from "../render/tables";
import type { Portfolio, PortfolioOption } from "./summary";

const OPTIONS: readonly OptionId[] = ["onprem", "online"];
const risks = (o: PortfolioOption) => o.topRisks.map((r) => `${r.dimension} ${r.score}`).join(", ") || "none above 1";

export function portfolioTable(p: Portfolio): Table {
  return {
    title: `Portfolio: ${p.organizations.length} organization(s)`,
    rows: [
      ["Organization", "File", "Cheaper", "By (SEK)", ...OPTIONS.flatMap((id) => [`TCO ${id} (SEK)`, `Blocking ${id}`, `Top risks ${id}`]), "Report"],
      ...p.organizations.map((r) => [
        r.organization,
        r.file,
        r.cheaper.option,
        sek(r.cheaper.bySEK),
        ...OPTIONS.flatMap((id) => [sek(r.options[id].tco), String(r.options[id].blockingFindings), risks(r.options[id])]),
        `${r.slug}/comparison.md`,
      ]),
      ["Total", "", `onprem ${p.totals.cheaper.onprem}, online ${p.totals.cheaper.online}`, "", ...OPTIONS.flatMap((id) => [sek(p.totals.tco[id]), String(p.totals.blockingFindings[id]), ""]), ""],
    ],
  };
}

const INTRO = (p: Portfolio) =>
  `Each organization's comparison (judged as of ${p.asOf}) is in its folder. TCO is cash over each organization's planning years including in-house staff, SEK excluding VAT; risk scores run from 1 (low) to 5 (high).`;

export function renderPortfolioMarkdown(p: Portfolio): string {
  return [`# Portfolio of ${p.organizations.length} organization(s): Exchange Online or expanded on-prem Exchange`, "", INTRO(p), "", `## ${portfolioTable(p).title}`, "", ...markdownTable(portfolioTable(p)), ""].join("\n");
}

export function renderPortfolioJson(p: Portfolio): string {
  return `${JSON.stringify(p, null, 2)}\n`;
}

export function renderPortfolioHtml(p: Portfolio): string {
  return htmlDocument(
    `Portfolio of ${p.organizations.length} organization(s)`,
    `<h1>Portfolio of ${p.organizations.length} organization(s): Exchange Online or expanded on-prem Exchange</h1>
<p>${escapeXml(INTRO(p))}</p>
${htmlTable(portfolioTable(p))}
`,
  );
}
