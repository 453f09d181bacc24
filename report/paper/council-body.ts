// The second half of the tjänsteskrivelse: Förvaltningens bedömning, Ekonomiska konsekvenser
// (with the price at which each unpriced item would change the proposal), Konsekvenser för
// personal, Tidplan, Risk- och sårbarhetsbedömning (scenarios, matrix, acceptance criteria),
// Juridisk bedömning, Beslutsunderlag and the signature.
import type { Catalog } from "../../i18n/catalog";
import type { OptionId } from "../../cost/types";
import { LEGAL_TOPICS, RISK_DIMENSIONS, type Comparison, type RiskLevel, type RiskReason } from "../model";
import { acceptanceOf, SCENARIOS, type Acceptance } from "../risk/scenarios";
import { citeNumbers, reasonCites, riskOf } from "./common";
import { type Block, type Cell, cell, heading, num, paragraph } from "./document";

/**
 * Text the cost estimate writes for its own report can name the organization file
 * ("(angivet i online.addOns)"); the council paper drops such a parenthesis.
 */
export const plain = (text: string) =>
  text
    .replace(/\s*\([^()]*\b[a-z]+\.[a-z][A-Za-z.]*[^()]*\)/g, "")
    .replace(/\s+\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b/g, "")
    .trim();

const optionOf = (c: Comparison, id: OptionId) => c.options.find((o) => o.option === id)!;
/** The colour a risk level's cell gets: by the organization's acceptance criteria. */
const LEVEL_OF: Record<Acceptance, RiskLevel> = { accepted: "low", treat: "medium", "not-accepted": "high" };

export function assessment(c: Comparison, m: Catalog): Block[] {
  const a = m.council.assessment;
  const f = m.format;
  const dims = (id: OptionId, best: boolean) => {
    const scores = RISK_DIMENSIONS.map((x) => ({ x, score: riskOf(optionOf(c, id), x).score }));
    const edge = best ? Math.min(...scores.map((s) => s.score)) : Math.max(...scores.map((s) => s.score));
    return f.list(scores.filter((s) => s.score === edge).map((s) => m.report.dimension[s.x].toLowerCase()));
  };
  const equal = RISK_DIMENSIONS.every((x) => c.decision.weights[x] === c.decision.weights.confidentiality);
  return [
    heading(2, a.heading),
    paragraph(c.case ? a.intro(c.case.officer) : a.noOfficer),
    { kind: "list", items: c.options.map((o) => [a.option(m.report.option[o.option], dims(o.option, true), dims(o.option, false))]) },
    paragraph(equal ? a.equalWeights : a.weightsSet),
  ];
}

export function economy(c: Comparison, m: Catalog): Block[] {
  const e = m.council.economy;
  const f = m.format;
  const [a, b] = c.options as [Comparison["options"][0], Comparison["options"][0]];
  const row = (label: string, pick: (o: typeof a) => number): Cell[] => [cell(label), num(f.kr(pick(a))), num(f.kr(pick(b)))];
  const years = Array.from({ length: c.years }, (_, i) => i);
  const blocks: Block[] = [
    heading(2, e.heading),
    {
      kind: "table",
      head: e.columns(m.report.option[a.option], m.report.option[b.option]),
      rows: [row(e.oneOff, (o) => o.cost.oneOff), ...years.map((i) => row(e.year(i + 1), (o) => o.cost.perYear[i] ?? 0)), row(e.total(c.years), (o) => o.cost.tco), row(e.staff, (o) => o.cost.staff)],
    },
    paragraph(e.vat),
    { kind: "chart", chart: "cost", caption: e.chartCaption(c.years) },
  ];
  const rec = optionOf(c, c.decision.recommended);
  const later = rec.cost.perYear.slice(1);
  blocks.push(paragraph(e.financing(f.money(rec.cost.oneOff), f.money(later.length ? later.reduce((s, x) => s + x, 0) / later.length : rec.cost.perYear[0] ?? 0))));
  if (c.economics.unpriced.length) {
    const items = c.economics.unpriced.map((u, i) => {
      const flip = c.economics.unpricedFlips[i];
      const item = `${m.report.optionShort[u.option]}: ${plain(u.description)}`;
      if (!flip || flip.totalSEK === null) return [e.unpricedNoFlip(item)];
      const perUnit = flip.perUnitSEK !== undefined && flip.unit ? e.perUnit[flip.unit] : undefined;
      return [perUnit ? e.unpricedFlip(item, perUnit(f.kr(flip.perUnitSEK!))) : e.unpricedFlipTotal(item, f.money(flip.totalSEK))];
    });
    blocks.push(heading(3, e.unpricedHeading), paragraph(e.unpricedIntro), { kind: "list", items });
  }
  return blocks;
}

