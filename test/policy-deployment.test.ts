// The first deployment's prerequisites (DEP-01..09): check warns, with the fix, about each one
// the organization file does not record as done and the option's artifacts need; and DEP-10
// refuses a plan in which a deployed Mailbox server differs from the design (the resize
// procedure), read from a plan in Terraform's `show -json` format.
import { describe, expect, it } from "vitest";
import { synthesizeToJson } from "../inventory/from-stacks";
import { inventoryFromSynth } from "../inventory/terraform";
import { sizeOrganization } from "../model/sizing/sizing";
import type { HostingOption } from "../policies/types";
import { deploymentRules } from "../policies/rules/deployment";
import { dep10 } from "../policies/rules/deployment/dep-10-servers-match-design";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";
import { AS_OF, findingsOf, orgWith } from "./helpers/policy";
import { everythingOn } from "./conformance/azurerm-matrix";

type Change = (data: Record<string, any>) => void;

/** DEP findings for an option, judged on the artifacts the stacks synthesize for that organization. */
function depFindings(option: HostingOption, change: Change = () => {}) {
  const org = orgWith(change);
  const resources = inventoryFromSynth(option, synthesizeToJson(org, [option]).get(option)!);
  return deploymentRules.flatMap((rule) => findingsOf(rule, option, change, { resources })).map((finding) => ({ id: finding.ruleId, severity: finding.severity, path: finding.location.kind === "organization" ? finding.location.path : "" }));
}

const ids = (findings: { id: string }[]) => findings.map((finding) => finding.id).sort();
const HUB = "/subscriptions/6b8d0f2a-3c5e-4a7b-9d1f-2e4a6c8e0b52/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub";

describe("DEP-01..09: prerequisites of the first deployment", () => {
  it("warns about every open on-prem prerequisite of the example, each naming the fact to record", () => {
    const findings = depFindings("onprem");
    expect(ids(findings)).toEqual(["DEP-01", "DEP-02", "DEP-03", "DEP-05", "DEP-07", "DEP-08", "DEP-09"]);
    for (const finding of findings) {
      expect(finding.severity).toBe("warning");
      expect(finding.path).toMatch(/^deployment\.prerequisites\.[a-zA-Z]+$/);
    }
  });

  it("is silent once the organization file records each prerequisite as done", () => {
    const done = (d: Record<string, any>) =>
      (d.deployment = {
        prerequisites: Object.fromEntries(
          ["resourceProvidersRegistered", "arcScvmmOnboarded", "encryptionAtHostRegistered", "witnessConnectivity", "certificateImported", "staticIpPools", "perimeterOutbound"].map((fact) => [fact, "2026-11-30"]),
        ),
      });
    expect(depFindings("onprem", done)).toEqual([]);
  });

  it("names the regions Microsoft's onboarding quickstart offers when the SCVMM region is another", () => {
    const org = orgWith();
    const [finding] = findingsOf(deploymentRules.find((rule) => rule.id === "DEP-02")!, "onprem");
    expect(org.onprem.scvmm.region ?? org.azure.region).toBe("swedencentral");
    expect(finding!.message).toContain("eastus, westeurope");
  });

  it("asks for no encryption-at-host feature without an Azure witness, and for the third room's path instead", () => {
    const findings = depFindings("onprem", (d) => (d.sites.witness = { kind: "third-room", name: "Teknikhuset", scvmmCloud: "Teknikhuset-Cloud" }));
    expect(ids(findings)).not.toContain("DEP-03");
    expect(ids(findings)).toContain("DEP-05");
  });

  it("takes a declared hub peering with a default route as the witness's path to the rooms", () => {
    const peered = depFindings("onprem", (d) => (d.sites.witness.connectivity = { kind: "hub-peering", hubVirtualNetworkId: HUB, firewallAddress: "10.0.0.4" }));
    expect(ids(peered)).not.toContain("DEP-05");
    const noRoute = depFindings("onprem", (d) => (d.sites.witness.connectivity = { kind: "hub-peering", hubVirtualNetworkId: HUB }));
    expect(ids(noRoute)).toContain("DEP-05");
  });

  it("asks for Sweden South access only where a resource goes there (the second Customer Key vault)", () => {
    expect(ids(depFindings("online"))).toEqual([]);
    expect(ids(depFindings("online", (d) => (d.online.customerKey = { enabled: true })))).toEqual(["DEP-04"]);
  });

  it("asks for private endpoint DNS where an endpoint has no DNS zone group, and on-prem where the servers resolve from the rooms", () => {
    const endpoint = (zone: boolean) => (d: Record<string, any>) => {
      d.online.customerKey = { enabled: true, regions: ["swedencentral", "swedensouth"] };
      d.deployment = { prerequisites: { swedenSouthAccess: "2026-11-30" } };
      d.azure.dataPlaneAccess = everythingOn("azure-vm").azure.dataPlaneAccess;
      if (!zone) delete d.azure.dataPlaneAccess.privateEndpoint.privateDnsZoneId;
    };
    expect(ids(depFindings("online", endpoint(true)))).toEqual([]);
    expect(ids(depFindings("online", endpoint(false)))).toEqual(["DEP-06"]);
    expect(ids(depFindings("onprem", endpoint(true)))).toContain("DEP-06");
  });

  it("asks nothing about the perimeter network without Edge servers", () => {
    expect(ids(depFindings("onprem", (d) => (d.onprem.edge.enabled = false)))).not.toContain("DEP-09");
  });
});

