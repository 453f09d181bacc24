// The cost report as neutral blocks (headings, paragraphs, tables, lists), so the text
// and markdown renderers show exactly the same content.
import { sum } from "../component";
import type { CostEstimate, OptionCost } from "../estimate";
import type { LicenceScenario, LicenceScenarios } from "../licence-scenarios";
import type { OptionId } from "../types";

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; rows: string[][] }
  | { kind: "list"; items: string[] };

export const OPTION_TITLE: Record<OptionId, string> = {
  onprem: "On-prem (expanded Exchange Server SE)",
  online: "Online (Exchange Online)",
};

export const sek = (value: number): string => (Math.round(value) + 0).toLocaleString("en-US");

export function costDocument(e: CostEstimate): Block[] {
  const years = Array.from({ length: e.years }, (_, i) => `Year ${i + 1}`);
  const blocks: Block[] = [
    { kind: "heading", text: `Cost estimate for ${e.organization} over ${e.years} years` },
    { kind: "paragraph", text: "SEK excluding VAT. Cash is what is paid in each year; amortized spreads hardware, perpetual licences and projects over their life. In-house staff time is included and also shown apart." },
    { kind: "paragraph", text: baselineSentence(e) },
  ];
  const overridden = new Set(e.prices.filter((p) => p.overridden).map((p) => p.id));
  const mark = (ids: string[]) => ids.map((id) => (overridden.has(id) ? `${id} (overridden)` : id)).join(", ");

  for (const option of e.options) {
    blocks.push({ kind: "heading", text: OPTION_TITLE[option.option] });
    blocks.push({
      kind: "table",
      rows: [
        ["Component", "Category", "Quantity", ...years, "Total", "Prices"],
        ...option.components.map((c) => [c.description, c.category, c.quantity, ...c.cash.map(sek), sek(sum(c.cash)), mark(c.prices)]),
      ],
    });
    blocks.push({ kind: "table", rows: totalsRows(option, years) });
    const t = option.totals;
    blocks.push({
      kind: "paragraph",
      text: `Spend outside in-house staff: ${sek(t.externalCash)}; in-house staff: ${sek(t.byCategory.staff)}; one-off: ${sek(t.oneOff)}. Largest drivers: ${t.drivers.map((d) => d.price).join(", ") || "none"}.`,
    });
    const unpriced = e.unpriced.filter((u) => u.option === option.option);
    if (unpriced.length) blocks.push({ kind: "paragraph", text: `${unpriced.length} item(s) unpriced and NOT in these totals (see "Unpriced").` });
  }

  if (e.options.length === 2) {
    const [a, b] = [...e.options].sort((x, y) => x.totals.cash - y.totals.cash) as [OptionCost, OptionCost];
    blocks.push({ kind: "paragraph", text: `Cheaper over ${e.years} years (cash including staff): ${a.option}, by ${sek(b.totals.cash - a.totals.cash)}.` });
  }

  blocks.push({ kind: "heading", text: "Key figures" });
  blocks.push({ kind: "table", rows: [["Figure", "SEK", "Catalog entries driving it"], ...e.keyFigures.map((f) => [f.label, sek(f.valueSEK), mark(f.prices)])] });

  if (e.licenceScenarios) {
    const l = e.licenceScenarios;
    blocks.push({ kind: "heading", text: "Licence scenarios (seat licences over the period)" });
    blocks.push({
      kind: "table",
      rows: [
        ["Situation", "Staff plan", "CAL rights", "On-prem", "Online", "On-prem minus online"],
        ...l.scenarios.map((s) => [SCENARIO_TITLE[s.id], s.staffPlan, s.carriesCalRights ? "yes" : "no", sek(s.onpremSEK), sek(s.onlineSEK), signed(s.onpremMinusOnlineSEK)]),
      ],
    });
    blocks.push({ kind: "paragraph", text: scenarioSentence(l) });
  }

  if (e.sensitivity) {
    const s = e.sensitivity;
    blocks.push({ kind: "heading", text: "Sensitivity (+-20 % on the largest drivers)" });
    blocks.push({ kind: "paragraph", text: `Basis: ${s.basis}. Base: on-prem ${sek(s.base.onprem)}, online ${sek(s.base.online)}; ${s.base.cheaper} is cheaper.` });
    blocks.push({
      kind: "table",
      rows: [
        ["Driver", "Change", "On-prem", "Online", "Cheaper", "Changes the answer"],
        ...s.cases.map((c) => [c.driver === "currency:USD" ? "USD exchange rate" : c.driver, `${c.factor > 1 ? "+" : "-"}${Math.round(Math.abs(c.factor - 1) * 100)} %`, sek(c.onprem), sek(c.online), c.cheaper, c.flips ? "YES" : "no"]),
      ],
    });
    const flips = [...new Set(s.cases.filter((c) => c.flips).map((c) => c.driver))];
    blocks.push({ kind: "paragraph", text: flips.length ? `Could change which option is cheaper: ${flips.join(", ")}.` : "No single driver at +-20 % changes which option is cheaper." });
  }

  blocks.push({ kind: "heading", text: "Already owned (excluded)" });
  blocks.push(
    e.excluded.length
      ? { kind: "list", items: e.excluded.map((x) => `${x.option}: ${x.description}, ${x.quantity}, ${x.kind}, worth ${x.valueSEK ? sek(x.valueSEK) : "unknown (no public price)"}: ${x.note}`) }
      : { kind: "paragraph", text: "Nothing: cost.ownedLicences is empty." },
  );

  blocks.push({ kind: "heading", text: "Unpriced (not in the totals)" });
  blocks.push(
    e.unpriced.length
      ? { kind: "list", items: e.unpriced.map((u) => `${u.option}: ${u.description} [${u.source}]: ${u.reason}`) }
      : { kind: "paragraph", text: "None." },
  );

  if (e.free.length) {
    const byType = new Map<string, number>();
    for (const f of e.free) byType.set(`${f.option}: ${f.type}`, (byType.get(`${f.option}: ${f.type}`) ?? 0) + 1);
    blocks.push({ kind: "heading", text: "Free resources" });
    blocks.push({ kind: "list", items: [...byType].map(([key, n]) => `${key} x ${n}: ${e.free.find((f) => `${f.option}: ${f.type}` === key)!.reason}`) });
  }

  const over = e.prices.filter((p) => p.overridden);
  blocks.push({ kind: "heading", text: "Overridden prices" });
  blocks.push(
    over.length
      ? { kind: "list", items: over.map((p) => `${p.id}: catalog ${p.amount ?? "no price"} ${p.currency} per ${p.unit}, overridden to ${p.usedSEK} ${p.currency === "%" ? "%" : "SEK"} (cost.priceOverrides)`) }
      : { kind: "paragraph", text: "None: every price is the catalog's." },
  );

  blocks.push({ kind: "heading", text: "Usage assumptions" });
  blocks.push({
    kind: "paragraph",
    text: e.usageChanged.length
      ? `Changed in the organization file (cost.usage): ${e.usageChanged.map((key) => `${key} = ${String(e.usage[key])}`).join(", ")}. The rest keep the defaults documented in cost/usage.ts.`
      : "All at the defaults documented in cost/usage.ts (change them under cost.usage).",
  });

  blocks.push({ kind: "heading", text: "Prices used" });
  blocks.push({
    kind: "table",
    rows: [
      ["Id", "Catalog", "Used (SEK)", "Confidence", "Source", "Address"],
      ...e.prices.map((p) => [
        p.overridden ? `${p.id} (overridden)` : p.id,
        `${p.amount ?? "not found"} ${p.currency}/${p.unit}`,
        p.usedSEK === null ? "unpriced" : p.currency === "%" ? `${p.usedSEK} %` : p.usedSEK.toFixed(2),
        p.confidence === "low" ? "LOW" : p.confidence,
        p.source,
        p.sourceUrl,
      ]),
    ],
  });
  const low = e.prices.filter((p) => p.confidence === "low" && !p.overridden).map((p) => p.id);
  if (low.length) blocks.push({ kind: "paragraph", text: `Low confidence (estimates or unverified; get quotes): ${low.join(", ")}.` });
  blocks.push({ kind: "paragraph", text: `Exchange rates: ${e.exchangeRates.filter((r) => r.currency !== "SEK").map((r) => `${r.currency} ${r.sekPerUnit} SEK (${r.confidence} confidence, source: ${r.source ?? "none"})`).join("; ")}.` });
  return blocks;
}

