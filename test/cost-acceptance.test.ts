// Acceptance against the municipality's own investigation of 2021, which gave three figures:
//   - about 50 tkr of consulting to move to Exchange Online;
//   - about 2 mnkr over three years to expand locally, mostly licences but also hardware and
//     consulting (in-house staff time is not part of that figure);
//   - user licences for local operation "at worst about 600 tkr dearer" than the cloud service.
// examples/municipality-2021.yaml is the organization with the licences of that time (Office 365
// E3, Exchange 2019 on perpetual licences); examples/municipality.yaml is the same organization
// today (Microsoft 365 E3 under an Enterprise Agreement Subscription, Exchange SE).
import { beforeAll, describe, expect, it } from "vitest";
import { estimateCost, type CostEstimate } from "../cost/estimate";
import type { LicenceScenario } from "../cost/licence-scenarios";
import { renderCostText } from "../cost/render/text";
import { stackInventory } from "../inventory/from-stacks";
import { EXAMPLE_CONFIG, loadOrganizationFile } from "../model/load";
import { ENT, USD } from "./cost-helpers";

const EXAMPLE_2021 = new URL("../examples/municipality-2021.yaml", import.meta.url).pathname;
const TOLERANCE = 0.15;
const REPORT = { migration: 50_000, expansion: 2_000_000, seatsDearerAtMost: 600_000 };
const figure = (e: CostEstimate, id: string) => e.keyFigures.find((f) => f.id === id)!;
const scenario = (e: CostEstimate, id: LicenceScenario["id"]) => e.licenceScenarios!.scenarios.find((s) => s.id === id)!;
const within = (value: number, target: number) => {
  expect(value).toBeGreaterThanOrEqual(target * (1 - TOLERANCE));
  expect(value).toBeLessThanOrEqual(target * (1 + TOLERANCE));
};
const estimateOf = (file: string) => {
  const org = loadOrganizationFile(file);
  return estimateCost(org, stackInventory(org));
};

let y2021: CostEstimate;
let today: CostEstimate;
let text: string;

beforeAll(() => {
  y2021 = estimateOf(EXAMPLE_2021);
  today = estimateOf(EXAMPLE_CONFIG);
  // The text as a reader sees it, its line breaks joined (it wraps at 100 columns).
  text = renderCostText(today).replace(/\s+/g, " ");
});

describe("the 2021 situation against the municipality's investigation", () => {
  it("online one-off migration: about 50 tkr of consulting (5 days at 1,200 SEK/h)", () => {
    within(figure(y2021, "online.migration-consultants").valueSEK, REPORT.migration);
    expect(figure(y2021, "online.migration-consultants").prices).toEqual(["consultant_hour"]);
  });

  it("on-prem expansion: about 2 mnkr over three years, every needed item priced", () => {
    const expansion = figure(y2021, "onprem.expansion-external");
    within(expansion.valueSEK, REPORT.expansion);
    expect(y2021.unpriced).toEqual([]);
    // Exchange 2019 servers on perpetual licences: 8 x 709 USD, no Software Assurance.
    const servers = y2021.options.find((o) => o.option === "onprem")!.components.find((c) => c.id === "onprem.exchange-server-standard")!;
    expect(servers.cash).toEqual([8 * 709 * USD, 0, 0].map((v) => expect.closeTo(v, 4)));
    for (const price of ["system_center_std", "ws2025_16c_std", "backup_instance", "eop_standalone", "public_san_certificate", "defender_servers_p1", "vm_b2ms_windows", "managed_disk"]) {
      expect(expansion.prices, price).toContain(price);
    }
  });

  it("staff seat licences: 0 with Office 365 E3, which stands in for the CALs; the worst case without any plan that does is Standard CALs (536 tkr, the investigation's figure) plus the Enterprise CAL the DLP rule needs", () => {
    expect(scenario(y2021, "organization")).toMatchObject({ staffPlan: "O365_E3", carriesCalRights: true, onpremMinusOnlineSEK: 0 });
    expect(figure(y2021, "seat-licences.onprem-minus-online").valueSEK).toBe(0);
    const worst = scenario(y2021, "plans-without-cal-rights");
    // 735 perpetual CALs (Exchange 2019 needed no SA): Standard 76 USD, additive Enterprise 100 USD.
    const standard = 735 * 76 * USD;
    within(standard, REPORT.seatsDearerAtMost);
    expect(worst.onpremMinusOnlineSEK).toBeCloseTo(standard + 735 * 100 * USD, 4);
  });
});