/** A plan in Terraform's `terraform show -json` format for the synthesized on-prem stack: blocks are lists, nothing changes. */
function planOf(json: Record<string, any>, deployed: (type: string, values: Record<string, any>) => void = () => {}) {
  const asPlanValues = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(asPlanValues);
    if (value && typeof value === "object") {
      const entries = Object.entries(value).map(([key, child]) => [key, child && typeof child === "object" && !Array.isArray(child) && key !== "tags" ? [asPlanValues(child)] : asPlanValues(child)]);
      return Object.fromEntries(entries);
    }
    return value;
  };
  const resources = Object.entries<Record<string, any>>(json.resource).flatMap(([type, byName]) =>
    Object.entries(byName).map(([name, body]) => {
      const { lifecycle: _lifecycle, depends_on: _dependsOn, provider: _provider, "//": _meta, ...values } = body;
      const planValues = asPlanValues(values) as Record<string, any>;
      deployed(type, planValues);
      return { address: `${type}.${name}`, mode: "managed", type, name, provider_name: "registry.terraform.io/hashicorp/azurerm", values: planValues };
    }),
  );
  return {
    format_version: "1.2",
    terraform_version: "1.11.4",
    planned_values: { root_module: { resources } },
    resource_changes: resources.map((resource) => ({ ...resource, change: { actions: ["no-op"], before: resource.values, after: resource.values } })),
    configuration: { root_module: { resources: resources.map((resource) => ({ address: resource.address, provider_config_key: "azurerm" })) } },
  };
}