/** A difference with its sign: "+1,200", "-300", "0". */
export const signed = (value: number): string => (Math.round(value) > 0 ? `+${sek(value)}` : sek(value));

const SCENARIO_TITLE: Record<LicenceScenario["id"], string> = {
  organization: "The organization's licences",
  "plans-with-cal-rights": "Staff plans with Exchange CAL rights",
  "plans-without-cal-rights": "Staff plans without Exchange CAL rights",
};

/** Which baseline the seat licences use, in one sentence. */
function baselineSentence(e: CostEstimate): string {
  const b = e.baseline;
  if (b.staffPlan === "none") return "Baseline: no staff plan is set (online.licences.staff: none), so each option prices only its own licences.";
  if (!b.suite) return `Baseline: ${b.staffPlan} is a mail-only plan, so it is an online cost only; on-prem staff need Exchange CALs instead.`;
  const owned = b.ownedSeats ? ` beyond the ${b.ownedSeats} owned` : "";
  return b.staffPlanBaseline === "both-options"
    ? `Baseline: staff keep their ${b.staffPlan} plan in both options, so its seats${owned} are priced alike in both (cost.usage.staffPlanBaseline: both-options) and only what differs makes a difference.`
    : `Baseline: staff keep their ${b.staffPlan} plan in both options, so it is priced in neither (cost.usage.staffPlanBaseline: neither-option) and only what differs is counted.`;
}

/** The one sentence that explains the licence scenarios. */
function scenarioSentence(l: LicenceScenarios): string {
  const [own, withRights, withoutRights] = l.scenarios as [LicenceScenario, LicenceScenario, LicenceScenario];
  const unpriced = l.scenarios.some((s) => s.unpricedItems > 0) ? " Some seat prices are unpriced and not in these figures." : "";
  return (
    `Staff keep their plan in every situation, so the difference is what only one option needs: Exchange CALs with Software Assurance on-prem for staff whose plan lacks the CAL rights, and plans for mailboxes online; ` +
    `over ${l.years} years on-prem minus online is ${signed(own.onpremMinusOnlineSEK)} SEK with the organization's ${own.staffPlan}, ${signed(withRights.onpremMinusOnlineSEK)} where every staff plan carries the rights (${withRights.staffPlan}) and ${signed(withoutRights.onpremMinusOnlineSEK)} where none does (${withoutRights.staffPlan}).${unpriced}`
  );
}

function totalsRows(option: OptionCost, years: string[]): string[][] {
  const t = option.totals;
  return [
    ["Totals", ...years, "Total"],
    ["Cash", ...t.cashPerYear.map(sek), sek(t.cash)],
    ["Cash, cumulative", ...t.cashCumulative.map(sek), ""],
    ["Amortized", ...t.amortizedPerYear.map(sek), sek(t.amortized)],
    ["Amortized, cumulative", ...t.amortizedCumulative.map(sek), ""],
  ];
}
