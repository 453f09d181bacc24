// The estimate as a whole: catalog validity, price overrides, TCO per year and cumulative,
// and the sensitivity that shows which driver could change the cheaper option.
import { describe, expect, it } from "vitest";
import { loadCatalog, parseCatalog } from "../cost/catalog/catalog";
import { PriceBook } from "../cost/catalog/price-book";
import { sum } from "../cost/component";
import { estimateCost } from "../cost/estimate";
import { renderCostText } from "../cost/render/text";
import { InputError } from "../model/input-error";
import { sizeOrganization } from "../model/sizing/sizing";
import { parseOrganization } from "../model/load";
import { exampleWith } from "./helpers/example";
import { orgWith, USD } from "./cost-helpers";

const total = (e: ReturnType<typeof estimateCost>, option: "onprem" | "online") => e.options.find((o) => o.option === option)!.totals;

describe("the price catalog", () => {
  const catalog = loadCatalog();

  it("gives every price a source, a date seen and a confidence; a missing amount is always low confidence", () => {
    for (const entry of catalog.prices) {
      expect(entry.source.length, entry.id).toBeGreaterThan(0);
      expect(entry.seen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (entry.amount === null) expect(entry.confidence, entry.id).toBe("low");
    }
  });

  it("keeps the reference's confidence: estimates low, Microsoft 365 list prices high", () => {
    const confidence = (id: string) => catalog.prices.find((p) => p.id === id)!.confidence;
    expect(["server_2s_hw", "disk_per_tb", "exch_cal_std", "sentinel_analytics", "muni_it_hour", "consultant_hour"].map(confidence)).toEqual(Array(6).fill("low"));
    expect(confidence("m365_e3")).toBe("high");
    expect(catalog.rates.rates.find((r) => r.currency === "USD")).toMatchObject({ sekPerUnit: 9.6, confidence: "low" });
  });

  it("rejects a duplicate id and a currency without an exchange rate", () => {
    const entry = { id: "x", description: "d", unit: "u", amount: 1, currency: "USD", source: "s", seen: "2026-11-26", confidence: "low" };
    expect(() => parseCatalog({ prices: [entry, entry] }, { base: "SEK", seen: "2026-11-26", rates: [{ currency: "USD", sekPerUnit: 9.6, source: "s", confidence: "low" }] })).toThrow(/duplicate id x/);
    expect(() => parseCatalog({ prices: [{ ...entry, currency: "NOK" }] }, { base: "SEK", seen: "2026-11-26", rates: [{ currency: "USD", sekPerUnit: 9.6, source: "s", confidence: "low" }] })).toThrow(/NOK/);
  });

  it("rejects an override of a price the catalog does not have, naming the field", () => {
    expect(() => new PriceBook(catalog, { no_such_price: 5 })).toThrow(InputError);
    expect(() => new PriceBook(catalog, { no_such_price: 5 })).toThrow(/cost\.priceOverrides\.no_such_price: received 5/);
  });

  it("validates cost.usage strictly in the organization file", () => {
    expect(() => parseOrganization(exampleWith((d) => (d.cost.usage = { consultantDayz: 3 })))).toThrow(/cost\.usage\.consultantDayz/);
    expect(() => parseOrganization(exampleWith((d) => (d.cost.usage = { wattsPerHost: -1 })))).toThrow(/cost\.usage\.wattsPerHost: received -1/);
  });
});

describe("price overrides", () => {
  it("change the totals by exactly the expected amount and are shown as overridden", () => {
    const base = estimateCost(orgWith(), []);
    const negotiated = estimateCost(orgWith((d) => (d.cost.priceOverrides = { consultant_hour: 1000 })), []);
    // Online: 5 days x 8 h at 200 SEK less; on-prem: 10 days x 8 h.
    expect(total(negotiated, "online").cash - total(base, "online").cash).toBeCloseTo(-40 * 200, 6);
    expect(total(negotiated, "onprem").cash - total(base, "onprem").cash).toBeCloseTo(-80 * 200, 6);
    const text = renderCostText(negotiated);
    expect(text).toContain("consultant_hour (overridden)");
    expect(text).toMatch(/consultant_hour: catalog 1200 SEK per hour, overridden to 1000 SEK/);
    expect(renderCostText(base)).toContain("None: every price is the catalog's.");
  });

  it("take a USD price as SEK: M365 E3 at 350 SEK a month instead of 39 USD x 9.6", () => {
    const base = estimateCost(orgWith(), [], ["online"]);
    const negotiated = estimateCost(orgWith((d) => (d.cost.priceOverrides = { m365_e3: 350 })), [], ["online"]);
    const seatMonths = (70 + 78 + 85) * 12;
    expect(total(negotiated, "online").cash - total(base, "online").cash).toBeCloseTo(seatMonths * (350 - 39 * USD), 6);
  });
});

describe("TCO", () => {
  it("gives cash and amortized per year and cumulative, consistent with the components", () => {
    const e = estimateCost(orgWith(), []);
    for (const option of e.options) {
      const t = option.totals;
      expect(t.cashPerYear).toHaveLength(3);
      expect(t.cashCumulative[2]).toBeCloseTo(t.cash, 6);
      expect(t.amortizedCumulative[1]).toBeCloseTo(t.amortizedPerYear[0]! + t.amortizedPerYear[1]!, 6);
      expect(t.cash).toBeCloseTo(sum(option.components.map((c) => sum(c.cash))), 6);
      expect(t.externalCash).toBeCloseTo(t.cash - t.byCategory.staff, 6);
    }
    // On-prem hardware: 900,000 hosts + the sized storage mirrored at 450 SEK per raw TB, paid in year 1.
    const onprem = total(e, "onprem");
    const disks = (sizeOrganization(orgWith()).storage.totalGB / 1000) * 2 * 450;
    expect(onprem.byCategory.hardware).toBeCloseTo(900000 + disks, 4);
    expect(onprem.amortized).toBeLessThan(onprem.cash);
  });

  it("follows cost.planningYears", () => {
    const e = estimateCost(orgWith((d) => (d.cost.planningYears = 5)), [], ["onprem"]);
    const hosts = e.options[0]!.components.find((c) => c.id === "onprem.hardware.hosts")!;
    expect(hosts.cash).toEqual([900000, 0, 0, 0, 0]);
    expect(hosts.amortized).toEqual([180000, 180000, 180000, 180000, 180000]);
  });
});

describe("sensitivity", () => {
  it("varies the largest drivers and the USD rate by 20 % without changing the answer for the example", () => {
    const s = estimateCost(orgWith(), []).sensitivity!;
    expect(s.drivers).toContain("m365_e3");
    expect(s.drivers).toContain("server_2s_hw");
    expect(s.drivers.at(-1)).toBe("currency:USD");
    const hosts = s.cases.find((c) => c.driver === "server_2s_hw" && c.factor > 1)!;
    expect(hosts.onprem - s.base.onprem).toBeCloseTo(0.2 * 900000, 4);
    expect(s.cases.every((c) => !c.flips)).toBe(true);
  });

  it("shows a driver that changes which option is cheaper", () => {
    // Price M365 E3 so that online is 10 % of its seat cost below the point where both options cost the same.
    const base = estimateCost(orgWith(), []);
    const seatMonths = (70 + 78 + 85) * 12;
    const onlineWithoutSeats = total(base, "online").cash - seatMonths * 39 * USD;
    const breakEven = (total(base, "onprem").cash - onlineWithoutSeats) / seatMonths;
    const e = estimateCost(orgWith((d) => (d.cost.priceOverrides = { m365_e3: breakEven / 1.1 })), []);
    const s = e.sensitivity!;
    expect(s.base.cheaper).toBe("online");
    expect(s.cases.find((c) => c.driver === "m365_e3" && c.factor > 1)).toMatchObject({ cheaper: "onprem", flips: true });
    expect(s.cases.find((c) => c.driver === "m365_e3" && c.factor < 1)).toMatchObject({ cheaper: "online", flips: false });
    expect(renderCostText(e)).toMatch(/Could change which option is cheaper: .*m365_e3/);
  });
});
