// Acceptance against the municipality's own report (the 2021 investigation behind the example
// organization):
//   - about 50 tkr of consulting to move to Exchange Online;
//   - about 2 mnkr over three years to expand locally, mostly licences but also hardware
//     and consulting (in-house staff time is not part of that figure);
//   - user licences for local operation "up to 600 tkr dearer" than the cloud service;
//   - most licences already owned.
// The tool counts the staff plan alike in both options (staff keep Microsoft 365 E3 whichever
// option is chosen), so the report's licence figures depend on the licence situation: the
// licence scenarios show under which situation each sign holds.
import { beforeAll, describe, expect, it } from "vitest";
import { estimateCost, type CostEstimate } from "../cost/estimate";
import type { LicenceScenario } from "../cost/licence-scenarios";
import { renderCostText } from "../cost/render/text";
import { stackInventory } from "../inventory/from-stacks";
import { EXAMPLE_CONFIG, loadOrganizationFile } from "../model/load";
import { orgWith, USD } from "./cost-helpers";

const TOLERANCE = 0.15;
const REPORT = { migration: 50_000, expansion: 2_000_000, seatsDearerAtMost: 600_000 };
let estimate: CostEstimate;
let text: string;
let lines: string;
const figure = (id: string) => estimate.keyFigures.find((f) => f.id === id)!;
const scenario = (e: CostEstimate, id: LicenceScenario["id"]) => e.licenceScenarios!.scenarios.find((s) => s.id === id)!;

beforeAll(() => {
  const org = loadOrganizationFile(EXAMPLE_CONFIG);
  estimate = estimateCost(org, stackInventory(org));
  // The text as a reader sees it, its line breaks joined (it wraps at 100 columns).
  lines = renderCostText(estimate);
  text = lines.replace(/\s+/g, " ");
});