describe("the same organization today", () => {
  it("Microsoft 365 E3 under an Enterprise Agreement Subscription: servers and CALs covered, no seat difference", () => {
    expect(scenario(today, "organization")).toMatchObject({ programme: "EAS", staffPlan: "M365_E3", extendedUseRights: "applies", serversSEK: 0, onpremMinusOnlineSEK: 0 });
    expect(today.unpriced).toEqual([]);
  });

  it("through CSP the same plans license no server: Exchange SE Standard subscriptions for the 8 servers", () => {
    expect(scenario(today, "csp-subscription")).toMatchObject({ extendedUseRights: "programme-without-rights", exchangeLicensing: "subscription" });
    expect(scenario(today, "csp-subscription").serversSEK).toBeCloseTo(8 * 319 * USD * 3, 4);
    expect(text).toMatch(/Licence scenarios \(seat and Exchange server licences over the period\)/);
  });

  it("says which baseline is used", () => {
    expect(text).toContain("Baseline: staff keep their M365_E3 plan in both options, so its seats beyond the 650 owned are priced alike in both (cost.usage.staffPlanBaseline: both-options)");
  });

  it("most licences already owned: never bought again, each shown with what it is worth", () => {
    for (const option of ["onprem", "online"]) {
      const owned = today.excluded.find((x) => x.id === `${option}.owned.M365_E3.staff`)!;
      expect(owned).toMatchObject({ quantity: "650 seats", valueSEK: expect.closeTo(650 * 39 * ENT * 12 * 3, 4) });
    }
    expect(text).toMatch(/onprem: Exchange CAL rights of the M365_E3 seats staff keep, 720 \/ 728 \/ 735 users, covered, worth [\d,]+/);
  });

  it("prices every resource the stacks declare, or lists it as free or unpriced", () => {
    const org = loadOrganizationFile(EXAMPLE_CONFIG);
    const resources = stackInventory(org);
    const accounted = new Set([...today.options.flatMap((o) => o.components).map((c) => c.source), ...today.free.map((f) => f.source), ...today.unpriced.map((u) => u.source)]);
    expect(resources.filter((r) => !accounted.has(r.address)).map((r) => r.address)).toEqual([]);
  });
});

describe("an organization on Microsoft 365 E5", () => {
  it("adds only what the options really add: on-prem CALs are covered by E5, the seat difference is 0 (hand computation)", async () => {
    const { orgWith } = await import("./cost-helpers");
    // 2,400 staff all owning E5, growing 1 %: 2,400 / 2,424 / 2,449; the 24 and 49 new staff get
    // E5 in either option (60 USD x 10.9 x 12 a year each).
    const org = orgWith((d) => {
      d.mailboxes.staff = 2400;
      d.online.licences.staff = "M365_E5";
      d.cost.ownedLicences = { M365_E5: 2400 };
    });
    const e = estimateCost(org, []);
    const seats = (option: string) => e.options.find((o) => o.option === option)!.components.filter((c) => c.id.includes(".seats."));
    for (const option of ["onprem", "online"]) {
      expect(seats(option).map((c) => c.id)).toEqual([`${option}.seats.staff`]);
      expect(seats(option)[0]!.cash).toEqual([0, 24, 49].map((n) => expect.closeTo(n * 60 * ENT * 12, 4)));
    }
    expect(figure(e, "seat-licences.onprem-minus-online").valueSEK).toBeCloseTo(0, 6);
    expect(e.options.find((o) => o.option === "onprem")!.components.filter((c) => c.id.startsWith("onprem.exchange-server"))).toEqual([]);
  });
});
