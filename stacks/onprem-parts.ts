// Parts of the on-prem stack that read the organization file: the checks it relies on (each an
// InputError naming the field, exit 2), the one place a platform is chosen, and the plan of
// static addresses.
import type { TerraformStack } from "cdktf";
import { InputError } from "../model/input-error";
import type { SizingResult } from "../model/sizing/result";
import type { OrganizationFile } from "../model/schema";
import type { OnpremTopology } from "../model/exchange-onprem/topology";
import { type AddressPlan, addressPlan, hostAddress } from "../constructs/onprem/address-plan";
import type { ManagementPlane } from "../constructs/onprem/management-plane";
import type { AdministratorPasswords, PlatformRoom, VirtualMachinePlatform } from "../constructs/onprem/platform";
import type { ScvmmCloud } from "../constructs/onprem/scvmm-cloud";
import { MAX_MAILBOX_RAM_GB } from "../constructs/onprem/mailbox-server";
import { MAX_SUPPORTED_VCPU_PER_CORE, ScvmmPlatform } from "../constructs/onprem/scvmm-platform";

/** Region of the SCVMM resources: the region VMM was onboarded in (its custom location's). */
export function scvmmRegion(org: OrganizationFile): string {
  return org.onprem.scvmm.region ?? org.azure.region;
}

/** The one place a platform is chosen (constructs/onprem/platform.ts is the seam). */
export function createPlatform(
  stack: TerraformStack,
  org: OrganizationFile,
  plane: ManagementPlane,
  clouds: Partial<Record<PlatformRoom, ScvmmCloud>>,
  passwords: AdministratorPasswords,
  tags: Record<string, string>,
): VirtualMachinePlatform {
  if (org.onprem.platform !== "scvmm") {
    throw new InputError(
      "onprem.platform",
      JSON.stringify(org.onprem.platform),
      '"scvmm" (Azure Local is not implemented yet: azurerm 4.55 has no Azure Local VM instance resource, source: azurerm-4-55-stack-hci-registration)',
    );
  }
  const scvmm = org.onprem.scvmm;
  return new ScvmmPlatform(stack, "platform", {
    plane,
    clouds,
    vmmNetworks: scvmm.networks,
    vmmTemplates: { servers: scvmm.template, ...(org.onprem.edge.enabled ? { edge: scvmm.edgeTemplate } : {}) },
    alreadyEnabled: { networks: scvmm.alreadyEnabled.networks, templates: scvmm.alreadyEnabled.templates },
    physicalCoresPerHost: org.onprem.hosts.physicalCoresPerHost,
    ramGBPerHost: org.onprem.hosts.ramGBPerHost,
    passwords,
    tags,
  });
}

/** Static addresses of the DAG members (per room) and the witness, from the subnets in the organization file. */
export function onpremAddressPlan(org: OrganizationFile, topology: OnpremTopology): AddressPlan {
  const rooms = (["primary", "recovery"] as const).map((room) => ({
    room,
    field: `sites.${room}`,
    clientSubnet: org.sites[room].clientSubnet,
    // One network where the rooms share one: no replication addresses.
    ...(org.sites.sharedNetwork ? {} : { replicationSubnet: org.sites[room].replicationSubnet }),
    firstServerHost: org.sites[room].firstServerHost,
    servers: topology.mailboxServers.filter((server) => server.room === room).map((server) => server.name),
  }));
  const witness = org.sites.witness;
  const witnessRoom = {
    room: "witness",
    field: "sites.witness",
    clientSubnet: witness.kind === "third-room" ? witness.clientSubnet : witness.addressSpace,
    firstServerHost: witness.firstServerHost,
    servers: [topology.witness.name],
  };
  const plan = addressPlan([...rooms, witnessRoom]);
  // Edge servers: the n-th of a room takes host firstServerHost + n of the room's perimeter subnet, where one is given.
  const edge = (["primary", "recovery"] as const).flatMap((room) => {
    const subnet = org.sites[room].perimeterSubnet;
    if (subnet === undefined) return [];
    const field = `sites.${room}.firstServerHost`;
    const servers = topology.edgeServers.filter((server) => server.room === room);
    if (servers.length === 0) return [];
    const first = org.sites[room].firstServerHost;
    plan.pools.push({ room, network: "perimeter", subnet, first: hostAddress(subnet, first, field), last: hostAddress(subnet, first + servers.length - 1, field) });
    return servers.map((server, n) => ({ name: server.name, room, perimeter: hostAddress(subnet, first + n, field) }));
  });
  return edge.length ? { ...plan, edge } : plan;
}

