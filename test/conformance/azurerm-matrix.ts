// The organization files the azurerm conformance rules run over: the example, the example with
// every optional part on (Customer Key with E5 licences, audit archive storage, more than two
// years of logs, an Azure witness peered with a hub, private endpoints, VMM objects already
// enabled in Azure; and once with a third-room witness), and a handful of the fuzz generator's
// valid files that synthesize. Each is synthesized once (both stacks, as `exchange-iac synth`
// writes them).
import fc from "fast-check";
import { stringify } from "yaml";
import { synthesizeToJson } from "../../inventory/from-stacks";
import { InputError } from "../../model/input-error";
import { parseOrganization } from "../../model/load";
import { validOrganization } from "../fuzz/organization-arbitrary";
import { exampleData } from "../helpers/example";

export type TerraformJson = Record<string, any>;

export interface MatrixEntry {
  name: string;
  /** cdk.tf.json by stack id. */
  stacks: Map<string, TerraformJson>;
}

const HUB = "/subscriptions/6b8d0f2a-3c5e-4a7b-9d1f-2e4a6c8e0b52/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub";
const ARC = "/subscriptions/2f4a8c6e-1b3d-4e5f-8a7b-9c0d1e2f3a41/resourceGroups/rg-arc-scvmm/providers/Microsoft.ScVmm";

/** Every optional part on; `witness` chooses the witness (the two kinds exclude each other). */
export function everythingOn(witness: "azure-vm" | "third-room"): Record<string, any> {
  const data = exampleData();
  data.organization.subscriptions = { primary: "2f4a8c6e-1b3d-4e5f-8a7b-9c0d1e2f3a41", secondary: "6b8d0f2a-3c5e-4a7b-9d1f-2e4a6c8e0b52" };
  data.organization.tenantId = "11111111-2222-4333-8444-555555555555";
  data.online.licences = { staff: "M365_E5", shared: "M365_E5", resource: "none" };
  data.online.customerKey = { enabled: true, regions: ["swedencentral", "swedensouth"], keySize: 3072, exchangeOnlinePrincipalObjectId: "4c1f1d33-0a0b-4c5d-8e9f-1a2b3c4d5e6f" };
  data.online.audit = { archiveStorage: true };
  data.retention.auditLogRetentionDays = 1500;
  if (witness === "third-room") {
    data.sites.witness = { kind: "third-room", name: "Teknikhuset", scvmmCloud: "Teknikhuset-Cloud", clientSubnet: "10.40.1.0/24" };
    data.onprem.scvmm.alreadyEnabled = { clouds: { witness: `${ARC}/clouds/Teknikhuset-Cloud` } };
    return data;
  }
  data.sites.witness.connectivity = { kind: "hub-peering", hubVirtualNetworkId: HUB, firewallAddress: "10.0.0.4" };
  data.azure.dataPlaneAccess = {
    allowedAddresses: [],
    privateEndpoint: {
      subnetId: `${HUB}/subnets/snet-private-endpoints`,
      location: "swedencentral",
      privateDnsZoneId: "/subscriptions/6b8d0f2a-3c5e-4a7b-9d1f-2e4a6c8e0b52/resourceGroups/rg-dns/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net",
    },
  };
  data.onprem.scvmm.alreadyEnabled = {
    clouds: { primary: `${ARC}/clouds/Exchange-Nya` },
    networks: { client: `${ARC}/virtualNetworks/Exchange-Client` },
    templates: { servers: `${ARC}/virtualMachineTemplates/WS2025-Datacenter-Exchange`, edge: `${ARC}/virtualMachineTemplates/WS2025-Datacenter-Workgroup` },
  };
  return data;
}

/** Fuzz files that synthesize (others stop with exit 2 naming a field, which the fuzz tests cover). */
function fuzzEntries(count: number): { name: string; data: Record<string, any> }[] {
  const samples = fc.sample(validOrganization, { numRuns: count * 3, seed: 20261201 });
  return samples.map((data, i) => ({ name: `fuzz #${i}`, data }));
}

function synthesize(name: string, data: Record<string, any>): MatrixEntry | undefined {
  try {
    return { name, stacks: synthesizeToJson(parseOrganization(stringify(data))) };
  } catch (error) {
    if (error instanceof InputError) return undefined;
    throw error;
  }
}

export function conformanceMatrix(fuzzCount = 4): MatrixEntry[] {
  const fixed = [
    { name: "example", data: exampleData() },
    { name: "everything on, Azure witness", data: everythingOn("azure-vm") },
    { name: "everything on, third-room witness", data: everythingOn("third-room") },
  ].map(({ name, data }) => {
    const entry = synthesize(name, data);
    if (!entry) throw new Error(`${name} does not synthesize`);
    return entry;
  });
  const fuzz = fuzzEntries(fuzzCount)
    .map(({ name, data }) => synthesize(name, data))
    .filter((entry): entry is MatrixEntry => entry !== undefined)
    .slice(0, fuzzCount);
  return [...fixed, ...fuzz];
}
