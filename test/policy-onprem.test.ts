// On-prem Exchange rules (ONP-01..09, 12, 13) over the example's real generated artifacts: the
// exchange-organization.json document and the synthesized onprem inventory. Non-compliant
// cases change the organization file (which regenerates the document) or a copy of a document.
import { beforeAll, describe, expect, it } from "vitest";
import type { InventoryResource } from "../inventory/terraform";
import { stackInventory } from "../inventory/from-stacks";
import { ONPREM_DOCUMENT_JSON } from "../model/exchange-onprem/document";
import { stackDocuments } from "../inventory/option-inputs";
import type { Rule } from "../policies/types";
import { onp01 } from "../policies/rules/onprem/onp-01-supported-version";
import { onp02 } from "../policies/rules/onprem/onp-02-dag-copies-and-witness";
import { onp03 } from "../policies/rules/onprem/onp-03-recovery-site-independence";
import { onp04 } from "../policies/rules/onprem/onp-04-server-hardening";
import { onp05 } from "../policies/rules/onprem/onp-05-internet-exposure";
import { onp06 } from "../policies/rules/onprem/onp-06-sizing-headroom";
import { onp07 } from "../policies/rules/onprem/onp-07-restore-tested";
import { onp08 } from "../policies/rules/onprem/onp-08-patch-window";
import { onp09 } from "../policies/rules/onprem/onp-09-virtualization-support";
import { onp12 } from "../policies/rules/onprem/onp-12-design-fits";
import { onp13 } from "../policies/rules/onprem/onp-13-legacy-coexistence";
import { onp10 } from "../policies/rules/onprem/onp-10-modern-authentication";
import { onp11 } from "../policies/rules/onprem/onp-11-rights-management-template";
import { onpremRules } from "../policies/rules/onprem";
import { findingsOf, orgWith } from "./helpers/policy";

type Change = (data: Record<string, any>) => void;
const keep: Change = () => {};

/** The documents the onprem stack generates for the example changed by `change`. */
const documentsFor = (change: Change = keep) => stackDocuments(orgWith(change), "onprem");
/** A rule over the organization changed by `change` and the document it generates. */
const judge = (rule: Rule, change: Change = keep, resources: InventoryResource[] = []) =>
  findingsOf(rule, "onprem", change, { documents: documentsFor(change), resources });
/** A rule over the example with a mutated copy of its generated document. */
const judgeDocument = (rule: Rule, mutate: (document: Record<string, any>) => void, resources: InventoryResource[] = []) => {
  const documents = documentsFor();
  const document = structuredClone(documents[ONPREM_DOCUMENT_JSON]) as Record<string, any>;
  mutate(document);
  return findingsOf(rule, "onprem", keep, { documents: { ...documents, [ONPREM_DOCUMENT_JSON]: document }, resources });
};
const paths = (findings: { location: { path?: string; address?: string } }[]) => findings.map((f) => f.location.path ?? f.location.address);
const inDocument = (path: string) => ({ kind: "document", document: ONPREM_DOCUMENT_JSON, path });

describe("ONP-01 supported Exchange version", () => {
  it("passes Exchange Server SE", () => expect(judge(onp01)).toEqual([]));
  it("fails Exchange 2019, out of support since 2025-10-14", () => {
    const findings = judge(onp01, (d) => (d.onprem.exchangeVersion = "2019"));
    expect(findings).toMatchObject([{ ruleId: "ONP-01", severity: "error", status: "fail", location: inDocument("exchange.version") }]);
    expect(findings[0]?.message).toContain("2025-10-14");
  });
  it("cannot decide without the document, and says so", () => {
    expect(findingsOf(onp01, "onprem")).toMatchObject([{ ruleId: "ONP-01", severity: "error", status: "undecided", location: inDocument("") }]);
  });
  const atBuild = { kind: "organization", path: "onprem.installedBuild" };
  it("fails a recorded build older than 15.2.2562.43, the June 2026 security update", () => {
    for (const build of ["15.2.2562.41", "15.2.2562.17", "15.2.1748.46"]) {
      const findings = judge(onp01, (d) => (d.onprem.installedBuild = build));
      expect(findings, build).toMatchObject([{ ruleId: "ONP-01", severity: "error", status: "fail", location: atBuild }]);
      expect(findings[0]?.message).toContain(`build ${build}, older than 15.2.2562.43`);
      expect(findings[0]?.message).toContain("CVE-2026-42897");
    }
  });
  it("warns about a build with the June 2026 update but without later fixes", () => {
    const findings = judge(onp01, (d) => (d.onprem.installedBuild = "15.2.2562.43"));
    expect(findings).toMatchObject([{ ruleId: "ONP-01", severity: "warning", status: "fail", location: atBuild }]);
    expect(findings[0]?.message).toContain("CVE-2026-70279");
  });
  it("passes the example's recorded build and a later cumulative update", () => {
    expect(judge(onp01, (d) => (d.onprem.installedBuild = "15.2.3001.5"))).toEqual([]);
    expect(orgWith().onprem.installedBuild).toBe("15.2.2562.56");
  });
});

