// The estimate as a whole: catalog validity, price overrides, TCO per year and cumulative,
// and the sensitivity that shows which driver could change the cheaper option.
import { describe, expect, it } from "vitest";
import { loadCatalog, parseCatalog } from "../cost/catalog/catalog";
import { PriceBook } from "../cost/catalog/price-book";
import { sum } from "../cost/component";
import { estimateCost } from "../cost/estimate";
import { renderCostText } from "../cost/render/text";
import { InputError } from "../model/input-error";
import { isSourceId, source } from "../sources";
import { sizeOrganization } from "../model/sizing/sizing";
import { parseOrganization } from "../model/load";
import { exampleWith } from "./helpers/example";
import { ENT, orgWith } from "./cost-helpers";

const total = (e: ReturnType<typeof estimateCost>, option: "onprem" | "online") => e.options.find((o) => o.option === option)!.totals;

describe("the price catalog", () => {
  const catalog = loadCatalog();

  it("gives every price a registry source a reader can open and a confidence; a missing amount is always low confidence", () => {
    for (const entry of catalog.prices) {
      expect(isSourceId(entry.source), entry.id).toBe(true);
      expect(source(entry.source).url, entry.id).toMatch(/^https:\/\//);
      if (entry.amount === null) expect(entry.confidence, entry.id).toBe("low");
    }
    for (const rate of catalog.rates.rates.filter((r) => r.currency !== "SEK")) expect(isSourceId(rate.source ?? ""), rate.currency).toBe(true);
  });

  it("prices nothing without a public source: hosts and disks have no list price and stay unpriced, never 0", () => {
    const amount = (id: string) => catalog.prices.find((p) => p.id === id)!.amount;
    expect(["server_2s_hw", "disk_per_tb", "adr_addon", "audit_10_year_addon", "blob_other", "vm_other", "public_ip"].map(amount)).toEqual(Array(7).fill(null));
    expect(catalog.prices.filter((p) => p.amount === null).map((p) => p.id).sort()).toEqual(["adr_addon", "audit_10_year_addon", "blob_other", "disk_per_tb", "public_ip", "server_2s_hw", "vm_other"]);
    expect(catalog.prices.filter((p) => p.amount === 0).map((p) => p.id)).toEqual(["arc_control_plane"]);
  });

  it("keeps the sources' confidence: estimates low, Microsoft 365 list prices high", () => {
    const confidence = (id: string) => catalog.prices.find((p) => p.id === id)!.confidence;
    expect(["server_2s_hw", "disk_per_tb", "exch_cal_std", "sentinel_analytics", "muni_it_hour", "consultant_hour"].map(confidence)).toEqual(Array(6).fill("low"));
    expect(confidence("m365_e3")).toBe("high");
    expect(catalog.rates.rates.find((r) => r.currency === "USD")).toMatchObject({ sekPerUnit: 9.6, confidence: "low" });
  });

  it("rejects a duplicate id, a currency without an exchange rate, and a source that is not a registry id", () => {
    const entry = { id: "x", description: "d", unit: "u", amount: 1, currency: "USD", source: "dekbacom-exchange-licensing", confidence: "low" };
    const rates = { base: "SEK", rates: [{ currency: "USD", sekPerUnit: 9.6, source: "riverflows-m365-prices-eur", confidence: "low" }] };
    expect(() => parseCatalog({ prices: [entry, entry] }, rates)).toThrow(/duplicate id x/);
    expect(() => parseCatalog({ prices: [{ ...entry, currency: "NOK" }] }, rates)).toThrow(/NOK/);
    expect(() => parseCatalog({ prices: [{ ...entry, source: "https://example.com/prices" }] }, rates)).toThrow(/prices\.0\.source: an id of the sources registry/);
    expect(() => parseCatalog({ prices: [{ ...entry, source: "prices.md exch_cal" }] }, rates)).toThrow(/sources registry/);
    expect(() => parseCatalog({ prices: [entry] }, { base: "SEK", rates: [{ currency: "USD", sekPerUnit: 9.6, confidence: "low" }] })).toThrow(/USD has no source/);
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
    const negotiated = estimateCost(orgWith((d) => (d.cost.priceOverrides = { ...d.cost.priceOverrides, consultant_hour: 1000 })), []);
    // Online: 5 days of migration and 1 of training x 8 h at 200 SEK less; on-prem: 10 days of build and 3 of training.
    expect(total(negotiated, "online").cash - total(base, "online").cash).toBeCloseTo(-48 * 200, 6);
    expect(total(negotiated, "onprem").cash - total(base, "onprem").cash).toBeCloseTo(-104 * 200, 6);
    const text = renderCostText(negotiated);
    expect(text).toContain("consultant_hour (overridden)");
    expect(text).toMatch(/consultant_hour: catalog 1200 SEK per hour, overridden to 1000 SEK/);
    expect(renderCostText(estimateCost(orgWith((d) => (d.cost.priceOverrides = {})), []))).toContain("None: every price is the catalog's.");
  });

  it("take a USD price as SEK: M365 E3 at 350 SEK a month instead of 39 USD x 10.9, in both options alike (the baseline)", () => {
    const base = estimateCost(orgWith(), []);
    const negotiated = estimateCost(orgWith((d) => (d.cost.priceOverrides = { ...d.cost.priceOverrides, m365_e3: 350 })), []);
    const seatMonths = (70 + 78 + 85) * 12;
    for (const option of ["onprem", "online"] as const) expect(total(negotiated, option).cash - total(base, option).cash).toBeCloseTo(seatMonths * (350 - 39 * ENT), 6);
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
    // On-prem hardware: 900,000 hosts + the sized storage mirrored at 450 SEK per raw TB, and backup
    // storage for one copy of the 4 database copies, mirrored, paid in year 1.
    const onprem = total(e, "onprem");
    const provisionedTB = sizeOrganization(orgWith()).storage.totalGB / 1000;
    const disks = provisionedTB * 2 * 450 + (provisionedTB / 4) * 2 * 450;
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
  it("moves the largest drivers to the ends of their sourced range (else 20 %) and the USD rate by 20 %", () => {
    const s = estimateCost(orgWith(), []).sensitivity!;
    expect(s.drivers).toContain("m365_e3");
    expect(s.drivers).toContain("server_2s_hw");
    expect(s.drivers.at(-1)).toBe("currency:USD");
    // Overridden: 20 % either way.
    const hosts = s.cases.find((c) => c.driver === "server_2s_hw" && c.factor > 1)!;
    expect(hosts.onprem - s.base.onprem).toBeCloseTo(0.2 * 900000, 4);
    // M365 E3 ranges from 36 (before July 2026) to 39 USD: the low end is 36/39.
    expect(s.cases.find((c) => c.driver === "m365_e3" && c.factor < 1)!.factor).toBeCloseTo(36 / 39, 10);
    // The staff plan is the same in both options: varying its price moves both alike.
    const seats = s.cases.find((c) => c.driver === "m365_e3" && c.factor > 1)!;
    expect(seats.onprem - s.base.onprem).toBeCloseTo(seats.online - s.base.online, 4);
    expect(s.cases.find((c) => c.driver === "m365_e3" && c.factor > 1)!.flips).toBe(false);
  });

  it("shows a driver that changes which option is cheaper", () => {
    // Price the 10-year audit add-on (no public price) so that online is dearer by 10 % of the
    // add-on's cost, which a 20 % cheaper add-on reverses. Staff: 720 / 728 / 735.
    const without = estimateCost(orgWith((d) => (d.cost.priceOverrides = { ...d.cost.priceOverrides, audit_10_year_addon: 0, e5_ediscovery_audit_addon: 0 })), []);
    const seatMonths = (720 + 728 + 735) * 12;
    const monthly = (total(without, "onprem").cash - total(without, "online").cash) / (0.9 * seatMonths);
    expect(monthly).toBeGreaterThan(0);
    const e = estimateCost(orgWith((d) => (d.cost.priceOverrides = { ...d.cost.priceOverrides, audit_10_year_addon: monthly, e5_ediscovery_audit_addon: 0 })), []);
    const s = e.sensitivity!;
    expect(s.base.cheaper).toBe("onprem");
    expect(s.cases.find((c) => c.driver === "audit_10_year_addon" && c.factor < 1)).toMatchObject({ cheaper: "online", flips: true });
    expect(s.cases.find((c) => c.driver === "audit_10_year_addon" && c.factor > 1)).toMatchObject({ cheaper: "onprem", flips: false });
    expect(renderCostText(e)).toMatch(/Could change which option is cheaper: .*audit_10_year_addon/);
  });
});
