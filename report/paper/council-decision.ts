// The first half of the tjänsteskrivelse: Ärendet, Förslag till beslut (with the conditions
// the legal gates set), Sammanfattning, Bakgrund, Beredning och beslutsinstans. Written for a
// council member: no field name, rule id or code, and the recommendation with its reasons for
// and against.
import type { Catalog } from "../../i18n/catalog";
import type { OptionId } from "../../cost/types";
import { RISK_DIMENSIONS, type Comparison, type RiskDimension } from "../model";
import { riskOf } from "./common";
import { type Block, heading, paragraph } from "./document";

export const decidingBody = (c: Comparison, m: Catalog) => (c.case?.decidedBy === "executive-board" ? m.council.body.board : m.council.body.council);
const optionOf = (c: Comparison, id: OptionId) => c.options.find((o) => o.option === id)!;
/** Weighted score difference per perspective: positive where the recommended option is better. */
const advantages = (c: Comparison): { dimension: RiskDimension; advantage: number }[] =>
  RISK_DIMENSIONS.map((dimension) => ({ dimension, advantage: c.decision.weights[dimension] * (riskOf(optionOf(c, c.decision.other), dimension).score - riskOf(optionOf(c, c.decision.recommended), dimension).score) }));

export function matter(c: Comparison, m: Catalog): Block[] {
  return [heading(2, m.council.matter.heading), paragraph(m.council.matter.text(decidingBody(c, m), c.years))];
}

export function proposal(c: Comparison, m: Catalog): Block[] {
  const p = m.council.proposal;
  const d = c.decision;
  const body = decidingBody(c, m);
  const blocks: Block[] = [heading(2, p.heading), { kind: "paragraph", className: "recommendation", content: [{ strong: p.decides(body, p.where[d.recommended]) }] }];
  if (d.basis === "other-option") {
    const reason = optionOf(c, d.scoredBest).conditions.filter((x) => !x.remediable).map((x) => x.text).join(" ");
    blocks.push(paragraph(p.otherOption(m.report.optionShort[d.scoredBest], reason)));
  }
  if (d.conditions.length) {
    blocks.push(paragraph(p.conditionsIntro), { kind: "list", ordered: true, items: d.conditions.map((x) => [p.condition(x.text, x.law)]) }, paragraph(p.ifNotMet(body)));
  }
  return blocks;
}

export function summary(c: Comparison, m: Catalog): Block[] {
  const s = m.council.summary;
  const d = c.decision;
  const f = m.format;
  const name = (id: OptionId) => m.report.optionShort[id];
  const level = (id: OptionId, x: RiskDimension) => m.report.level[riskOf(optionOf(c, id), x).level];
  const [better, worse] = d.totals.online.average <= d.totals.onprem.average ? (["online", "onprem"] as const) : (["onprem", "online"] as const);
  const close = Math.abs(d.totals.online.average - d.totals.onprem.average) < 0.25;
  const unpriced = c.economics.unpricedFlips.filter((u) => u.totalSEK !== null).length;
  // A perspective counts for or against where the level differs, not a half point within one level.
  const lines = advantages(c).filter((a) => a.advantage !== 0 && level(d.recommended, a.dimension) !== level(d.other, a.dimension));
  const perspective = (x: RiskDimension) => s.perspective(m.report.dimension[x], level(d.recommended, x), level(d.other, x), name(d.other));
  const pros = lines.filter((a) => a.advantage > 0).sort((a, b) => b.advantage - a.advantage).slice(0, 3);
  const cons = lines.filter((a) => a.advantage < 0).sort((a, b) => a.advantage - b.advantage).slice(0, 3);
  const blocks: Block[] = [
    heading(2, s.heading),
    paragraph([s.proposal(m.council.proposal.where[d.recommended], d.basis !== "unconditional"), s.risk(name(better), name(worse), close), s.cost(name(c.cheaper.option), f.money(c.cheaper.bySEK), c.years)].join(" ")),
    ...(unpriced ? [paragraph(s.costUndecided(unpriced))] : []),
    heading(3, s.forHeading),
    { kind: "list", items: pros.map((a) => [perspective(a.dimension)]) },
    heading(3, s.againstHeading),
    cons.length ? { kind: "list", items: cons.map((a) => [perspective(a.dimension)]) } : paragraph(s.nothingAgainst),
    heading(3, s.changeHeading),
  ];
  const changes: string[] = [];
  const flip = d.nearestFlip;
  if (flip && flip.weight > 0) changes.push(s.weightFlip(m.report.dimension[flip.dimension].toLowerCase(), f.decimal(flip.flipAt! / flip.weight, 1) + (c.lang === "sv" ? " gånger" : ""), name(d.other), flip.direction));
  if (d.priceFlip) changes.push(s.priceFlip(name(d.recommended), f.money(d.priceFlip.increaseSEK)));
  blocks.push(changes.length ? { kind: "list", items: changes.map((x) => [x]) } : paragraph(s.noFlip));
  return blocks;
}

export function background(c: Comparison, m: Catalog): Block[] {
  const b = m.council.background;
  const decisions = c.documents.filter((x) => x.kind === "decision" || (x.kind === "guidelines" && x.present));
  return [
    heading(2, b.heading),
    paragraph(c.case?.background ?? b.missing),
    paragraph(m.paper.security.classification(c.classification.confidentiality, c.classification.integrity, c.classification.availability, c.legal.maxConfidentialityInEmail)),
    ...(decisions.length ? [paragraph(b.decided), { kind: "list", items: decisions.map((x) => [x.kind === "decision" ? m.council.documents.decision(x.reference!, x.what!) : m.council.documents.guidelines(m.council.documents.ref(x.reference, x.date))]) } as Block] : []),
  ];
}

export function preparation(c: Comparison, m: Catalog): Block[] {
  const p = m.council.preparation;
  return [heading(2, p.heading), paragraph(c.case?.decidedBy === "executive-board" ? p.board : p.council), paragraph(p.appeal)];
}
