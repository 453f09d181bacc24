// comparison.html: one self-contained file. A Content-Security-Policy of default-src 'none'
// forbids every network load; the charts are inline SVG and the styles are inline.
import { RISK_DIMENSIONS, type Comparison } from "../model";
import { cumulativeCostChart, escapeXml, riskMatrixChart } from "./svg";
import { cheaperSentence, dataLocationTable, findingsTable, resourcesByType, riskTable, sideBySide, type Table } from "./tables";

export const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:0.5rem 0 1.5rem;font-size:0.9rem}th,td{border:1px solid #ccc;padding:0.3rem 0.5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.num{text-align:right}figure{margin:1rem 0}figcaption{font-weight:bold;margin-bottom:0.3rem}
.reasons li{margin:0.15rem 0}.points{font-family:monospace}`;

/** A self-contained page: inline style only, and a policy that forbids every network request. */
export function htmlDocument(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${body}</body>
</html>
`;
}

export function htmlTable(table: Table, heading = "h2"): string {
  const [head, ...rows] = table.rows;
  const numeric = /^[+-]?[\d,.]+$/;
  return `<${heading}>${escapeXml(table.title)}</${heading}>
<table><thead><tr>${head!.map((h) => `<th>${escapeXml(h)}</th>`).join("")}</tr></thead>
<tbody>${rows.map((row) => `<tr>${row.map((v, i) => `<td${i > 0 && numeric.test(v) ? ' class="num"' : ""}>${escapeXml(v)}</td>`).join("")}</tr>`).join("\n")}</tbody></table>`;
}

export function renderComparisonHtml(c: Comparison): string {
  const reasons = c.options
    .map(
      (o) => `<h3>${escapeXml(o.title)}</h3><ul class="reasons">${RISK_DIMENSIONS.map((d) => {
        const s = o.risk.find((r) => r.dimension === d)!;
        return `<li><strong>${d}: ${s.score} (${s.level})</strong><ul>${s.reasons.map((r) => `<li><span class="points">${r.points > 0 ? `+${r.points}` : "0"}</span> ${escapeXml(r.fact)} <em>(${escapeXml(r.source)})</em></li>`).join("")}</ul></li>`;
      }).join("")}</ul>`,
    )
    .join("\n");
  return htmlDocument(`${escapeXml(c.organization)}: comparison of the e-mail options`, `<h1>${escapeXml(c.organization)}: Exchange Online or expanded on-prem Exchange</h1>
<p>Derived from the organization file, the synthesized stacks, the policy catalog (judged as of ${escapeXml(c.asOf)}) and the cost module. SEK excluding VAT.</p>
${htmlTable(sideBySide(c))}
<p>${escapeXml(cheaperSentence(c))}</p>
<figure><figcaption>Cumulative cost over ${c.years} years (cash including in-house staff, SEK)</figcaption>
${cumulativeCostChart(c)}
</figure>
<figure><figcaption>Risk matrix (1 low - 5 high)</figcaption>
${riskMatrixChart(c)}
</figure>
${htmlTable(riskTable(c))}
<h2>Why each score</h2>
${reasons}
${c.options.map((o) => htmlTable(dataLocationTable(o))).join("\n")}
${htmlTable(resourcesByType(c))}
${c.options.map((o) => (o.findings.list.length ? htmlTable(findingsTable(o)) : `<h2>Findings: ${escapeXml(o.title)}</h2><p>No findings.</p>`)).join("\n")}
`);
}