describe("the example organization against the municipality's report", () => {
  it("online one-off migration: about 50 tkr of consulting", () => {
    const value = figure("online.migration-consultants").valueSEK;
    expect(value).toBeGreaterThanOrEqual(REPORT.migration * (1 - TOLERANCE));
    expect(value).toBeLessThanOrEqual(REPORT.migration * (1 + TOLERANCE));
    expect(figure("online.migration-consultants").prices).toEqual(["consultant_hour"]);
  });

  it("on-prem expansion: mostly hardware and licences, also consulting; about 2 mnkr lies between M365 E3 covering the Exchange licences and staff plans that do not", () => {
    const expansion = figure("onprem.expansion-external");
    const byCategory = estimate.options.find((o) => o.option === "onprem")!.totals.byCategory;
    expect(byCategory.consultants).toBeGreaterThan(0);
    expect(expansion.prices.slice(0, 2)).toEqual(["server_2s_hw", "ws2025_16c_std"]);
    // With every staff user on Microsoft 365 E3 no Exchange licence is bought (CAL and Extended
    // Use Rights), so the expansion is the report's figure less the licences it assumed.
    expect(expansion.valueSEK).toBeLessThan(REPORT.expansion);
    expect(expansion.valueSEK).toBeGreaterThan(REPORT.expansion * 0.6);
    // Where staff plans carry no CAL rights, the CALs alone take the expansion past the report's figure.
    expect(expansion.valueSEK + scenario(estimate, "plans-without-cal-rights").onpremMinusOnlineSEK).toBeGreaterThan(REPORT.expansion);
  });

  it("seat licences: 0 with the organization's M365 E3, 0 with any plan carrying the CAL rights, dearer on-prem where none does; 'up to 600 tkr dearer' lies between", () => {
    const own = scenario(estimate, "organization");
    const withRights = scenario(estimate, "plans-with-cal-rights");
    const withoutRights = scenario(estimate, "plans-without-cal-rights");
    expect(own).toMatchObject({ staffPlan: "M365_E3", carriesCalRights: true, onpremMinusOnlineSEK: 0 });
    expect(figure("seat-licences.onprem-minus-online").valueSEK).toBe(own.onpremMinusOnlineSEK);
    expect(withRights).toMatchObject({ staffPlan: "M365_E3", onpremMinusOnlineSEK: 0 });
    // Office 365 E3 in both options; on-prem adds Standard and Enterprise CALs with 25 % SA for
    // 720, then 8 and 7 more staff: (76 + 176) USD x 9.6 a user.
    const cal = (76 + 176) * USD;
    expect(withoutRights).toMatchObject({ staffPlan: "O365_E3", carriesCalRights: false });
    expect(withoutRights.onpremMinusOnlineSEK).toBeCloseTo(735 * cal + (720 + 728 + 735) * cal * 0.25, 4);
    expect(withRights.onpremMinusOnlineSEK).toBeLessThanOrEqual(REPORT.seatsDearerAtMost);
    expect(withoutRights.onpremMinusOnlineSEK).toBeGreaterThanOrEqual(REPORT.seatsDearerAtMost);
    expect(text).toMatch(/Licence scenarios \(seat licences over the period\)/);
    expect(text).toMatch(/on-prem minus online is 0 SEK with the organization's M365_E3, 0 where every staff plan carries the rights \(M365_E3\) and \+3,098,390 where none does \(O365_E3\)/);
  });

  it("on-prem is cheaper on seats only where online pays mailbox plans that on-prem needs no CAL for", () => {
    // Mail-only Exchange Online Plan 1 against the Standard CAL alone: 4 USD a month for three
    // years (1,382 SEK) against 76 USD with 25 % SA a year (1,277 SEK) per user.
    const e = estimateCost(orgWith((d) => {
      d.online.licences.staff = "EXO_P1";
      d.cost.ownedLicences = {};
      d.cost.usage = { enterpriseCal: false };
    }), []);
    const own = scenario(e, "organization");
    expect(own.carriesCalRights).toBe(false);
    expect(own.onpremMinusOnlineSEK).toBeLessThan(0);
    const std = 76 * USD;
    expect(own.onpremMinusOnlineSEK).toBeCloseTo(735 * std + (720 + 728 + 735) * std * 0.25 - (720 + 728 + 735) * 4 * USD * 12, 4);
  });

  it("says which baseline is used", () => {
    expect(text).toContain("Baseline: staff keep their M365_E3 plan in both options, so its seats beyond the 650 owned are priced alike in both (cost.usage.staffPlanBaseline: both-options)");
  });

  it("most licences already owned: never bought again, each shown with what it is worth", () => {
    for (const option of ["onprem", "online"]) {
      const owned = estimate.excluded.find((x) => x.id === `${option}.owned.M365_E3.staff`)!;
      expect(owned.quantity).toBe("650 seats");
      expect(text).toContain(`${option}: M365_E3 seats already owned, used by staff mailboxes, 650 seats, owned, worth 8,760,960`);
    }
    expect(text).toMatch(/onprem: Exchange CAL rights of the M365_E3 seats staff keep, 720 \/ 728 \/ 735 users, covered, worth [\d,]+/);
  });

  it("names the catalog entries that drive each figure in the output", () => {
    // A table row and the detail lines under it, joined.
    const rows = lines.split("\n");
    const row = (label: string) => {
      const at = rows.findIndex((line) => line.startsWith(label));
      const end = rows.findIndex((line, index) => index > at && !line.startsWith(" "));
      return rows.slice(at, end).join(" ").replace(/\s+/g, " ");
    };
    expect(row("Online: one-off migration, consultants")).toMatch(/48,000 Catalog entries driving it: consultant_hour$/);
    expect(row("On-prem: expansion spend")).toMatch(/server_2s_hw \(overridden\), ws2025_16c_std, consultant_hour/);
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

describe("an organization on Microsoft 365 E5", () => {
  it("adds only what the options really add: on-prem CALs are covered by E5, the seat difference is 0 (hand computation)", () => {
    // 2,400 staff all owning E5, growing 1 %: 2,400 / 2,424 / 2,449; the 24 and 49 new staff get
    // E5 in either option (60 USD x 9.6 x 12 = 6,912 SEK a year each).
    const org = orgWith((d) => {
      d.mailboxes.staff = 2400;
      d.online.licences.staff = "M365_E5";
      d.cost.ownedLicences = { M365_E5: 2400 };
    });
    const e = estimateCost(org, []);
    const seats = (option: string) => e.options.find((o) => o.option === option)!.components.filter((c) => c.id.includes(".seats."));
    for (const option of ["onprem", "online"]) {
      expect(seats(option).map((c) => c.id)).toEqual([`${option}.seats.staff`]);
      expect(seats(option)[0]!.cash).toEqual([0, 24, 49].map((n) => expect.closeTo(n * 60 * USD * 12, 4)));
    }
    expect(e.keyFigures.find((f) => f.id === "seat-licences.onprem-minus-online")!.valueSEK).toBeCloseTo(0, 6);
    expect(scenario(e, "organization")).toMatchObject({ staffPlan: "M365_E5", carriesCalRights: true });
    expect(e.options.find((o) => o.option === "onprem")!.components.filter((c) => c.id.startsWith("onprem.exchange-server"))).toEqual([]);
    const out = renderCostText(e).replace(/\s+/g, " ");
    expect(out).toContain("Baseline: staff keep their M365_E5 plan in both options, so its seats beyond the 2400 owned are priced alike in both");
    expect(out).toContain("onprem: Exchange CAL rights of the M365_E5 seats staff keep, 2400 / 2424 / 2449 users, covered");
  });
});