describe("ONP-02 DAG copies in two rooms and a third-domain witness", () => {
  it("passes four copies across both rooms and an Azure witness", () => expect(judge(onp02)).toEqual([]));
  it("fails every database when the DAG keeps one copy", () => {
    const findings = judge(onp02, (d) => (d.onprem.dag.copiesPerDatabase = 1));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.ruleId === "ONP-02" && f.severity === "error" && f.status === "fail")).toBe(true);
    expect(paths(findings).every((path) => /^databases\.\d+\.copies$/.test(String(path)))).toBe(true);
    expect(findings[0]?.message).toContain("1 copy in 1 server room(s) (primary)");
  });
  it("fails a 'third-room' witness that is one of the server rooms", () => {
    const findings = judge(onp02, (d) => (d.sites.witness = { kind: "third-room", name: d.sites.primary.name }));
    expect(findings).toMatchObject([{ ruleId: "ONP-02", status: "fail", location: inDocument("dag.witness.location") }]);
  });
  it("fails a witness marked as inside a server room", () => {
    expect(paths(judgeDocument(onp02, (doc) => (doc.dag.witness.inServerRoom = true)))).toEqual(["dag.witness.inServerRoom"]);
  });
});

describe("ONP-03 recovery site independence", () => {
  it("warns for the example: both rooms are in the town hall", () => {
    const findings = judge(onp03);
    expect(findings).toMatchObject([{ ruleId: "ONP-03", severity: "warning", status: "fail", location: inDocument("roomIndependence") }]);
    expect(findings[0]?.message).toContain("shares a building, power and the network");
  });
  it("passes rooms in separate buildings with their own power and network", () => {
    expect(judge(onp03, (d) => Object.assign(d.sites, { sharedBuilding: false, sharedPower: false, sharedNetwork: false }))).toEqual([]);
  });
  it("names only what is shared", () => {
    const findings = judge(onp03, (d) => Object.assign(d.sites, { sharedBuilding: false, sharedPower: true, sharedNetwork: false }));
    expect(findings[0]?.message).toContain("shares power with");
  });
  it("cannot decide when the document does not say", () => {
    expect(judgeDocument(onp03, (doc) => delete doc.roomIndependence)).toMatchObject([{ status: "undecided", severity: "warning" }]);
  });
});

describe("ONP-04 Extended Protection, AMSI, Emergency Mitigation", () => {
  it("passes the generated document", () => expect(judge(onp04)).toEqual([]));
  it("fails when Extended Protection is off", () => {
    const findings = judgeDocument(onp04, (doc) => (doc.security.extendedProtection = false));
    expect(findings).toMatchObject([{ ruleId: "ONP-04", severity: "error", status: "fail", location: inDocument("security.extendedProtection") }]);
  });
  it("fails AMSI and the mitigation service off, and a virtual directory without Extended Protection", () => {
    const findings = judgeDocument(onp04, (doc) => {
      doc.security.amsi = false;
      doc.security.emergencyMitigationService = false;
      doc.clientAccess.virtualDirectories[0].extendedProtection = "None";
    });
    expect(paths(findings).sort()).toEqual(["clientAccess.virtualDirectories.0.extendedProtection", "security.amsi", "security.emergencyMitigationService"]);
  });
});

