// Acceptance against the municipality's own report (the 2021 investigation behind the
// example organization, as summarised in issue 6 and ../shared/reference/prices.md,
// "Sanity check against the 2021 report"):
//   - about 50 tkr of consulting to move to Exchange Online;
//   - about 2 mnkr over three years to expand locally, mostly licences but also hardware
//     and consulting (in-house staff time is not part of that figure);
//   - user licences for local operation up to 600 tkr dearer than the cloud service;
//   - most licences already owned.
// Each figure must come out of the sourced catalog and documented usage within +-15 %.
import { beforeAll, describe, expect, it } from "vitest";
import { estimateCost, type CostEstimate } from "../cost/estimate";
import { renderCostText } from "../cost/render/text";
import { stackInventory } from "../inventory/from-stacks";
import { EXAMPLE_CONFIG, loadOrganizationFile } from "../model/load";

const TOLERANCE = 0.15;
let estimate: CostEstimate;
let text: string;
const figure = (id: string) => estimate.keyFigures.find((f) => f.id === id)!;

beforeAll(() => {
  const org = loadOrganizationFile(EXAMPLE_CONFIG);
  estimate = estimateCost(org, stackInventory(org));
  text = renderCostText(estimate);
});

describe("the example organization reproduces the municipality's report", () => {
  it("online one-off migration: about 50 tkr of consulting", () => {
    const value = figure("online.migration-consultants").valueSEK;
    expect(value).toBeGreaterThanOrEqual(50000 * (1 - TOLERANCE));
    expect(value).toBeLessThanOrEqual(50000 * (1 + TOLERANCE));
    expect(figure("online.migration-consultants").prices).toEqual(["consultant_hour"]);
  });

  it("on-prem expansion: about 2 mnkr over three years, mostly licences and hardware, also consulting", () => {
    expect(estimate.years).toBe(3);
    const expansion = figure("onprem.expansion-external");
    expect(expansion.valueSEK).toBeGreaterThanOrEqual(2_000_000 * (1 - TOLERANCE));
    expect(expansion.valueSEK).toBeLessThanOrEqual(2_000_000 * (1 + TOLERANCE));
    const byCategory = estimate.options.find((o) => o.option === "onprem")!.totals.byCategory;
    expect(byCategory.licences + byCategory.hardware).toBeGreaterThan(0.8 * expansion.valueSEK);
    expect(byCategory.consultants).toBeGreaterThan(0);
    expect(expansion.prices.slice(0, 3)).toContain("server_2s_hw");
  });

  it("on-prem seat licences: at most 600 tkr above online", () => {
    const difference = figure("seat-licences.onprem-minus-online");
    expect(difference.valueSEK).toBeLessThanOrEqual(600_000 * (1 + TOLERANCE));
    expect(difference.prices).toEqual(expect.arrayContaining(["m365_e3", "exch_cal_std", "exch_cal_ent"]));
  });

  it("most licences already owned: excluded with a visible note", () => {
    const owned = estimate.excluded.find((x) => x.id === "online.owned.M365_E3.staff")!;
    expect(owned.quantity).toBe("650 seats");
    expect(text).toContain("M365_E3 seats already owned, used by staff mailboxes, 650 seats");
    expect(text).toContain("Exchange CAL rights of users holding owned Microsoft 365 E3/E5, 650 users");
  });

  it("names the catalog entries that drive each figure in the output", () => {
    const rows = text.split("\n");
    const row = (label: string) => rows.find((line) => line.startsWith(label))!;
    expect(row("Online: one-off migration, consultants")).toMatch(/48,000\s+consultant_hour$/);
    expect(row("On-prem: expansion spend")).toMatch(/server_2s_hw, sa_rate, exch_cal_ent/);
    expect(row("Seat licences: on-prem minus online")).toContain("m365_e3");
  });

  it("prices every resource the stacks declare, or lists it as free or unpriced", () => {
    const org = loadOrganizationFile(EXAMPLE_CONFIG);
    const resources = stackInventory(org);
    expect(new Set(resources.map((r) => r.stack))).toEqual(new Set(["onprem", "online"]));
    const accounted = new Set([...estimate.options.flatMap((o) => o.components).map((c) => c.source), ...estimate.free.map((f) => f.source), ...estimate.unpriced.map((u) => u.source)]);
    expect(resources.filter((r) => !accounted.has(r.address)).map((r) => r.address)).toEqual([]);
    expect(estimate.unpriced.filter((u) => u.reason.startsWith("no registry entry"))).toEqual([]);
  });
});