/** Organization-level rules the stack relies on, reported against the organization file. */
export function checkOnpremOrganization(org: OrganizationFile): void {
  const allowed = org.azure.allowedRegions;
  const inAllowed = (field: string, region: string) => {
    if (!allowed.includes(region)) throw new InputError(field, JSON.stringify(region), `one of the allowed regions (azure.allowedRegions): ${allowed.join(", ")}`);
  };
  inAllowed("azure.region", org.azure.region);
  if (org.onprem.scvmm.region) inAllowed("onprem.scvmm.region", org.onprem.scvmm.region);
  const witness = org.sites.witness;
  if (witness.kind === "azure-vm") inAllowed("sites.witness.region", witness.region);
  if (witness.kind === "third-room" && [org.sites.primary.name, org.sites.recovery.name].includes(witness.name)) {
    throw new InputError("sites.witness.name", JSON.stringify(witness.name), "a third room, neither the primary nor the recovery room (ONP-02)");
  }
  if (witness.kind === "third-room" && [org.sites.primary.scvmmCloud, org.sites.recovery.scvmmCloud].includes(witness.scvmmCloud)) {
    throw new InputError("sites.witness.scvmmCloud", JSON.stringify(witness.scvmmCloud), "an SCVMM cloud of the third room, not one of the server rooms' clouds");
  }
  if (org.sites.primary.scvmmCloud === org.sites.recovery.scvmmCloud) {
    throw new InputError("sites.recovery.scvmmCloud", JSON.stringify(org.sites.recovery.scvmmCloud), "a different SCVMM cloud from the primary room's");
  }
  // The DAG spans both rooms; with one copy a database lives in one room only (ONP-02).
  if (org.onprem.dag.copiesPerDatabase < 2) {
    throw new InputError("onprem.dag.copiesPerDatabase", String(org.onprem.dag.copiesPerDatabase), "at least 2, so that every database has a copy in each server room (ONP-02)");
  }
  // Microsoft supports at most 2 vCPU per physical core for virtualized Exchange (ONP-09).
  if (org.onprem.vcpuPerPhysicalCore > MAX_SUPPORTED_VCPU_PER_CORE) {
    throw new InputError("onprem.vcpuPerPhysicalCore", String(org.onprem.vcpuPerPhysicalCore), `at most ${MAX_SUPPORTED_VCPU_PER_CORE} (Microsoft's support limit for virtualized Exchange)`);
  }
  // Edge is never a domain member (source: learn-exchange-edge-transport): it needs its own template.
  if (org.onprem.edge.enabled && !org.onprem.scvmm.edgeTemplate) {
    throw new InputError(
      "onprem.scvmm.edgeTemplate",
      "nothing",
      "the VMM template of the Edge Transport servers: Windows Server not joined to the domain (onprem.scvmm.template is the domain-joined one); or set onprem.edge.enabled: false",
    );
  }
}

/**
 * A Mailbox server no VM on these hosts can be (2 to 64 vCPU and 2 per physical core, 8 GB to
 * Exchange's 256 GB and the host's memory) cannot be declared at all: it is refused against
 * the organization field to change, not by the VM construct under its construct path (found by
 * test/hardening-fuzz.test.ts). A design within those limits that still does not fit
 * synthesizes and blocks as ONP-12.
 */
export function refuseServersNoVmCanBe(org: OrganizationFile, sizing: SizingResult): void {
  const { vcpu, ramGB } = sizing.mailboxServers;
  const { hosts, mailboxServers: pinned } = org.onprem;
  const maxVcpu = Math.min(64, hosts.physicalCoresPerHost * MAX_SUPPORTED_VCPU_PER_CORE);
  if (vcpu < 2 || vcpu > maxVcpu) {
    const field = pinned.vcpu !== undefined ? "onprem.mailboxServers.vcpu" : "onprem.hosts.physicalCoresPerHost";
    throw new InputError(field, `a Mailbox server of ${vcpu} vCPU`, `2 to ${maxVcpu} vCPU, what a VM on these hosts can have (at most 64, and ${MAX_SUPPORTED_VCPU_PER_CORE} per physical core)`);
  }
  const maxRamGB = Math.min(MAX_MAILBOX_RAM_GB, hosts.ramGBPerHost);
  if (ramGB < 8 || ramGB > maxRamGB) {
    const field = pinned.ramGB !== undefined ? "onprem.mailboxServers.ramGB" : "onprem.hosts.ramGBPerHost";
    throw new InputError(field, `a Mailbox server of ${ramGB} GB`, `8 to ${maxRamGB} GB, what a VM on these hosts can have (Exchange uses at most ${MAX_MAILBOX_RAM_GB} GB)`);
  }
}
