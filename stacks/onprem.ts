// The on-prem option as a cdktf stack: Exchange Server SE on the municipality's own hosts in two
// server rooms, declared through Azure Arc-enabled System Center VMM, with the DAG witness in a
// third failure domain, Edge in the perimeter network, monitoring, a certificate vault, and the
// Exchange organization configuration delivered by an Arc extension. Everything is derived from
// the organization file and its sizing (model/sizing, model/exchange-onprem). What the first
// deployment needs before `cdktf deploy` is in docs/onprem.md ("First deployment") and checked by
// the DEP rules from the facts the organization file records.
import { terraformText } from "../constructs/terraform-text";
import { TerraformOutput, TerraformStack } from "cdktf";
import type { App } from "cdktf";
import { ARC_RESOURCE_PROVIDERS } from "../model/arc-resource-providers";
import type { OrganizationFile } from "../model/schema";
import { sizeOrganization } from "../model/sizing/sizing";
import { ONPREM_DOCUMENT_JSON, buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import { ONPREM_DOCUMENT_SCRIPT, ONPREM_EDGE_SCRIPT } from "./documents";
import { renderEdgeScript, renderOnpremScript } from "../model/exchange-onprem/render-script";
import { onpremTopology } from "../model/exchange-onprem/topology";
import { MIN_AUDIT_RETENTION_DAYS, decidedLogRetentionDays } from "../constructs/log-analytics-retention";
import { AzureSubscription, subscriptionOf } from "../constructs/online/azure-subscription";
import { endpointsProvider } from "../constructs/key-vault-access";
import { ManagementPlane } from "../constructs/onprem/management-plane";
import { ScvmmCloud } from "../constructs/onprem/scvmm-cloud";
import type { PlatformRoom } from "../constructs/onprem/platform";
import { DatabaseAvailabilityGroup } from "../constructs/onprem/dag";
import { EdgeServer } from "../constructs/onprem/edge-server";
import { DagWitness } from "../constructs/onprem/dag-witness";
import { Monitoring } from "../constructs/onprem/monitoring";
import { CertificateVault } from "../constructs/onprem/certificate-vault";
import { AdministratorVault } from "../constructs/onprem/administrator-vault";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { ExchangeConfigDelivery } from "../constructs/onprem/exchange-config-delivery";
import { CertificateDelivery } from "../constructs/onprem/certificate-delivery";
import { slug } from "../constructs/onprem/validation";
import { checkOnpremOrganization, createPlatform, onpremAddressPlan, refuseServersNoVmCanBe, scvmmRegion } from "./onprem-parts";
import type { StackDefinition } from "./registry";

export { ONPREM_DOCUMENT_JSON, ONPREM_DOCUMENT_SCRIPT };

export class OnpremStack extends TerraformStack {
  constructor(scope: App, id: string, org: OrganizationFile) {
    super(scope, id);
    checkOnpremOrganization(org);
    const sizing = sizeOrganization(org);
    refuseServersNoVmCanBe(org, sizing);
    const topology = onpremTopology(org, sizing);
    const addresses = onpremAddressPlan(org, topology);
    const document = buildOnpremExchangeDocument(org, sizing);
    const name = slug(org.organization.name, 16);
    const location = org.azure.region;
    const tags = { workload: "exchange-onprem", organization: terraformText(org.organization.name), "managed-by": "exchange-iac" };
    const access = org.azure.dataPlaneAccess;
    const scvmm = org.onprem.scvmm;

    new AzureSubscription(this, "azurerm", {
      subscriptionId: org.organization.subscriptions.primary,
      variableName: "primary_subscription_id",
      field: "organization.subscriptions.primary",
      resourceProvidersToRegister: ARC_RESOURCE_PROVIDERS,
    });
    const endpointProvider = endpointsProvider(this, access);
    // Generates the servers' local administrator passwords (administrator-vault.ts).
    new RandomProvider(this, "random");

    const plane = new ManagementPlane(this, "management-plane", {
      resourceGroupName: `rg-${name}-exchange-onprem`,
      location: scvmmRegion(org),
      arcResourceGroup: scvmm.arcResourceGroup,
      resourceBridgeName: scvmm.resourceBridge,
      customLocationName: scvmm.customLocation,
      vmmServerName: scvmm.vmmServer,
      tags,
    });
    const enabled = scvmm.alreadyEnabled;
    const clouds: Partial<Record<PlatformRoom, ScvmmCloud>> = {
      primary: new ScvmmCloud(this, "cloud-primary", { plane, vmmCloudName: org.sites.primary.scvmmCloud, name: "scvmm-cloud-primary", importId: enabled.clouds?.primary, tags }),
      recovery: new ScvmmCloud(this, "cloud-recovery", { plane, vmmCloudName: org.sites.recovery.scvmmCloud, name: "scvmm-cloud-recovery", importId: enabled.clouds?.recovery, tags }),
    };
    const witnessSite = org.sites.witness;
    if (witnessSite.kind === "third-room") {
      clouds.witness = new ScvmmCloud(this, "cloud-witness", { plane, vmmCloudName: witnessSite.scvmmCloud, name: "scvmm-cloud-witness", importId: enabled.clouds?.witness, availabilitySet: false, tags });
    }
    // Each server's generated local administrator password, in a vault no server can read.
    const state = org.azure.state;
    const passwords = new AdministratorVault(
      this,
      "administrators",
      state
        ? { kind: "existing", name: state.keyVaultName, resourceGroupName: state.resourceGroupName, tags }
        : { kind: "new", name: `kv-${org.azure.namePrefix ?? slug(org.organization.name, 14)}-adm`, resourceGroupName: plane.resourceGroup.name, location, access, endpointProvider, tags },
    );
    const platform = createPlatform(this, org, plane, clouds, passwords, tags);

    const dag = new DatabaseAvailabilityGroup(this, "dag", {
      platform,
      replicationNetwork: !org.sites.sharedNetwork,
      members: topology.mailboxServers.map((server) => ({
        name: server.name,
        room: server.room,
        vcpu: server.vcpu,
        ramGB: server.ramGB,
        copies: server.copies.map((copy) => ({ database: copy.database, diskGB: copy.diskGB })),
        transportLogDiskGB: server.transportLogDiskGB,
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
            address: addresses.servers.find((server) => server.name === topology.witness.name)!.client,
            passwords,
            connectivity: witnessSite.connectivity && {
              hubVirtualNetworkId: witnessSite.connectivity.hubVirtualNetworkId,
              firewallAddress: witnessSite.connectivity.firewallAddress,
              hubProvider: new AzureSubscription(this, "HubSubscription", {
                alias: "hub",
                subscriptionId: subscriptionOf(witnessSite.connectivity.hubVirtualNetworkId, "sites.witness.connectivity.hubVirtualNetworkId"),
                variableName: "hub_subscription_id",
                field: "sites.witness.connectivity.hubVirtualNetworkId",
              }).provider,
            },
            tags,
          });

    const mailboxVms = dag.servers.map((server) => server.vm);
    const arcMachines = [...mailboxVms, ...edges.map((edge) => edge.vm), ...(witness.platformVm ? [witness.platformVm] : [])];
    new Monitoring(this, "monitoring", {
      name: `log-${name}-exchange-onprem`,
      resourceGroupName: plane.resourceGroup.name,
      location,
      auditRetentionDays: Math.max(MIN_AUDIT_RETENTION_DAYS, decidedLogRetentionDays(org)),
      arcMachines,
      azureVirtualMachines: witness.azureVm ? [{ name: topology.witness.name, id: witness.azureVm.id }] : [],
      tags,
    });
    const edgeVms = edges.map((edge) => edge.vm);
    // Globally unique: the organization's Azure name prefix, as the online stack uses.
    const certificateVaultName = `kv-${org.azure.namePrefix ?? slug(org.organization.name, 14)}-exch`;
    const certificates = new CertificateVault(this, "certificates", {
      name: certificateVaultName,
      resourceGroupName: plane.resourceGroup.name,
      location,
      readers: [...mailboxVms, ...edgeVms],
      access,
      endpointProvider,
      tags,
    });
    // Every Mailbox and Edge server installs the certificate, and its renewals, from the vault.
    new CertificateDelivery(this, "certificate-delivery", { vault: certificates.vault, vaultName: certificateVaultName, certificateName: document.certificate.vaultCertificate, machines: [...mailboxVms, ...edgeVms] });
    // Edge servers are workgroup machines the Mailbox servers cannot manage remotely: each runs its own script.
    for (const vm of edgeVms) {
      new ExchangeConfigDelivery(this, `edge-config-${vm.name.toLowerCase()}`, { target: vm, script: renderEdgeScript(document, vm.name), fileName: ONPREM_EDGE_SCRIPT });
    }
    new ExchangeConfigDelivery(this, "exchange-config", {
      target: mailboxVms[0]!,
      script: renderOnpremScript(document),
      fileName: ONPREM_DOCUMENT_SCRIPT,
      after: [...mailboxVms.slice(1).map((vm) => vm.readyForExtensions), witness.platformVm?.readyForExtensions ?? witness.azureVm!],
    });
    // The static addresses and the VMM static IP pools they need (constructs/onprem/address-plan.ts).
    new TerraformOutput(this, "exchange_address_plan", { value: addresses });
  }
}


export const onpremStack: StackDefinition = {
  id: "onprem",
  description: "Exchange Server SE in the two server rooms through Azure Arc-enabled SCVMM",
  build: (app, org) => new OnpremStack(app, "onprem", org),
};
