// Model-derived components for the example organization and variations of it. Expected
// amounts are computed by hand from the catalog (USD x 9.6 SEK) and the usage defaults.
import { describe, expect, it } from "vitest";
import { onpremHardware } from "../cost/components/hardware";
import { onlineSeats } from "../cost/components/online-seats";
import { onpremLicences } from "../cost/components/onprem-licences";
import { onlinePeople, onpremPeople } from "../cost/components/people";
import type { Priced } from "../cost/types";
import { sizeOrganization } from "../model/sizing/sizing";
import { costContext, orgWith, USD } from "./cost-helpers";

const get = (priced: Priced, id: string) => {
  const found = priced.components.find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id} in ${priced.components.map((c) => c.id).join(", ")}`);
  return found;
};
const close = (values: number[]) => values.map((v) => expect.closeTo(v, 4));

// Example: 720 staff growing 1 % a year -> 720 / 728 / 735; 650 M365 E3 owned -> 70 / 78 / 85 without.
const WITHOUT_E3 = [70, 78, 85];

describe("online seat licences", () => {
  it("prices the staff seats not already owned at M365 E3 39 USD a month, and excludes the 650 owned with a note", () => {
    const priced = onlineSeats(costContext());
    expect(get(priced, "online.seats.staff").cash).toEqual(close(WITHOUT_E3.map((n) => n * 39 * USD * 12)));
    expect(get(priced, "online.seats.staff").cash[0]).toBeCloseTo(314496, 4);
    expect(get(priced, "online.seats.staff").prices).toEqual(["m365_e3"]);
    expect(priced.excluded).toEqual([expect.objectContaining({ quantity: "650 seats", valueSEK: expect.closeTo(650 * 39 * USD * 12 * 3, 4) })]);
    expect(priced.excluded[0]!.note).toContain("already owned");
  });

  it("prices shared mailboxes when a plan is set, and the E5 Compliance add-on per staff seat", () => {
    const priced = onlineSeats(costContext(orgWith((d) => {
      d.online.licences.shared = "EXO_P1";
      d.online.addOns = ["E5_COMPLIANCE"];
    })));
    // 80 shared mailboxes growing 1 %: 80 / 81 / 82.
    expect(get(priced, "online.seats.shared").cash).toEqual(close([80, 81, 82].map((n) => n * 4 * USD * 12)));
    expect(get(priced, "online.seats.addon-e5-compliance").cash).toEqual(close([720, 728, 735].map((n) => n * 12 * USD * 12)));
  });

  it("reports Advanced Data Residency as unpriced (no published price), never as 0", () => {
    const priced = onlineSeats(costContext(orgWith((d) => (d.online.advancedDataResidency = true))));
    expect(priced.components.map((c) => c.id)).not.toContain("online.seats.addon-advanced-data-residency");
    expect(priced.unpriced).toEqual([expect.objectContaining({ id: "online.seats.addon-advanced-data-residency", prices: ["adr_addon"] })]);
  });
});

describe("on-prem licences", () => {
  it("prices 8 Exchange SE Standard servers (6 mailbox, 2 Edge) at 709 USD plus 25 % SA a year", () => {
    const c = get(onpremLicences(costContext()), "onprem.exchange-server-standard");
    const licence = 8 * 709 * USD; // 54,451.20
    expect(c.cash).toEqual(close([licence * 1.25, licence * 0.25, licence * 0.25]));
    expect(c.amortized).toEqual(close([licence / 5 + licence * 0.25, licence / 5 + licence * 0.25, licence / 5 + licence * 0.25]));
  });

  it("buys Standard and Enterprise CALs only for staff without M365 E3/E5, as the need grows, with SA on all", () => {
    const priced = onpremLicences(costContext());
    const std = 76 * USD;
    expect(get(priced, "onprem.seats.cal-standard").cash).toEqual(close([70 * std + 70 * std * 0.25, 8 * std + 78 * std * 0.25, 7 * std + 85 * std * 0.25]));
    const ent = 176 * USD;
    expect(get(priced, "onprem.seats.cal-enterprise").cash).toEqual(close([70 * ent * 1.25, 8 * ent + 78 * ent * 0.25, 7 * ent + 85 * ent * 0.25]));
    expect(priced.excluded.find((x) => x.id === "onprem.owned.cal-rights-m365")).toMatchObject({ quantity: "650 users" });
  });

  it("licenses the 4 hosts with Windows Server Standard: 3 VMs per host after a host failure -> 2 x 2 packs per host", () => {
    const c = get(onpremLicences(costContext()), "onprem.windows-server-standard");
    // Standard 2 x 2 x 1,176 = 4,704 USD per host is below Datacenter 2 x 6,771 USD.
    expect(c.cash).toEqual(close([4 * 2 * 2 * 1176 * USD, 0, 0]));
  });

  it("reports System Center as unpriced, and prices it once the organization overrides the price", () => {
    expect(onpremLicences(costContext()).unpriced).toEqual([expect.objectContaining({ id: "onprem.system-center", prices: ["system_center"] })]);
    const priced = onpremLicences(costContext(orgWith((d) => (d.cost.priceOverrides = { system_center: 20000 }))));
    // 4 hosts x 32 cores = 128 cores = 8 licences of 16 cores.
    expect(get(priced, "onprem.system-center").cash).toEqual(close([8 * 20000, 0, 0]));
    expect(get(priced, "onprem.system-center").overridden).toEqual(["system_center"]);
  });

  it("excludes owned server licences but keeps their Software Assurance", () => {
    const priced = onpremLicences(costContext(orgWith((d) => (d.cost.ownedLicences.EXCHANGE_SERVER_STANDARD = 8))));
    expect(get(priced, "onprem.exchange-server-standard").cash).toEqual(close([1, 1, 1].map(() => 8 * 709 * USD * 0.25)));
    expect(priced.excluded.find((x) => x.id === "onprem.owned.EXCHANGE_SERVER_STANDARD")).toMatchObject({ quantity: "8 servers", valueSEK: expect.closeTo(8 * 709 * USD, 4) });
  });

  it("reports subscription licensing as unpriced (no public SE subscription price)", () => {
    const priced = onpremLicences(costContext(orgWith((d) => (d.cost.usage = { exchangeLicensing: "subscription" }))));
    expect(priced.components.map((c) => c.id)).not.toContain("onprem.exchange-server-standard");
    expect(priced.unpriced.filter((u) => u.prices.includes("exse_subscription")).map((u) => u.id)).toEqual([
      "onprem.exchange-server-standard",
      "onprem.seats.cal-standard",
      "onprem.seats.cal-enterprise",
    ]);
  });

  it("with staff keeping their M365 E3 on-prem, prices those seats and buys no CALs", () => {
    const priced = onpremLicences(costContext(orgWith((d) => (d.cost.usage = { onpremStaffKeepOnlinePlan: true }))));
    expect(get(priced, "onprem.seats.staff").cash).toEqual(close(WITHOUT_E3.map((n) => n * 39 * USD * 12)));
    expect(priced.components.some((c) => c.id.startsWith("onprem.seats.cal-"))).toBe(false);
  });

  it("charges the Azure Local host fee per physical core, waived by Datacenter with SA", () => {
    const fee = get(onpremLicences(costContext(orgWith((d) => (d.onprem.platform = "azure-local")))), "onprem.azure-local-host-fee");
    expect(fee.cash).toEqual(close([1, 1, 1].map(() => 128 * 10 * USD * 12))); // 147,456 a year
    const waived = onpremLicences(costContext(orgWith((d) => {
      d.onprem.platform = "azure-local";
      d.cost.usage = { windowsServerEdition: "datacenter", windowsServerSoftwareAssurance: true };
    })));
    expect(waived.components.map((c) => c.id)).not.toContain("onprem.azure-local-host-fee");
    expect(waived.excluded.find((x) => x.id === "onprem.azure-local-host-fee")!.note).toContain("Hybrid Benefit");
    // Datacenter: 2 packs per host x 4 hosts x 6,771 USD, plus 25 % SA every year.
    const dc = 8 * 6771 * USD;
    expect(get(waived, "onprem.windows-server-datacenter").cash).toEqual(close([dc * 1.25, dc * 0.25, dc * 0.25]));
  });
});

describe("on-prem hardware and energy", () => {
  it("buys 4 hosts at 225,000 SEK amortized over 5 years, disks for the sized storage, and power for 400 W x PUE 1.5", () => {
    const priced = onpremHardware(costContext());
    expect(get(priced, "onprem.hardware.hosts").cash).toEqual(close([900000, 0, 0]));
    expect(get(priced, "onprem.hardware.hosts").amortized).toEqual(close([180000, 180000, 180000]));
    // The sizing's provisioned storage (GB), mirrored, x 450 SEK per raw TB.
    const provisionedTB = sizeOrganization(orgWith()).storage.totalGB / 1000;
    expect(get(priced, "onprem.hardware.disks").cash[0]).toBeCloseTo(provisionedTB * 2 * 450, 4);
    // 4 x 400 W x 1.5 x 8,760 h = 21,024 kWh x 1.2 SEK.
    expect(get(priced, "onprem.energy.power-cooling").cash).toEqual(close([25228.8, 25228.8, 25228.8]));
  });

  it("excludes hosts that exist already", () => {
    const priced = onpremHardware(costContext(orgWith((d) => (d.cost.usage = { hostsPurchased: false }))));
    expect(priced.components.map((c) => c.id)).not.toContain("onprem.hardware.hosts");
    expect(priced.excluded.map((x) => x.id)).toEqual(["onprem.owned.hosts"]);
  });
});

describe("people", () => {
  it("prices the online migration: 5 consultant days at 1,200 SEK/h and 0.25 in-house hours per mailbox at 520 SEK/h", () => {
    const priced = onlinePeople(costContext());
    expect(get(priced, "online.migration.consultants").cash).toEqual(close([5 * 8 * 1200, 0, 0]));
    expect(get(priced, "online.migration.consultants").category).toBe("consultants");
    expect(get(priced, "online.migration.in-house").cash[0]).toBeCloseTo(845 * 0.25 * 520, 4);
    expect(get(priced, "online.operations.staff").cash).toEqual(close([31200, 31200, 31200]));
  });

  it("prices on-prem build and operations: 9 passes x 8 servers x 2 h + 80 h a year at 520 SEK/h", () => {
    const priced = onpremPeople(costContext());
    expect(get(priced, "onprem.build.consultants").cash).toEqual(close([96000, 0, 0]));
    expect(get(priced, "onprem.operations.staff").cash).toEqual(close([1, 1, 1].map(() => (9 * 8 * 2 + 80) * 520)));
  });
});