describe("DEP-10: a change of a Mailbox server's vCPU or memory", () => {
  const INSTANCE = "azurerm_system_center_virtual_machine_manager_virtual_machine_instance";
  const before = synthesizeToJson(orgWith(), ["onprem"]).get("onprem")! as Record<string, any>;
  // Bigger servers, as many as before: a resize, not a new design with fewer servers.
  const perRoom = sizeOrganization(orgWith()).mailboxServers.perRoom;
  const bigger = (d: Record<string, any>) => (d.onprem.mailboxServers = { perRoom, vcpu: 16, ramGB: 192 });
  const after = synthesizeToJson(orgWith(bigger), ["onprem"]).get("onprem")! as Record<string, any>;

  it("keeps every data-bearing resource at its address and ignores hardware changes, so the plan destroys nothing", () => {
    const protectedAddresses = (json: Record<string, any>) =>
      Object.entries<Record<string, any>>(json.resource).flatMap(([type, byName]) => Object.entries(byName).filter(([, body]) => body.lifecycle?.prevent_destroy).map(([name]) => `${type}.${name}`));
    expect(protectedAddresses(after)).toEqual(protectedAddresses(before));
    for (const instance of Object.values<Record<string, any>>(after.resource[INSTANCE])) {
      expect(instance.lifecycle.ignore_changes).toEqual(expect.arrayContaining(["hardware", "storage_disk", "operating_system"]));
    }
    const mailbox = Object.values<Record<string, any>>(after.resource[INSTANCE]).filter((body) => /MBX/.test(body.operating_system.computer_name));
    expect(mailbox.every((body) => body.hardware.cpu_count === 16 && body.hardware.memory_in_mb === 192 * 1024)).toBe(true);
  });

  it("is refused by check --plan with the resize procedure while the deployed servers still have the old size", async () => {
    // What terraform plans after the change: no-op for the instances (hardware ignored), so the
    // planned values are the deployed ones, synthesized from the organization before the change.
    const path = tempFile("plan-onprem.json", JSON.stringify(planOf(before)));
    const result = await runCli(["--config", tempFile("org.yaml", exampleWith(bigger)), "--format", "json", "check", "--option", "onprem", "--plan", path, "--as-of", AS_OF]);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings.filter((finding: any) => finding.ruleId === "DEP-10");
    const servers = Object.values<Record<string, any>>(before.resource[INSTANCE]).filter((body) => /MBX/.test(body.operating_system.computer_name));
    expect(findings).toHaveLength(servers.length);
    expect(findings[0].message).toMatch(/vCPU deployed, 16 designed; .* GB memory deployed, 192 GB designed; follow the resize procedure/);
    expect(findings[0].blocking).toBe(true);
  });

  it("passes once the servers are resized (the plan shows the designed size) and names a missing database disk", () => {
    const org = orgWith(bigger);
    const resized = planOf(after);
    const resources = (plan: ReturnType<typeof planOf>) =>
      plan.resource_changes.map((change) => ({ stack: "onprem", address: change.address, type: change.type, name: change.name, provider: "azurerm", values: change.change.after, preventDestroy: false, actions: ["no-op" as const] }));
    expect(dep10.check({ option: "onprem", org, resources: resources(resized), documents: {}, asOf: AS_OF })).toEqual([]);
    const withoutDisk = planOf(after, (type, values) => {
      if (type === INSTANCE && values.operating_system[0].computer_name.endsWith("MBX01")) values.storage_disk = values.storage_disk.slice(1);
    });
    const [outcome] = dep10.check({ option: "onprem", org, resources: resources(withoutDisk), documents: {}, asOf: AS_OF });
    expect(outcome!.message).toMatch(/MBX01 differs from the design: no disk for database copy DB\d+/);
    // A server deployed before its message tracking log disk was designed is asked for it too.
    const withoutLogDisk = planOf(after, (type, values) => {
      if (type === INSTANCE && values.operating_system[0].computer_name.endsWith("MBX02")) values.storage_disk = values.storage_disk.filter((d: { name: string }) => d.name !== "TransportLogs");
    });
    const [logs] = dep10.check({ option: "onprem", org, resources: resources(withoutLogDisk), documents: {}, asOf: AS_OF });
    expect(logs!.message).toMatch(/MBX02 differs from the design: no disk TransportLogs for the message tracking logs \(\d+ GB\)/);
  });

  it("judges nothing without a plan (cdk.tf.json shows the design, not what is deployed)", () => {
    const resources = inventoryFromSynth("onprem", after);
    expect(dep10.check({ option: "onprem", org: orgWith(bigger), resources, documents: {}, asOf: AS_OF })).toEqual([]);
  });
});