export function staff(c: Comparison, m: Catalog): Block[] {
  const s = m.council.staff;
  const heavier = [...c.options].sort((x, y) => y.cost.staff - x.cost.staff)[0]!;
  return [
    heading(2, s.heading),
    { kind: "list", items: c.options.map((o) => [s.option(m.report.option[o.option], m.format.money(o.cost.staff), c.years)]) },
    paragraph(s.heavier(m.report.option[heavier.option])),
    paragraph(`${s.mbl} `, { cite: citeNumbers(c, ["riksdagen-mbl"]) }),
  ];
}

export function timeline(c: Comparison, m: Catalog): Block[] {
  const t = m.council.timeline;
  const steps = optionOf(c, "onprem").findings.list.filter((x) => x.counted === "prerequisite").length;
  return [heading(2, t.heading), ...(c.decision.conditions.length ? [paragraph(t.conditions)] : []), paragraph(c.decision.recommended === "onprem" ? t.onprem(steps) : t.online)];
}

export function risk(c: Comparison, m: Catalog): Block[] {
  const r = m.council.risk;
  const rows: Cell[][] = SCENARIOS.flatMap((id, index) =>
    c.options.map((o) => {
      const s = o.scenarios.find((x) => x.scenario === id)!;
      return [
        cell(`${index + 1}. ${r.name[id]}`),
        cell(m.report.optionShort[o.option]),
        { content: [r.levelCell(s.level, s.likelihood, s.consequence)], numeric: true, level: LEVEL_OF[s.acceptance] },
        cell(r.acceptance[s.acceptance]),
        cell([`${r.treatment[id][o.option]} (${s.treatmentCosted ? r.costed : r.notCosted}). ${r.residual(s.residualLevel, r.acceptance[acceptanceOf(s.residualLevel, c.riskAcceptance)])} `, { cite: citeNumbers(c, s.sources) }]),
      ];
    }),
  );
  const above = c.options.flatMap((o) => o.scenarios).filter((s) => s.option === c.decision.recommended && s.acceptance === "not-accepted").length;
  const defaults = c.riskAcceptance.acceptUpTo === 4 && c.riskAcceptance.treatUpTo === 8;
  return [
    heading(2, r.heading),
    paragraph(`${r.method} `, { cite: citeNumbers(c, ["msb-metodstod-riskhantering", "skr-molntjanster", "skr-klassa"]) }),
    paragraph(r.criteria(c.riskAcceptance.acceptUpTo, c.riskAcceptance.treatUpTo, defaults)),
    { kind: "table", head: [...r.columns], rows },
    { kind: "chart", chart: "risk-matrix", caption: r.matrixCaption },
    paragraph(r.legend),
    paragraph(r.shared),
    ...(above ? [paragraph(r.notAccepted(above))] : []),
  ];
}

/** Facts of one legal question for the council: the reasons the risk rules read (never a policy finding's text). */
function legalRows(c: Comparison, m: Catalog, topic: (typeof LEGAL_TOPICS)[number]): Cell[][] {
  const fact = (r: RiskReason) => r.topic === topic && !r.basis.some((b) => b.startsWith("policy "));
  return c.options.flatMap((o) => riskOf(o, "legal").reasons.filter(fact).map((r) => [cell(m.report.optionShort[o.option]), cell(capital(r.fact)), cell([{ cite: reasonCites(c, r) }], { numeric: true })]));
}
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? "" : ".");

export function legal(c: Comparison, m: Catalog): Block[] {
  const l = m.council.legal;
  const blocks: Block[] = [heading(2, l.heading), paragraph(l.intro)];
  for (const o of c.options) {
    blocks.push(paragraph({ strong: l.option(m.report.option[o.option]) }));
    blocks.push(o.conditions.length ? { kind: "list", items: o.conditions.map((x) => [`${x.text} (${x.law}) `, { cite: citeNumbers(c, x.sources) }]) } : paragraph(l.none));
  }
  blocks.push(paragraph(l.topicsIntro));
  for (const topic of LEGAL_TOPICS) {
    const rows = legalRows(c, m, topic);
    if (rows.length) blocks.push(heading(3, m.report.legalTopic[topic]), { kind: "table", head: [...m.council.legalColumns], rows });
  }
  return blocks;
}

export function documents(c: Comparison, m: Catalog): Block[] {
  const d = m.council.documents;
  const items: string[] = [d.thisPaper(c.case?.reference ?? ""), d.annex];
  for (const x of c.documents) {
    const ref = d.ref(x.reference, x.date);
    const text = x.kind === "decision" ? d.decision(x.reference!, x.what!) : d[x.kind](ref);
    items.push(x.present ? text : `${text}: ${d.missing}`);
  }
  return [heading(2, d.heading), paragraph(d.intro), { kind: "list", items: items.map((x) => [x]) }];
}

export function signature(c: Comparison, m: Catalog): Block[] {
  if (!c.case) return [];
  const s = m.council.signature;
  return [heading(2, s.heading), paragraph(s.officer(c.case.officer)), ...(c.case.approvedBy ? [paragraph(s.approved(c.case.approvedBy))] : [])];
}

