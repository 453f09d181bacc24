// Bilagor: where the data lives, resources, findings, assumptions and the list of sources.
import type { Catalog } from "../../i18n/catalog";
import type { Comparison } from "../model";
import { type Block, cell, heading, num, paragraph } from "./document";

export function appendices(c: Comparison, m: Catalog): Block[] {
  const p = m.paper.appendix;
  const blocks: Block[] = [heading(2, p.heading)];
  for (const o of c.options) {
    blocks.push(heading(3, p.dataHeading(m.report.option[o.option])), {
      kind: "table",
      head: [...p.dataColumns],
      rows: o.dataLocation.map((d) => [cell(m.report.dataKind[d.data]), cell(d.location), cell(d.operator), cell(d.jurisdictions.join(", ")), cell(d.cloudActExposure ? p.exposed : p.notExposed)]),
    });
  }
  const [a, b] = c.options as [Comparison["options"][0], Comparison["options"][0]];
  const types = [...new Set(c.options.flatMap((o) => Object.keys(o.resources.byType)))].sort();
  blocks.push(heading(3, p.resourcesHeading), paragraph(p.resourcesIntro), {
    kind: "table",
    head: p.resourcesColumns(m.report.optionShort[a.option], m.report.optionShort[b.option]),
    rows: types.map((type) => [cell(type), num(String(a.resources.byType[type] ?? 0)), num(String(b.resources.byType[type] ?? 0))]),
  });
  for (const o of c.options) {
    blocks.push(heading(3, p.findingsHeading(m.report.option[o.option])));
    blocks.push(
      o.findings.list.length
        ? {
            kind: "table",
            head: [...p.findingsColumns],
            rows: o.findings.list.map((x) => [cell(x.ruleId), cell(p.severity[x.severity]), cell(x.waived ? p.status.waived : p.status[x.status]), cell(p.counted[x.counted]), cell(x.text)]),
          }
        : paragraph(p.noFindings),
    );
  }
  blocks.push(heading(3, p.assumptionsHeading), { kind: "list", items: c.assumptions.map((text) => [text]) });
  blocks.push(heading(3, p.sourcesHeading), paragraph(p.sourcesIntro), {
    kind: "table",
    head: ["#", p.sourceColumn, "URL"],
    rows: c.sources.map((s) => [num(String(s.number)), cell(s.title), cell([{ link: s.url, href: s.url }])]),
  });
  return blocks;
}