describe("ONP-05 internet exposure", () => {
  it("passes: ECP and PowerShell internal, reverse proxy, Edge in the perimeter", () => expect(judge(onp05)).toEqual([]));
  it("fails an ECP published to the internet", () => {
    const findings = judgeDocument(onp05, (doc) => {
      const ecp = doc.clientAccess.virtualDirectories.findIndex((v: { kind: string }) => v.kind === "ecp");
      Object.assign(doc.clientAccess.virtualDirectories[ecp], { internetReachable: true, externalUrl: "https://mail.exempelkommun.se/ecp" });
    });
    expect(findings).toMatchObject([{ ruleId: "ONP-05", status: "fail", location: inDocument("clientAccess.virtualDirectories.1") }]);
    expect(findings[0]?.message).toContain("admin center (ECP/EAC) on EKMBX01");
  });
  it("fails direct publishing and an Edge server inside the domain network", () => {
    const findings = judgeDocument(onp05, (doc) => {
      doc.clientAccess.internetPublishing = "direct";
      Object.assign(doc.servers.edge[0], { network: "internal", domainJoined: true });
    });
    expect(paths(findings)).toEqual(["clientAccess.internetPublishing", "servers.edge.0.network", "servers.edge.0.domainJoined"]);
  });
});

describe("ONP-06 sizing headroom at the horizon", () => {
  it("passes the example's sizing", () => expect(judge(onp06)).toEqual([]));
  it("fails CPU above 80 % at the worst failure when servers are pinned too small", () => {
    const findings = judge(onp06, (d) => {
      d.onprem.edition = "enterprise";
      d.onprem.mailboxServers = { perRoom: 2, vcpu: 4 };
      d.mailboxes.messagesSentPerDay = 100;
      d.mailboxes.messagesReceivedPerDay = 300;
    });
    expect(findings).toMatchObject([{ ruleId: "ONP-06", severity: "error", status: "fail", location: inDocument("capacity.cpuAtWorstFailure") }]);
    // A room and one more server lost: the last server of the other room carries all 871 mailboxes.
    expect(findings[0]?.message).toContain("129.2 %");
    expect(findings[0]?.message).toContain("1 server carries every mailbox");
  });
  it("fails rooms whose storage holds the fixed-size disks with less than 20 % free", () => {
    const findings = judge(onp06, (d) => (d.onprem.hosts.usableStorageTBPerRoom = 40));
    expect(paths(findings)).toEqual(["capacity.hostStorageFree"]);
    // 35.0 TB of copy and system disks plus 3 message tracking log disks of 310 GB (243 GB of logs,
    // 20 % free, in 10 GB steps) per room: 35.93 of 40 TB, 10.2 % free.
    expect(findings[0]?.message).toContain("10.2 %");
  });
  it("leaves rooms that cannot hold the disks at all to ONP-12, without a negative share", () => {
    expect(judge(onp06, (d) => (d.onprem.hosts.usableStorageTBPerRoom = 5))).toEqual([]);
  });
  it("fails database volumes with less than 20 % free after growth", () => {
    expect(paths(judgeDocument(onp06, (doc) => (doc.capacity.storageFreeAfterGrowth = 0.15)))).toEqual(["capacity.storageFreeAfterGrowth"]);
  });
  it("cannot decide a missing figure", () => {
    expect(judgeDocument(onp06, (doc) => delete doc.capacity.cpuAtWorstFailure)).toMatchObject([{ status: "undecided", location: inDocument("capacity.cpuAtWorstFailure") }]);
  });
});

describe("ONP-07 lagged copy or backup, restore tested within 12 months", () => {
  it("passes the example (restore tested 2026-04-22)", () => expect(judge(onp07)).toEqual([]));
  it("fails a restore test older than 12 months", () => {
    const findings = judge(onp07, (d) => (d.onprem.backup.lastRestoreTest = "2025-11-25"));
    expect(findings).toMatchObject([{ ruleId: "ONP-07", severity: "error", status: "fail", location: { kind: "organization", path: "onprem.backup.lastRestoreTest" } }]);
    expect(findings[0]?.message).toContain("12 months");
  });
  it("fails without lagged copy, backup or restore test", () => {
    const findings = judge(onp07, (d) => {
      d.onprem.dag.laggedCopy = false;
      d.onprem.backup = { kind: "none" };
    });
    expect(paths(findings).sort()).toEqual(["dataProtection", "onprem.backup.lastRestoreTest"]);
  });
  it("passes at 11 months, warning of the day it falls due", () =>
    expect(judge(onp07, (d) => (d.onprem.backup.lastRestoreTest = "2025-12-27"))).toMatchObject([{ severity: "warning", message: expect.stringContaining("this becomes a blocking error") }]));
  it("passes at 9 months without a word", () => expect(judge(onp07, (d) => (d.onprem.backup.lastRestoreTest = "2026-02-27"))).toEqual([]));
});

