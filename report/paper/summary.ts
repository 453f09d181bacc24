// Sammanfattning och rekommendation: what is decided, the computed recommendation, the
// reasons that carry it and what would change it.
import type { Catalog } from "../../i18n/catalog";
import type { Comparison } from "../model";
import { riskOf, scoreText } from "./common";
import { type Block, heading, paragraph } from "./document";

export function summary(c: Comparison, m: Catalog): Block[] {
  const s = m.paper.summary;
  const d = c.decision;
  const f = m.format;
  const name = (id: typeof d.recommended) => m.report.optionShort[id];
  const option = (id: typeof d.recommended) => c.options.find((o) => o.option === id)!;
  const blocks: Block[] = [
    heading(2, s.heading),
    heading(3, s.matterHeading),
    paragraph(s.matter),
    heading(3, s.recommendationHeading),
    { kind: "paragraph", className: "recommendation", content: [{ strong: s.recommendation(m.report.option[d.recommended], f.decimal(d.totals[d.recommended].average, 2), f.decimal(d.totals[d.other].average, 2), name(d.other)) }] },
    ...(d.tieBrokenByCost ? [paragraph(s.tieBroken)] : []),
    paragraph(s.computed),
    paragraph(s.cost(name(c.cheaper.option), f.money(c.cheaper.bySEK), c.years)),
    heading(3, s.carriersHeading),
  ];
  blocks.push(
    d.carriers.length
      ? {
          kind: "list",
          items: d.carriers.map((carrier) => {
            const dimension = m.report.dimension[carrier.dimension];
            const line = s.carrier(dimension, name(d.recommended), scoreText(riskOf(option(d.recommended), carrier.dimension), m), name(d.other), scoreText(riskOf(option(d.other), carrier.dimension), m), f.decimal(d.weights[carrier.dimension], 2));
            return [{ strong: line }, ` ${s.carrierReason(carrier.reason)}`];
          }),
        }
      : paragraph(s.noCarriers),
  );
  blocks.push(heading(3, s.changeHeading));
  const items: string[] = [];
  const flip = d.nearestFlip;
  items.push(flip ? s.weightFlip(m.report.dimension[flip.dimension].toLowerCase(), f.decimal(flip.weight, 2), f.decimal(flip.flipAt!, 2), flip.direction, name(d.other)) : s.noWeightFlip);
  items.push(d.priceFlip ? s.priceFlip(f.money(d.priceFlip.increaseSEK), f.signedMoney(d.priceFlip.differenceSEK), name(d.recommended)) : s.noPriceFlip(name(d.recommended)));
  const flipping = [...new Set(c.economics.sensitivity.filter((x) => x.flipsRecommendation).map((x) => `${x.driver} ${x.changePercent > 0 ? "+" : ""}${x.changePercent} %`))];
  items.push(flipping.length ? s.sensitivitySome(f.list(flipping)) : s.sensitivityNone);
  blocks.push({ kind: "list", items: items.map((text) => [text]) });
  return blocks;
}
