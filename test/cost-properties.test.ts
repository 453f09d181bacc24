// Licensing facts as properties over the example, every optional feature on, and the fuzz
// generator's valid organization files: the staff plan is the same in both options, nothing
// owned is bought again, the bounding licence scenarios bound, and every licence a LIC rule
// asks for is in the estimate (priced, or unpriced by name).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sum } from "../cost/component";
import { estimateCost, type CostEstimate } from "../cost/estimate";
import { MINIMUM_AUDIT_RETENTION_DAYS } from "../model/exchange-online/audit-retention";
import { licenceNeeds, onlineAuditDays } from "../model/licences";
import { InputError } from "../model/input-error";
import { parseOrganization } from "../model/load";
import type { OrganizationFile } from "../model/schema";
import { stringify } from "yaml";
import { validOrganization } from "./fuzz/organization-arbitrary";
import { exampleData, exampleWith } from "./helpers/example";

const SEED = 20261201;
const parse = (data: Record<string, any>) => parseOrganization(stringify(data));
const ALL_ON = exampleWith((d) => {
  Object.assign(d.online, { customerLockbox: true, advancedDataResidency: true, dataLocation: "SE", addOns: [] });
  d.online.customerKey.enabled = true;
  d.online.licences = { staff: "O365_E3", shared: "EXO_P1", resource: "EXO_KIOSK" };
});

/** The estimate, or undefined for a file the sizing refuses (an InputError naming the field, exit 2). */
function estimate(org: OrganizationFile): CostEstimate | undefined {
  try {
    return estimateCost(org, []);
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

function holds(org: OrganizationFile): void {
  const e = estimate(org);
  if (!e) return;
  const components = (option: "onprem" | "online") => e.options.find((o) => o.option === option)!.components;
  const [onprem, online] = [components("onprem"), components("online")];
  // The staff plan staff keep is the same line in both options.
  const baseline = (list: typeof onprem) => list.filter((c) => c.baseline).map((c) => [c.description, c.cash]);
  expect(baseline(onprem)).toEqual(baseline(online));
  // The seat difference is the organization's scenario; the Extended Use Rights never cost more server licences than CSP.
  const [own, eur, csp] = e.licenceScenarios!.scenarios;
  expect(e.keyFigures.find((f) => f.id === "seat-licences.onprem-minus-online")!.valueSEK).toBeCloseTo(own!.onpremMinusOnlineSEK, 4);
  expect(csp!.serversSEK).toBeGreaterThanOrEqual(eur!.serversSEK - 1e-6);
  // Every add-on a licence rule asks for is in the estimate, priced or unpriced by name.
  const listed = new Set([...online.map((c) => c.id), ...e.unpriced.map((u) => u.id)]);
  for (const need of licenceNeeds(org, onlineAuditDays(org, MINIMUM_AUDIT_RETENTION_DAYS))) {
    if (!need.met && need.addOn) expect(listed, need.id).toContain(`online.addons.${need.addOn.toLowerCase().replace(/_/g, "-")}`);
  }
}

/** The organization owning more of every licence than it could need. */
function owningEverything(org: OrganizationFile): OrganizationFile {
  const plenty = 1_000_000;
  const ownedLicences = Object.fromEntries(
    ["EXO_P1", "EXO_P2", "EXO_KIOSK", "M365_F3", "O365_E3", "M365_E3", "M365_E5", "EXCHANGE_SERVER_STANDARD", "EXCHANGE_SERVER_ENTERPRISE", "EXCHANGE_CAL_STANDARD", "EXCHANGE_CAL_ENTERPRISE", "WINDOWS_SERVER_STANDARD_CORES", "WINDOWS_SERVER_DATACENTER_CORES", "SYSTEM_CENTER_DATACENTER_CORES"].map((key) => [key, plenty]),
  );
  const coverage = Object.fromEntries(["EXCHANGE_SERVER_STANDARD", "EXCHANGE_SERVER_ENTERPRISE", "EXCHANGE_CAL_STANDARD", "EXCHANGE_CAL_ENTERPRISE"].map((key) => [key, { kind: "software-assurance" as const, since: "2020-01-01" }]));
  return { ...org, cost: { ...org.cost, ownedLicences, licensing: { ...org.cost.licensing, coverage }, usage: { ...org.cost.usage, windowsServerSoftwareAssurance: false } } };
}

describe("licensing properties", () => {
  it("hold for the example and for every optional feature on", () => {
    holds(parse(exampleData()));
    holds(parseOrganization(ALL_ON));
  });

  it("hold for random valid organization files", () => {
    fc.assert(fc.property(validOrganization, (data) => holds(parse(data))), { numRuns: 20, seed: SEED });
  });

  it("buy nothing an organization owns: owning every licence leaves no licence purchase, only Software Assurance", () => {
    fc.assert(
      fc.property(validOrganization, (data) => {
        const e = estimate(owningEverything(parse(data)));
        if (!e) return;
        const bought = e.options.flatMap((o) => o.components).filter((c) => c.category === "licences" && !c.id.startsWith("online.addons.") && c.id !== "onprem.azure-local-host-fee");
        expect(bought.filter((c) => c.oneOff > 0).map((c) => c.id)).toEqual([]);
        // Seats that are owned are not paid for in any year.
        expect(bought.filter((c) => c.id.includes(".seats.") && !c.id.includes(".cal-")).map((c) => sum(c.cash))).toEqual(bought.filter((c) => c.id.includes(".seats.") && !c.id.includes(".cal-")).map(() => 0));
      }),
      { numRuns: 12, seed: SEED },
    );
  });
});
