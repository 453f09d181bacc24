// Licences a licensing partner signs: the licensing programme decides the Extended Use Rights and
// how Exchange SE is bought, Online Services plans stand in for the CALs, lapsed SA is bought
// again, System Center follows the edition logic of Windows Server. Every figure is computed by
// hand from the catalog: on-prem licences in USD x 9.6 SEK.
import { describe, expect, it } from "vitest";
import { exchangeLicences } from "../cost/components/exchange-licences";
import { onpremLicences } from "../cost/components/onprem-licences";
import { onlineExtras } from "../cost/components/extras";
import type { Priced } from "../cost/types";
import { enterpriseFeatures, serverAccess } from "../model/licences";
import { parseOrganization } from "../model/load";
import { InputError } from "../model/input-error";
import { lic06 } from "../policies/rules/licences/lic-06-programme";
import { lic07 } from "../policies/rules/licences/lic-07-lapsed-assurance";
import { costContext, orgWith, USD } from "./cost-helpers";
import { exampleWith } from "./helpers/example";

const close = (values: number[]) => values.map((v) => expect.closeTo(v, 4));
const ids = (p: Priced) => p.components.map((c) => c.id);
const component = (p: Priced, id: string) => {
  const found = p.components.find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id} in ${ids(p).join(", ")}`);
  return found;
};
const CALS = ["onprem.seats.cal-standard", "onprem.seats.cal-enterprise"];
// 6 mailbox servers (3 + 3, Standard) and 2 Edge servers: 8 Standard licences.
const SERVERS = 8;
// Staff 720 growing 1 % a year: 720 / 728 / 735; 2,183 user-years.
const STAFF = [720, 728, 735];

describe("Exchange SE server licences: the programme decides", () => {
  it("CSP: no Extended Use Rights and no SA, so the 8 Standard servers are subscriptions at 319 USD a server-year", () => {
    const priced = exchangeLicences(costContext(orgWith((d) => (d.cost.licensing.programme = "CSP"))));
    const servers = component(priced, "onprem.exchange-server-standard");
    expect(servers.cash).toEqual(close([1, 1, 1].map(() => SERVERS * 319 * USD))); // 24,499.20 a year
    expect(servers.prices).toEqual(["exse_sub_server_std"]);
    expect(servers.notes.join(" ")).toContain("CSP sells no Software Assurance");
    expect(servers.notes.join(" ")).toContain("CSP's Product Terms do not carry them");
    // Microsoft 365 E3 still stands in for the CALs.
    expect(ids(priced).filter((id) => CALS.includes(id))).toEqual([]);
  });

  it("EA with every user of the servers on Microsoft 365 E3: the servers are covered, and shown with what they are worth", () => {
    const priced = exchangeLicences(costContext(orgWith((d) => (d.cost.licensing.programme = "EA"))));
    expect(ids(priced)).toEqual([]);
    const covered = priced.excluded.find((x) => x.id === "onprem.rights.exchange-server-standard")!;
    // Licence once plus 25 % SA in each of 3 years: 8 x 709 x 9.6 x 1.75.
    expect(covered).toMatchObject({ kind: "covered", quantity: "8 servers", valueSEK: expect.closeTo(SERVERS * 709 * USD * 1.75, 4) });
    expect(covered.note).toContain("under EA");
  });

  it("EA, but 40 elected officials on Office 365 E3 reach the servers: no Extended Use Rights, the servers are bought with SA, still no CALs", () => {
    const priced = exchangeLicences(costContext(orgWith((d) => {
      d.cost.licensing = { programme: "EA", otherServerUsers: 40, otherServerUsersPlan: "O365_E3" };
    })));
    const licence = SERVERS * 709 * USD; // 54,451.20
    expect(component(priced, "onprem.exchange-server-standard").cash).toEqual(close([licence * 1.25, licence * 0.25, licence * 0.25]));
    expect(ids(priced).filter((id) => CALS.includes(id))).toEqual([]);
  });

  it("no programme stated: no Extended Use Rights are assumed, and LIC-06 says so", () => {
    const org = orgWith((d) => delete d.cost.licensing.programme);
    expect(ids(exchangeLicences(costContext(org)))).toContain("onprem.exchange-server-standard");
    expect(lic06.check({ option: "onprem", org } as never)).toMatchObject([{ status: "fail", location: { path: "cost.licensing.programme" } }]);
  });
});

describe("CALs: plans stand in for them (CAL equivalency)", () => {
  it("Office 365 E3 staff: no CALs bought (Plan 2 stands in for the Standard and the Enterprise CAL), only the servers", () => {
    const priced = exchangeLicences(costContext(orgWith((d) => (d.online.licences.staff = "O365_E3"))));
    expect(ids(priced)).toEqual(["onprem.exchange-server-standard"]);
    expect(priced.excluded.find((x) => x.id === "onprem.rights.exchange-cals")).toMatchObject({ quantity: "720 / 728 / 735 users" });
  });

  it("Exchange Online Plan 1 staff: Plan 1 stands in for the Standard CAL; Enterprise CALs are bought because the DLP transport rule needs them", () => {
    const org = orgWith((d) => {
      d.online.licences.staff = "EXO_P1";
      d.cost.ownedLicences = { EXO_P1: 735 };
    });
    const priced = exchangeLicences(costContext(org));
    expect(ids(priced)).toEqual(["onprem.exchange-server-standard", "onprem.seats.cal-enterprise"]);
    const ent = 100 * USD; // the additive Enterprise CAL, 960 SEK
    expect(component(priced, "onprem.seats.cal-enterprise").cash).toEqual(close([720 * ent * 1.25, 8 * ent + 728 * ent * 0.25, 7 * ent + 735 * ent * 0.25]));
    expect(component(priced, "onprem.seats.cal-enterprise").notes.join(" ")).toContain("needed by the DLP transport rule (DLP-01), the retention tags of the deletion decisions");
  });

  it("Enterprise CALs only for the features the organization declares: retention tags only with decisions on mailbox content, IRM only when encrypting", () => {
    expect(enterpriseFeatures(orgWith())).toEqual(["dlp", "custom-retention"]);
    expect(enterpriseFeatures(orgWith((d) => (d.retention.deletionDecisions = d.retention.deletionDecisions.filter((x: { appliesTo?: string }) => x.appliesTo === "logs"))))).toEqual(["dlp"]);
    const access = serverAccess(orgWith((d) => {
      d.online.licences.staff = "M365_F3";
      d.cost.ownedLicences = {};
    }), STAFF);
    expect(access).toMatchObject({ needStandard: STAFF, needEnterprise: STAFF, extendedUseRights: "users-without-plan" });
  });

  it("users outside staff without a plan need both CALs and rule out the Extended Use Rights", () => {
    const access = serverAccess(orgWith((d) => (d.cost.licensing.otherServerUsers = 25)), STAFF);
    expect(access).toMatchObject({ users: [745, 753, 760], needStandard: [25, 25, 25], needEnterprise: [25, 25, 25], extendedUseRights: "users-without-plan" });
  });
});

describe("owned Exchange licences: Software Assurance must be unbroken", () => {
  const f3 = (coverage: "software-assurance" | "lapsed") =>
    orgWith((d) => {
      d.online.licences.staff = "M365_F3";
      d.cost.ownedLicences = { EXCHANGE_CAL_STANDARD: 100 };
      d.cost.licensing.coverage = { EXCHANGE_CAL_STANDARD: { kind: coverage, since: "2019-05-01" } };
    });
  const std = 76 * USD; // 729.60

  it("with active SA the 100 owned Standard CALs are used and only their SA is paid", () => {
    const cal = component(exchangeLicences(costContext(f3("software-assurance"))), "onprem.seats.cal-standard");
    expect(cal.cash).toEqual(close([620 * std + 720 * std * 0.25, 8 * std + 728 * std * 0.25, 7 * std + 735 * std * 0.25]));
  });

  it("lapsed SA cannot be resumed: the 100 are worth nothing for SE and bought new, and LIC-07 says so", () => {
    const org = f3("lapsed");
    const priced = exchangeLicences(costContext(org));
    const cal = component(priced, "onprem.seats.cal-standard");
    expect(cal.cash).toEqual(close([720 * std * 1.25, 8 * std + 728 * std * 0.25, 7 * std + 735 * std * 0.25]));
    expect(cal.notes.join(" ")).toContain("100 users bought new");
    expect(priced.excluded.find((x) => x.id === "onprem.owned.EXCHANGE_CAL_STANDARD")).toMatchObject({ valueSEK: 0, note: expect.stringContaining("lapsed on 2019-05-01 and cannot be resumed") });
    expect(lic07.check({ option: "onprem", org } as never)).toMatchObject([{ location: { path: "cost.licensing.coverage.EXCHANGE_CAL_STANDARD" } }]);
  });

  it("an owned Exchange licence without its coverage is refused, naming the field", () => {
    const data = exampleWith((d) => (d.cost.ownedLicences = { EXCHANGE_SERVER_STANDARD: 8 }));
    expect(() => parseOrganization(data)).toThrow(InputError);
    expect(() => parseOrganization(data)).toThrow(/cost\.licensing\.coverage\.EXCHANGE_SERVER_STANDARD/);
  });

  it("Exchange 2019 ran on perpetual licences without SA: the CALs are bought once", () => {
    const org = orgWith((d) => {
      d.onprem.exchangeVersion = "2019";
      d.online.licences.staff = "M365_F3";
      d.cost.ownedLicences = {};
    });
    expect(component(exchangeLicences(costContext(org)), "onprem.seats.cal-standard").cash).toEqual(close([720 * std, 8 * std, 7 * std]));
  });
});

describe("System Center for the SCVMM hosts", () => {
  it("prices the example's 4 hosts: Standard for 4 VMs per host at failure (256 cores) is cheaper than Datacenter (128 cores)", () => {
    const priced = onpremLicences(costContext());
    // Standard 16 x 1,455 = 23,280 USD against Datacenter 8 x 3,968 = 31,744 USD.
    expect(component(priced, "onprem.system-center-standard").cash).toEqual(close([16 * 1455 * USD, 0, 0])); // 223,488
    expect(priced.unpriced).toEqual([]);
  });

  it("honours owned cores: 128 Datacenter cores owned license every host, nothing is bought", () => {
    const priced = onpremLicences(costContext(orgWith((d) => (d.cost.ownedLicences.SYSTEM_CENTER_DATACENTER_CORES = 128))));
    expect(ids(priced).filter((id) => id.startsWith("onprem.system-center"))).toEqual([]);
    expect(priced.excluded.find((x) => x.id === "onprem.owned.SYSTEM_CENTER_DATACENTER_CORES")).toMatchObject({ quantity: "128 of 128 cores", valueSEK: expect.closeTo(8 * 3968 * USD, 4) });
  });
});

describe("servers that keep mailboxes during the move to Exchange Online", () => {
  it("are covered by the Extended Use Rights under EAS, and licensed for the months of the move under CSP", () => {
    expect(onlineExtras(costContext(costContextOrg("EAS"))).excluded.map((x) => x.id)).toEqual(["online.rights.coexistence-servers"]);
    const csp = component(onlineExtras(costContext(costContextOrg("CSP"))), "online.migration.coexistence-licences");
    // 2 servers x 319 USD a year x 3 / 12 months.
    expect(csp.cash).toEqual(close([(2 * 319 * USD * 3) / 12, 0, 0]));
  });
});

function costContextOrg(programme: "EAS" | "CSP") {
  return orgWith((d) => (d.cost.licensing.programme = programme));
}
