// Model-derived components for the example organization and variations of it. Expected
// amounts are computed by hand from the catalog (USD x 9.6 SEK, Microsoft 365 enterprise plans
// x 10.9, Exchange Online plans x 10.3), the usage defaults and the
// example's own host and disk prices (cost.priceOverrides).
import { describe, expect, it } from "vitest";
import { onpremHardware } from "../cost/components/hardware";
import { onlineAddOns } from "../cost/components/online-addons";
import { onpremLicences } from "../cost/components/onprem-licences";
import { onlinePeople, onpremPeople } from "../cost/components/people";
import { seatLicences } from "../cost/components/seats";
import type { Priced } from "../cost/types";
import { sizeOrganization } from "../model/sizing/sizing";
import { costContext, ENT, EXO, orgWith, USD } from "./cost-helpers";

const get = (priced: Priced, id: string) => {
  const found = priced.components.find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id} in ${priced.components.map((c) => c.id).join(", ")}`);
  return found;
};
const close = (values: number[]) => values.map((v) => expect.closeTo(v, 4));

// Example: 720 staff growing 1 % a year -> 720 / 728 / 735; 650 M365 E3 owned -> 70 / 78 / 85 without.
const WITHOUT_E3 = [70, 78, 85];

describe("seat licences: staff keep their plan in both options (the baseline)", () => {
  it("prices the staff seats not already owned at M365 E3 39 USD a month in both options alike, and shows the 650 owned with what they are worth", () => {
    for (const option of ["online", "onprem"] as const) {
      const priced = seatLicences(costContext(), option);
      const seats = get(priced, `${option}.seats.staff`);
      expect(seats.cash).toEqual(close(WITHOUT_E3.map((n) => n * 39 * ENT * 12)));
      expect(seats.cash[0]).toBeCloseTo(357084, 4);
      expect(seats).toMatchObject({ prices: ["m365_e3"], baseline: true });
      expect(priced.excluded).toEqual([expect.objectContaining({ quantity: "650 seats", valueSEK: expect.closeTo(650 * 39 * ENT * 12 * 3, 4) })]);
      expect(priced.excluded[0]!.note).toContain("not bought again");
    }
  });

  it("leaves the staff plan out of both options with staffPlanBaseline: neither-option, still showing the owned seats", () => {
    const ctx = costContext(orgWith((d) => (d.cost.usage = { staffPlanBaseline: "neither-option" })));
    for (const option of ["online", "onprem"] as const) {
      const priced = seatLicences(ctx, option);
      expect(priced.components).toEqual([]);
      expect(priced.excluded.map((x) => x.quantity)).toEqual(["650 seats"]);
    }
  });

  it("prices a mail-only staff plan online only, and plans for shared mailboxes online only", () => {
    const ctx = costContext(orgWith((d) => {
      d.online.licences = { staff: "EXO_P1", shared: "EXO_P1", resource: "none" };
      d.cost.ownedLicences = {};
    }));
    const online = seatLicences(ctx, "online");
    expect(get(online, "online.seats.staff").cash).toEqual(close([720, 728, 735].map((n) => n * 4 * EXO * 12)));
    expect(get(online, "online.seats.staff").baseline).toBe(false);
    // 80 shared mailboxes growing 1 %: 80 / 81 / 82.
    expect(get(online, "online.seats.shared").cash).toEqual(close([80, 81, 82].map((n) => n * 4 * EXO * 12)));
    expect(seatLicences(ctx, "onprem").components).toEqual([]);
  });
});

describe("online add-ons", () => {
  it("prices the declared E5 Compliance add-on per staff seat, and lists add-ons without a public price as unpriced by name, never as 0", () => {
    const priced = onlineAddOns(costContext(orgWith((d) => {
      d.online.addOns = ["E5_COMPLIANCE", "AUDIT_LOG_RETENTION_10_YEARS"];
      delete d.cost.priceOverrides.audit_10_year_addon;
    })));
    expect(get(priced, "online.addons.e5-compliance").cash).toEqual(close([720, 728, 735].map((n) => n * 12 * ENT * 12)));
    expect(priced.unpriced).toEqual([expect.objectContaining({ id: "online.addons.audit-log-retention-10-years", prices: ["audit_10_year_addon"] })]);
  });

  it("adds what the configuration needs: Customer Key with M365 E3 and no add-on costs E5 Compliance for every staff user (LIC-01)", () => {
    const priced = onlineAddOns(costContext(orgWith((d) => {
      d.online.customerKey.enabled = true;
      d.online.addOns = ["AUDIT_LOG_RETENTION_10_YEARS"];
    })));
    const addOn = get(priced, "online.addons.e5-compliance");
    expect(addOn.cash).toEqual(close([720, 728, 735].map((n) => n * 12 * ENT * 12)));
    expect(addOn.description).toContain("needed by Customer Key (online.customerKey.enabled) (LIC-01)");
    // E5 Compliance carries Audit Premium, so the eDiscovery and Audit add-on is not bought as well.
    expect(priced.components.map((c) => c.id).concat(priced.unpriced.map((u) => u.id))).not.toContain("online.addons.e5-ediscovery-audit");
  });

  it("needs nothing of E5 Compliance for Microsoft 365 E5 staff", () => {
    const priced = onlineAddOns(costContext(orgWith((d) => {
      d.online.licences.staff = "M365_E5";
      d.online.customerKey.enabled = true;
      d.online.customerLockbox = true;
      d.online.addOns = ["E5_COMPLIANCE", "AUDIT_LOG_RETENTION_10_YEARS"];
      delete d.cost.priceOverrides.audit_10_year_addon;
    })));
    expect(priced.components).toEqual([]);
    expect(priced.unpriced.map((u) => u.id)).toEqual(["online.addons.audit-log-retention-10-years"]);
  });

  it("reports Advanced Data Residency as unpriced (no published price), never as 0", () => {
    const priced = onlineAddOns(costContext(orgWith((d) => (d.online.advancedDataResidency = true))));
    expect(priced.components.map((c) => c.id)).not.toContain("online.addons.advanced-data-residency");
    expect(priced.unpriced).toEqual(expect.arrayContaining([expect.objectContaining({ id: "online.addons.advanced-data-residency", prices: ["adr_addon"] })]));
  });
});

describe("on-prem licences", () => {
  it("licenses the 4 hosts with Windows Server Standard: 3 VMs per host after a host failure -> 2 x 32 cores per host", () => {
    const c = get(onpremLicences(costContext()), "onprem.windows-server-standard");
    // Standard 2 x 32 cores = 4,704 USD per host is below Datacenter 32 cores = 13,542 USD.
    expect(c.cash).toEqual(close([4 * 2 * 2 * 1176 * USD, 0, 0]));
  });

  it("with 192 Datacenter cores owned buys no Windows Server licence: the cheapest edition counts what is owned", () => {
    const priced = onpremLicences(costContext(orgWith((d) => (d.cost.ownedLicences.WINDOWS_SERVER_DATACENTER_CORES = 192))));
    expect(priced.components.filter((c) => c.id.startsWith("onprem.windows-server"))).toEqual([]);
    // 4 hosts x 32 cores, at 6,771 USD per 16 Datacenter cores.
    expect(priced.excluded.find((x) => x.id === "onprem.owned.WINDOWS_SERVER_DATACENTER_CORES")).toMatchObject({ quantity: "128 of 128 cores", valueSEK: expect.closeTo(8 * 6771 * USD, 4) });
    // Too few owned Datacenter cores for the hosts: the rest is bought where that is cheaper than Standard.
    const some = onpremLicences(costContext(orgWith((d) => (d.cost.ownedLicences.WINDOWS_SERVER_DATACENTER_CORES = 96))));
    expect(get(some, "onprem.windows-server-datacenter").cash[0]).toBeCloseTo(2 * 6771 * USD, 4);
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
    // Datacenter: 32 cores per host x 4 hosts at 6,771 USD per 16 cores, plus 25 % SA every year.
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