describe("ONP-08 security updates within 14 days", () => {
  it("passes 14 days", () => expect(judge(onp08)).toEqual([]));
  it("warns at 30 days", () => {
    expect(judge(onp08, (d) => (d.onprem.patching.maxDaysToApply = 30))).toMatchObject([
      { ruleId: "ONP-08", severity: "warning", status: "fail", location: { kind: "organization", path: "onprem.patching.maxDaysToApply" } },
    ]);
  });
});

describe("ONP-09 virtualization support rules", () => {
  const VM = "azurerm_system_center_virtual_machine_manager_virtual_machine_instance";
  let inventory: InventoryResource[];
  beforeAll(() => {
    inventory = stackInventory(orgWith(), ["onprem"]);
  });
  const isVm = (r: InventoryResource, names: string[]) => r.type === VM && names.includes((r.values.operating_system as { computer_name?: string })?.computer_name ?? "");
  /** The inventory with a changed copy of the named servers' VM instances. */
  const withVm = (names: string[], change: (values: Record<string, any>) => void) =>
    inventory.map((r) => {
      if (!isVm(r, names)) return r;
      const values = structuredClone(r.values) as Record<string, any>;
      change(values);
      return { ...r, values };
    });

  it("passes the synthesized VMs: fixed memory, checkpoints disabled, 1 vCPU per core at most", () => {
    expect(inventory.filter((r) => r.type === VM)).toHaveLength(8);
    expect(judge(onp09, keep, inventory)).toEqual([]);
  });
  it("fails a VM with dynamic memory and production checkpoints", () => {
    const resources = withVm(["EKMBX01"], (v) => {
      v.hardware.dynamic_memory_max_in_mb = 262144;
      v.infrastructure.checkpoint_type = "Production";
    });
    const findings = judge(onp09, keep, resources);
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining("checkpoint_type \"Production\""), expect.stringContaining("dynamic memory (dynamic_memory_max_in_mb)")]);
    expect(findings[0]).toMatchObject({ ruleId: "ONP-09", severity: "error", status: "fail", location: { kind: "resource", stack: "onprem" } });
    expect(findings[0]?.location).toMatchObject({ address: expect.stringContaining("dag_ekmbx01_vm_instance") });
  });
  it("fails a room whose servers exceed 2 vCPU per physical core", () => {
    // 2 hosts x 32 cores: 64 + 64 + 4 + 4 (Edge) vCPU is 2.13 per core.
    const resources = withVm(["EKMBX01", "EKMBX03"], (v) => (v.hardware.cpu_count = 64));
    const findings = judge(onp09, keep, resources);
    expect(findings).toMatchObject([{ ruleId: "ONP-09", status: "fail", location: { kind: "organization", path: "onprem.hosts" } }]);
    expect(findings[0]?.message).toContain("primary room's servers (EKMBX01, EKMBX03, EKMBX05, EKEDGE01) have 136 vCPU on 64 physical cores");
  });
  it("fails a design above 2 vCPU per core and a document declaring dynamic memory", () => {
    expect(paths(judge(onp09, (d) => (d.onprem.vcpuPerPhysicalCore = 3), inventory))).toEqual(["onprem.vcpuPerPhysicalCore"]);
    expect(paths(judgeDocument(onp09, (doc) => (doc.virtualization.dynamicMemory = true), inventory))).toEqual(["virtualization.dynamicMemory"]);
  });
  it("cannot decide an unresolved vCPU count or a missing inventory", () => {
    const unresolved = judge(onp09, keep, withVm(["EKMBX04"], (v) => (v.hardware.cpu_count = "${var.vcpu}")));
    expect(unresolved).toMatchObject([{ status: "undecided", message: expect.stringContaining("recovery room") }]);
    expect(judge(onp09)).toMatchObject([{ status: "undecided", location: { kind: "organization", path: "onprem.platform" } }]);
  });
});

