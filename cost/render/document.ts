// The cost report as neutral blocks (headings, paragraphs, tables, lists), so the text
// and markdown renderers show exactly the same content, in the reader's language
// (i18n/*/cost-report.ts; the items' own texts from cost/said.ts).
import { catalog } from "../../i18n/catalog";
import type { Lang } from "../../i18n/lang";
import { sum } from "../component";
import type { CostEstimate, OptionCost } from "../estimate";
import type { LicenceScenario, LicenceScenarios } from "../licence-scenarios";
import { capitalized, priceName, textOf } from "../said";

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; rows: string[][] }
  | { kind: "list"; items: string[] };

/** Whole kronor: "1,548,072" in English, "1 548 072" (no-break spaces) in Swedish. */
export const sek = (value: number, lang: Lang = "en"): string => catalog(lang).format.integer(value);

/** A difference with its sign: "+1,200", "-300", "0". */
export const signed = (value: number, lang: Lang = "en"): string => (Math.round(value) > 0 ? `+${sek(value, lang)}` : sek(value, lang));

export function costDocument(e: CostEstimate, lang: Lang = "en"): Block[] {
  const { cost: m } = catalog(lang);
  const r = m.report;
  const kr = (value: number) => sek(value, lang);
  // Amounts in sentences carry their currency in Swedish ("2 383 777 kr"); the English report keeps bare figures.
  const money = (value: number) => (lang === "en" ? kr(value) : catalog(lang).format.kr(value));
  const years = Array.from({ length: e.years }, (_, i) => r.year(i + 1));
  const blocks: Block[] = [
    { kind: "heading", text: r.heading(e.organization, e.years) },
    { kind: "paragraph", text: r.intro },
    { kind: "paragraph", text: baselineSentence(e, lang) },
  ];
  const overridden = new Set(e.prices.filter((p) => p.overridden).map((p) => p.id));
  const mark = (ids: string[]) => ids.map((id) => (overridden.has(id) ? r.overridden(id) : id)).join(", ");
  // The English report names drivers by catalog id (what cost.priceOverrides takes); the Swedish one by name.
  const driverName = (id: string) => (lang === "en" ? r.driver(id) : capitalized(priceName(id, lang)));

  for (const option of e.options) {
    blocks.push({ kind: "heading", text: r.option[option.option] });
    blocks.push({
      kind: "table",
      rows: [
        r.componentColumns(years),
        ...option.components.map((c) => [textOf(c, "description", lang), m.category[c.category], textOf(c, "quantity", lang), ...c.cash.map(kr), kr(sum(c.cash)), mark(c.prices)]),
      ],
    });
    blocks.push({ kind: "table", rows: totalsRows(option, years, lang) });
    const t = option.totals;
    blocks.push({ kind: "paragraph", text: r.spend(money(t.externalCash), money(t.byCategory.staff), money(t.oneOff), t.drivers.map((d) => (lang === "en" ? d.price : priceName(d.price, lang)))) });
    const unpriced = e.unpriced.filter((u) => u.option === option.option);
    if (unpriced.length) blocks.push({ kind: "paragraph", text: r.unpricedCount(unpriced.length) });
  }

  if (e.options.length === 2) {
    const [a, b] = [...e.options].sort((x, y) => x.totals.cash - y.totals.cash) as [OptionCost, OptionCost];
    blocks.push({ kind: "paragraph", text: r.cheaper(e.years, r.optionId[a.option], money(b.totals.cash - a.totals.cash)) });
  }

  blocks.push({ kind: "heading", text: r.keyFiguresHeading });
  blocks.push({ kind: "table", rows: [[...r.keyFigureColumns], ...e.keyFigures.map((f) => [r.keyFigure[f.id] ?? f.label, kr(f.valueSEK), mark(f.prices)])] });

  if (e.licenceScenarios) {
    const l = e.licenceScenarios;
    blocks.push({ kind: "heading", text: r.scenariosHeading });
    blocks.push({
      kind: "table",
      rows: [
        [...r.scenarioColumns],
        ...l.scenarios.map((s) => [
          r.scenario[s.id],
          s.programme ?? r.notStated,
          r.plan(s.staffPlan),
          s.carriesCalRights ? r.yes : r.no,
          r.serversBy(s.extendedUseRights, s.exchangeLicensing),
          kr(s.onpremSEK),
          kr(s.onlineSEK),
          signed(s.onpremMinusOnlineSEK, lang),
          kr(s.serversSEK),
        ]),
      ],
    });
    blocks.push({ kind: "paragraph", text: scenarioSentence(l, lang) });
  }

  if (e.sensitivity) {
    const s = e.sensitivity;
    blocks.push({ kind: "heading", text: r.sensitivityHeading });
    blocks.push({ kind: "paragraph", text: r.sensitivityBasis(money(s.base.onprem), money(s.base.online), r.optionId[s.base.cheaper]) });
    blocks.push({
      kind: "table",
      rows: [
        [...r.sensitivityColumns],
        ...s.cases.map((c) => [
          c.driver === "currency:USD" ? capitalized(r.usdRate) : driverName(c.driver),
          r.change(Math.round((c.factor - 1) * 100)),
          kr(c.onprem),
          kr(c.online),
          r.optionId[c.cheaper],
          c.flips ? r.flipsYes : r.flipsNo,
        ]),
      ],
    });
    const flips = [...new Set(s.cases.filter((c) => c.flips).map((c) => c.driver))];
    const flipNames = flips.map((d) => (lang === "en" ? d : d === "currency:USD" ? r.usdRate : priceName(d, lang)));
    blocks.push({ kind: "paragraph", text: flips.length ? r.couldFlip(flipNames) : r.noFlip });
  }

  blocks.push({ kind: "heading", text: r.excludedHeading });
  blocks.push(
    e.excluded.length
      ? {
          kind: "list",
          items: e.excluded.map((x) => r.excludedItem(r.optionId[x.option], textOf(x, "description", lang), textOf(x, "quantity", lang), r.kind[x.kind], x.valueSEK ? money(x.valueSEK) : r.worthUnknown, textOf(x, "note", lang))),
        }
      : { kind: "paragraph", text: r.nothingOwned },
  );

  blocks.push({ kind: "heading", text: r.unpricedHeading });
  blocks.push(
    e.unpriced.length
      ? { kind: "list", items: e.unpriced.map((u) => r.unpricedItem(r.optionId[u.option], textOf(u, "description", lang), r.source(u.source), textOf(u, "reason", lang))) }
      : { kind: "paragraph", text: r.none },
  );

  if (e.free.length) {
    const byType = new Map<string, { option: string; type: string; count: number; reason: string }>();
    for (const f of e.free) {
      const key = `${f.option}: ${f.type}`;
      const seen = byType.get(key);
      if (seen) seen.count++;
      else byType.set(key, { option: r.optionId[f.option], type: f.type, count: 1, reason: textOf(f, "reason", lang) });
    }
    blocks.push({ kind: "heading", text: r.freeHeading });
    blocks.push({ kind: "list", items: [...byType.values()].map((f) => r.freeItem(f.option, f.type, f.count, f.reason)) });
  }

  const over = e.prices.filter((p) => p.overridden);
  blocks.push({ kind: "heading", text: r.overriddenHeading });
  blocks.push(over.length ? { kind: "list", items: over.map((p) => r.overriddenItem(p.id, p.amount, p.currency, p.unit, p.usedSEK)) } : { kind: "paragraph", text: r.noOverrides });

  blocks.push({ kind: "heading", text: r.usageHeading });
  blocks.push({ kind: "paragraph", text: e.usageChanged.length ? r.usageChanged(e.usageChanged.map((key) => `${key} = ${String(e.usage[key])}`).join(", ")) : r.usageDefault });

  blocks.push({ kind: "heading", text: r.pricesHeading });
  blocks.push({
    kind: "table",
    rows: [
      [...r.priceColumns],
      ...e.prices.map((p) => [p.overridden ? r.overridden(p.id) : p.id, r.catalogAmount(p.amount, p.currency, p.unit), r.used(p.usedSEK, p.currency), r.confidence[p.confidence], p.source, p.sourceUrl]),
    ],
  });
  const low = e.prices.filter((p) => p.confidence === "low" && !p.overridden).map((p) => (lang === "en" ? p.id : `${priceName(p.id, lang)} (${p.id})`));
  if (low.length) blocks.push({ kind: "paragraph", text: r.lowConfidence(low) });
  blocks.push({ kind: "paragraph", text: r.rates(e.exchangeRates.filter((x) => x.currency !== "SEK").map((x) => r.rate(x.currency, x.sekPerUnit, r.rateConfidence[x.confidence as "low"] ?? x.confidence, x.source))) });
  return blocks;
}

