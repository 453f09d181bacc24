// Ekonomi: cost per option, the cumulative chart, the municipality's three key figures, the
// seat licences per licence situation, owned licences, named unpriced items, sensitivity.
import type { Catalog } from "../../i18n/catalog";
import type { Comparison } from "../model";
import { type Block, type Cell, cell, heading, num, paragraph } from "./document";
import { reasonsTable, scoreLine } from "./common";

export function economy(c: Comparison, m: Catalog): Block[] {
  const p = m.paper.economics;
  const f = m.format;
  const e = c.economics;
  const opt = (id: "onprem" | "online") => m.report.optionShort[id];
  const per = (pick: (o: Comparison["options"][0]) => number): Cell[] => c.options.map((o) => num(f.kr(pick(o))));
  const years = Array.from({ length: c.years }, (_, i) => i);
  const blocks: Block[] = [
    heading(2, p.heading),
    heading(3, p.costHeading),
    {
      kind: "table",
      head: ["", ...c.options.map((o) => m.report.option[o.option])],
      rows: [
        [cell(p.costRows.oneOff), ...per((o) => o.cost.oneOff)],
        ...years.map((i) => [cell(p.costRows.year(i + 1)), ...per((o) => o.cost.perYear[i] ?? 0)]),
        [cell([{ strong: p.costRows.tco(c.years) }]), ...per((o) => o.cost.tco)],
        [cell(p.costRows.external), ...per((o) => o.cost.externalCash)],
        [cell(p.costRows.staff), ...per((o) => o.cost.staff)],
        [cell(p.costRows.amortized), ...per((o) => o.cost.amortized)],
      ],
    },
    { kind: "chart", chart: "cost", caption: p.chartCaption(c.years) },
    heading(3, p.keyFiguresHeading),
    { kind: "table", head: [...p.keyFiguresColumns], rows: e.keyFigures.map((k) => [cell(k.label), num(f.kr(k.valueSEK))]) },
    heading(3, p.licenceHeading),
    { kind: "table", head: [...p.licenceColumns], rows: e.licenceScenarios.map((s) => [cell(s.label), num(f.kr(s.onpremSeatsSEK)), num(f.kr(s.onlineSeatsSEK)), num(f.signedMoney(s.differenceSEK)), num(f.kr(s.serversSEK))]) },
    heading(3, p.ownedHeading),
    e.owned.length ? { kind: "table", head: [...p.ownedColumns], rows: e.owned.map((x) => [cell(opt(x.option)), cell(x.description), cell(x.quantity), num(f.kr(x.valueSEK))]) } : paragraph(p.noOwned),
    heading(3, p.unpricedHeading),
    e.unpriced.length ? { kind: "table", head: [...p.unpricedColumns], rows: e.unpriced.map((u) => [cell(opt(u.option)), cell(u.description), cell(u.reason)]) } : paragraph(p.noUnpriced),
    heading(3, p.sensitivityHeading),
    paragraph(p.sensitivityIntro),
    {
      kind: "table",
      head: [...p.sensitivityColumns],
      rows: e.sensitivity.map((s) => [
        cell(s.driver),
        num(`${s.changePercent > 0 ? "+" : ""}${s.changePercent} %`),
        num(f.kr(s.tco.onprem)),
        num(f.kr(s.tco.online)),
        cell(s.flipsCheaper ? [{ strong: `${opt(s.cheaper)} (${p.changes})` }] : opt(s.cheaper)),
        cell(s.flipsRecommendation ? [{ strong: `${opt(s.recommended)} (${p.changes})` }] : opt(s.recommended)),
      ]),
    },
    reasonsTable(c, m, "economic"),
    scoreLine(c, m, "economic", m.paper.security.scoreLine),
  ];
  return blocks;
}