describe("ONP-12 the design fits the hosts, Exchange and the edition", () => {
  it("passes the example", () => expect(judge(onp12)).toEqual([]));
  it("fails a Standard design over the mounted-database limit, with the numbers and what would fit", () => {
    const findings = judge(onp12, (d) => (d.onprem.mailboxServers = { perRoom: 2 }));
    expect(findings).toMatchObject([{ ruleId: "ONP-12", severity: "error", status: "fail", location: inDocument("capacity.shortfalls[0]") }]);
    expect(findings[0]?.message).toBe(
      "the on-prem design does not fit: each Mailbox server mounts 8 database copies (8 databases; active and passive copies count alike), and the standard edition mounts at most 5; it would fit with 3 Mailbox servers per room (onprem.mailboxServers.perRoom: 3; 6 databases, 4 copies mounted per server), or onprem.edition: enterprise (100 mounted databases per server)",
    );
  });
  it("fails rooms that cannot hold the disks, naming the storage and the quota that would fit", () => {
    const findings = judge(onp12, (d) => (d.onprem.hosts.usableStorageTBPerRoom = 5));
    expect(paths(findings)).toEqual(["capacity.shortfalls[0]"]);
    expect(findings[0]?.message).toMatch(/needs 35\.9 TB of disk .* and has 5 TB usable; it would fit with at least 36 TB usable per room/);
  });
  it("cannot decide without the feasibility figures", () => {
    expect(judgeDocument(onp12, (doc) => delete doc.capacity.fits)).toMatchObject([{ status: "undecided", location: inDocument("capacity.fits") }]);
  });
});

describe("ONP-13 no Exchange 2016/2019 servers beside Exchange SE", () => {
  it("passes the example (no legacy servers)", () => expect(judge(onp13)).toEqual([]));
  it("warns about a coexistence plan: SE CU2 will not install while they remain", () => {
    const findings = judge(onp13, (d) => (d.onprem.coexistence = { exchange2019Servers: 2, decommissionBy: "2027-03-31" }));
    expect(findings).toMatchObject([{ ruleId: "ONP-13", severity: "warning", status: "fail", location: { kind: "organization", path: "onprem.coexistence" } }]);
    expect(findings[0]?.message).toBe("2 Exchange 2019 server(s) stay beside Exchange SE, planned to be removed by 2027-03-31: Exchange SE CU2 setup will not install while any of them remains, so CU2 and every update after it wait for their removal");
  });
});

describe("ONP-10 modern authentication, ONP-11 the AD RMS template", () => {
  const atOrganization = (path: string) => ({ kind: "organization", path });
  it("passes the example (hybrid modern authentication recorded) and warns without it", () => {
    expect(judge(onp10)).toEqual([]);
    expect(judge(onp10, (d) => (d.onprem.modernAuthentication = "none"))).toMatchObject([
      { ruleId: "ONP-10", severity: "warning", status: "fail", location: atOrganization("onprem.modernAuthentication"), message: expect.stringContaining("NTLM and Kerberos") },
    ]);
    expect(judgeDocument(onp10, (doc) => delete doc.authentication.modernAuthentication)).toMatchObject([{ status: "undecided" }]);
  });
  it("warns when personal identity numbers are encrypted without a recorded template, not when rejected", () => {
    expect(judge(onp11)).toEqual([]);
    const encrypt = (d: Record<string, any>) => (d.onprem.personalIdentityNumberAction = "encrypt");
    expect(judge(onp11, encrypt)).toMatchObject([{ ruleId: "ONP-11", severity: "warning", location: atOrganization("onprem.rightsManagement.template") }]);
    expect(judge(onp11, (d) => (encrypt(d), (d.onprem.rightsManagement = { template: "Konfidentiellt" })))).toEqual([]);
  });
});

describe("the on-prem area", () => {
  it("judges only the on-prem option", () => {
    for (const rule of onpremRules) expect(findingsOf(rule, "online", keep, { documents: stackDocuments(orgWith(), "online") })).toEqual([]);
  });
});