/** Which baseline the seat licences use, in one sentence. */
function baselineSentence(e: CostEstimate, lang: Lang): string {
  const r = catalog(lang).cost.report;
  const b = e.baseline;
  if (b.staffPlan === "none") return r.baseline.none;
  if (!b.suite) return r.baseline.mailOnly(b.staffPlan);
  const owned = b.ownedSeats ? r.baseline.owned(b.ownedSeats) : "";
  return b.staffPlanBaseline === "both-options" ? r.baseline.both(b.staffPlan, owned) : r.baseline.neither(b.staffPlan);
}

/** The one sentence that explains the licence scenarios. */
function scenarioSentence(l: LicenceScenarios, lang: Lang): string {
  const [own, eur, csp, cal, worst] = l.scenarios as [LicenceScenario, LicenceScenario, LicenceScenario, LicenceScenario, LicenceScenario];
  const unpriced = l.scenarios.some((s) => s.unpricedItems > 0);
  const d = (value: number) => signed(value, lang);
  const kr = (value: number) => sek(value, lang);
  return catalog(lang).cost.report.scenarioSentence(l.years, d(own.onpremMinusOnlineSEK), kr(own.serversSEK), d(eur.onpremMinusOnlineSEK), d(csp.onpremMinusOnlineSEK), kr(csp.serversSEK), d(cal.onpremMinusOnlineSEK), kr(cal.serversSEK), d(worst.onpremMinusOnlineSEK), unpriced);
}

function totalsRows(option: OptionCost, years: string[], lang: Lang): string[][] {
  const r = catalog(lang).cost.report;
  const kr = (value: number) => sek(value, lang);
  const t = option.totals;
  return [
    r.totalsColumns(years),
    [r.totalsRows.cash, ...t.cashPerYear.map(kr), kr(t.cash)],
    [r.totalsRows.cashCumulative, ...t.cashCumulative.map(kr), ""],
    [r.totalsRows.amortized, ...t.amortizedPerYear.map(kr), kr(t.amortized)],
    [r.totalsRows.amortizedCumulative, ...t.amortizedCumulative.map(kr), ""],
  ];
}
