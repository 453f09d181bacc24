// The on-prem option as a cdktf stack: Exchange Server SE on the municipality's own hosts in two
// server rooms, declared through Azure Arc-enabled System Center VMM, with the DAG witness in a
// third failure domain, Edge in the perimeter network, monitoring, a certificate vault, and the
// Exchange organization configuration delivered by an Arc extension. Everything is derived from
// the organization file and its sizing (model/sizing, model/exchange-onprem).
// Facts: ../shared/reference/onprem-exchange.md §2 (Preferred Architecture, virtualization) and §5.
import { TerraformStack } from "cdktf";
import type { App } from "cdktf";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { InputError } from "../model/input-error";
import { logRetentionDays } from "../model/retention-periods";
import type { OrganizationFile } from "../model/schema";
import type { SizingResult } from "../model/sizing/result";
import { sizeOrganization } from "../model/sizing/sizing";
import { ONPREM_DOCUMENT_JSON, buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import { renderOnpremScript } from "../model/exchange-onprem/render-script";
import { onpremTopology, primaryDomain } from "../model/exchange-onprem/topology";
import { ManagementPlane } from "../constructs/onprem/management-plane";
import { ScvmmCloud } from "../constructs/onprem/scvmm-cloud";
import { MAX_MAILBOX_RAM_GB } from "../constructs/onprem/mailbox-server";
import { MAX_SUPPORTED_VCPU_PER_CORE, ScvmmPlatform } from "../constructs/onprem/scvmm-platform";
import type { PlatformRoom, VirtualMachinePlatform } from "../constructs/onprem/platform";
import { DatabaseAvailabilityGroup } from "../constructs/onprem/dag";
import { EdgeServer } from "../constructs/onprem/edge-server";
import { DagWitness } from "../constructs/onprem/dag-witness";
import { Monitoring } from "../constructs/onprem/monitoring";
import { CertificateVault } from "../constructs/onprem/certificate-vault";
import { ExchangeConfigDelivery } from "../constructs/onprem/exchange-config-delivery";
import { slug } from "../constructs/onprem/validation";
import type { StackDefinition } from "./registry";

export { ONPREM_DOCUMENT_JSON };
export const ONPREM_DOCUMENT_SCRIPT = "exchange-organization.ps1";

export class OnpremStack extends TerraformStack {
  constructor(scope: App, id: string, org: OrganizationFile) {
    super(scope, id);
    checkOrganization(org);
    const sizing = sizeOrganization(org);
    refuseServersNoVmCanBe(org, sizing);
    const topology = onpremTopology(org, sizing);
    const document = buildOnpremExchangeDocument(org, sizing);
    const name = slug(org.organization.name, 16);
    const location = org.azure.region;
    const tags = { workload: "exchange-onprem", organization: org.organization.name, "managed-by": "exchange-iac" };

    new AzurermProvider(this, "azurerm", { features: [{}], subscriptionId: org.organization.subscriptions.primary });

    const plane = new ManagementPlane(this, "management-plane", {
      resourceGroupName: `rg-${name}-exchange-onprem`,
      location,
      vmmServerName: `scvmm-${name}`,
      vmmFqdn: org.onprem.scvmm.fqdn ?? `vmm.${primaryDomain(org)}`,
      vmmPort: org.onprem.scvmm.port,
      arcResourceGroup: org.onprem.scvmm.arcResourceGroup,
      resourceBridgeName: org.onprem.scvmm.resourceBridge,
      customLocationName: org.onprem.scvmm.customLocation,
      tags,
    });
    const clouds: Partial<Record<PlatformRoom, ScvmmCloud>> = {
      primary: new ScvmmCloud(this, "cloud-primary", { plane, vmmCloudName: org.sites.primary.scvmmCloud, name: "scvmm-cloud-primary", tags }),
      recovery: new ScvmmCloud(this, "cloud-recovery", { plane, vmmCloudName: org.sites.recovery.scvmmCloud, name: "scvmm-cloud-recovery", tags }),
    };
    const witnessSite = org.sites.witness;
    if (witnessSite.kind === "third-room") {
      clouds.witness = new ScvmmCloud(this, "cloud-witness", { plane, vmmCloudName: witnessSite.scvmmCloud, name: "scvmm-cloud-witness", availabilitySet: false, tags });
    }
    const platform = createPlatform(this, org, plane, clouds, tags);

    const dag = new DatabaseAvailabilityGroup(this, "dag", {
      platform,
      members: topology.mailboxServers.map((server) => ({
        name: server.name,
        room: server.room,
        vcpu: server.vcpu,
        ramGB: server.ramGB,
        copies: server.copies.map((copy) => ({ database: copy.database, diskGB: copy.diskGB })),
      })),
    });
    const edges = topology.edgeServers.map(
      (edge) => new EdgeServer(this, `edge-${edge.name.toLowerCase()}`, { platform, name: edge.name, room: edge.room, vcpu: edge.vcpu, ramGB: edge.ramGB }),
    );
    const witness =
      witnessSite.kind === "third-room"
        ? new DagWitness(this, "witness", { kind: "third-room", platform, name: topology.witness.name, vcpu: topology.witness.vcpu, ramGB: topology.witness.ramGB })
        : new DagWitness(this, "witness", {
            kind: "azure-vm",
            name: topology.witness.name,
            location: witnessSite.region,
            resourceGroupName: plane.resourceGroup.name,
            addressSpace: witnessSite.addressSpace,
            tags,
          });

    const mailboxVms = dag.servers.map((server) => server.vm);
    const arcMachines = [...mailboxVms, ...edges.map((edge) => edge.vm), ...(witness.platformVm ? [witness.platformVm] : [])];
    new Monitoring(this, "monitoring", {
      name: `log-${name}-exchange-onprem`,
      resourceGroupName: plane.resourceGroup.name,
      location,
      auditRetentionDays: Math.max(365, logRetentionDays(org)),
      arcMachines,
      azureVirtualMachines: witness.azureVm ? [{ name: topology.witness.name, id: witness.azureVm.id }] : [],
      tags,
    });
    new CertificateVault(this, "certificates", {
      // Globally unique: the organization's Azure name prefix, as the online stack uses.
      name: `kv-${org.azure.namePrefix ?? slug(org.organization.name, 14)}-exch`,
      resourceGroupName: plane.resourceGroup.name,
      location,
      readers: mailboxVms,
      tags,
    });
    new ExchangeConfigDelivery(this, "exchange-config", {
      target: mailboxVms[0]!,
      script: renderOnpremScript(document),
      fileName: ONPREM_DOCUMENT_SCRIPT,
      after: [...mailboxVms.slice(1).map((vm) => vm.readyForExtensions), witness.platformVm?.readyForExtensions ?? witness.azureVm!],
    });
  }
}

/** The one place a platform is chosen (constructs/onprem/platform.ts is the seam). */
function createPlatform(
  stack: TerraformStack,
  org: OrganizationFile,
  plane: ManagementPlane,
  clouds: Partial<Record<PlatformRoom, ScvmmCloud>>,
  tags: Record<string, string>,
): VirtualMachinePlatform {
  if (org.onprem.platform !== "scvmm") {
    throw new InputError("onprem.platform", JSON.stringify(org.onprem.platform), '"scvmm" (Azure Local is not implemented yet: azurerm has no Azure Local VM instance resource, onprem-exchange.md §5)');
  }
  return new ScvmmPlatform(stack, "platform", {
    plane,
    clouds,
    vmmNetworks: org.onprem.scvmm.networks,
    vmmTemplateName: org.onprem.scvmm.template,
    physicalCoresPerHost: org.onprem.hosts.physicalCoresPerHost,
    ramGBPerHost: org.onprem.hosts.ramGBPerHost,
    tags,
  });
}

/** Organization-level rules the stack relies on, reported against the organization file. */
function checkOrganization(org: OrganizationFile): void {
  const allowed = org.azure.allowedRegions;
  if (!allowed.includes(org.azure.region)) {
    throw new InputError("azure.region", JSON.stringify(org.azure.region), `one of the allowed regions (azure.allowedRegions): ${allowed.join(", ")}`);
  }
  const witness = org.sites.witness;
  if (witness.kind === "azure-vm" && !allowed.includes(witness.region)) {
    throw new InputError("sites.witness.region", JSON.stringify(witness.region), `one of the allowed regions (azure.allowedRegions): ${allowed.join(", ")}`);
  }
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
  // Microsoft supports at most 2 vCPU per physical core for virtualized Exchange (S17, ONP-09).
  if (org.onprem.vcpuPerPhysicalCore > MAX_SUPPORTED_VCPU_PER_CORE) {
    throw new InputError("onprem.vcpuPerPhysicalCore", String(org.onprem.vcpuPerPhysicalCore), `at most ${MAX_SUPPORTED_VCPU_PER_CORE} (Microsoft's support limit for virtualized Exchange)`);
  }
}

/**
 * A Mailbox server no VM on these hosts can be (2 to 64 vCPU and 2 per physical core, 8 GB to
 * Exchange's 256 GB and the host's memory) cannot be declared at all: it is refused against
 * the organization field to change, not by the VM construct under its construct path (found by
 * test/hardening-fuzz.test.ts). A design within those limits that still does not fit
 * synthesizes and blocks as ONP-12.
 */
function refuseServersNoVmCanBe(org: OrganizationFile, sizing: SizingResult): void {
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

export const onpremStack: StackDefinition = {
  id: "onprem",
  description: "Exchange Server SE in the two server rooms through Azure Arc-enabled SCVMM",
  build: (app, org) => new OnpremStack(app, "onprem", org),
  documents: (org) => {
    const document = buildOnpremExchangeDocument(org);
    return {
      [ONPREM_DOCUMENT_JSON]: `${JSON.stringify(document, null, 2)}\n`,
      // With a UTF-8 byte order mark: Windows PowerShell 5.1 reads a .ps1 without one as ANSI.
      [ONPREM_DOCUMENT_SCRIPT]: `\uFEFF${renderOnpremScript(document)}`,
    };
  },
};
