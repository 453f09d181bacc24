// English texts of the deployment rules: title, remediation and each message a rule gives.
export const deployment = {
  dep01: {
    title: "The resource providers Arc-enabled SCVMM needs are registered in the subscription",
    remediation: "Register Microsoft.ScVmm, Microsoft.HybridCompute, Microsoft.ExtendedLocation, Microsoft.ResourceConnector, Microsoft.HybridConnectivity, Microsoft.GuestConfiguration (az provider register --namespace <name>) before onboarding VMM to Arc, then record the day in deployment.prerequisites.resourceProvidersRegistered.",
    needed: (providers: string[]) => `the resource providers ${providers.join(", ")} are not recorded as registered`,
  },
  dep02: {
    title: "VMM is onboarded to Azure Arc (resource bridge, custom location, VMM server resource) in a region the service offers",
    remediation: "Run Microsoft's onboarding script for VMM with the names in onprem.scvmm (arcResourceGroup, resourceBridge, customLocation, vmmServer) in a region the service offers (the quickstart names East US and West Europe), set onprem.scvmm.region to it, keep it in azure.allowedRegions, and record the day in deployment.prerequisites.arcScvmmOnboarded. Do not enable the clouds, VM networks and templates in the portal, or list them in onprem.scvmm.alreadyEnabled so the stack imports them.",
    needed: "onboarding VMM to Azure Arc is not recorded as done",
    regionNotOffered: (needed: string, region: string, offered: string[]) => `${needed} (its region ${region} is not one the onboarding quickstart names: ${offered.join(", ")})`,
  },
  dep03: {
    title: "The subscription feature for encryption at host is registered where a VM uses it",
    remediation: "Run az feature register --name EncryptionAtHost --namespace Microsoft.Compute in the subscription, wait for Registered, and record the day in deployment.prerequisites.encryptionAtHostRegistered.",
    needed: "a VM uses encryption at host (the Azure witness) and the feature Microsoft.Compute/EncryptionAtHost is not recorded as registered",
  },
  dep04: {
    title: "The subscriptions may deploy to Sweden South, an access-restricted region, where resources go there",
    remediation: "Request access to Sweden South for each subscription that deploys there (Azure region access request), or use another allowed region, and record the day in deployment.prerequisites.swedenSouthAccess.",
    needed: (count: number, first: string) => `${count} resource(s) go to Sweden South (${first}) and access to the region is not recorded`,
  },
  dep05: {
    title: "Both server rooms reach the DAG witness: a declared path, or a verified one",
    remediation: "Peer the Azure witness network with a hub whose gateway reaches both rooms (sites.witness.connectivity, with firewallAddress for its default route), or connect the third room's network to both rooms; join the witness to the domain, then verify from a server in each room and record the day in deployment.prerequisites.witnessConnectivity.",
    thirdRoom: (room: string) => `the third room ${room} is not recorded as reachable from both server rooms`,
    noPath: "the Azure witness network has no declared path to the server rooms (no hub peering in sites.witness.connectivity) and no verified VPN",
    noDefaultRoute: "the Azure witness network is peered with the hub but has no default route (sites.witness.connectivity.firewallAddress), so its monitoring agent reaches Azure Monitor only if the hub gives one",
  },
  dep06: {
    title: "The vaults' private endpoint names resolve to their private addresses where they are used",
    remediation: "Give azure.dataPlaneAccess.privateEndpoint.privateDnsZoneId (the privatelink.vaultcore.azure.net zone linked to the runner's network), forward the zone from the server rooms' DNS (on-prem), verify the names resolve to the endpoints' addresses, and record the day in deployment.prerequisites.privateEndpointDns.",
    onprem: "the certificate vault is reached through a private endpoint and its name is not recorded as resolving from the server rooms",
    noZoneGroup: "a vault's private endpoint has no DNS zone group and its name is not recorded as resolving to it",
  },
  dep07: {
    title: "The Exchange TLS certificate is imported into the certificate vault",
    remediation: "Import the SAN certificate for the mail and autodiscover names (onprem.namespace) into the certificate vault from an allowed address or over its private endpoint (az keyvault certificate import), and record the day in deployment.prerequisites.certificateImported.",
    needed: "the certificate for the client namespace is not recorded as imported into the certificate vault",
  },
  dep08: {
    title: "Each room's VMM static IP pools hold the address plan's ranges",
    remediation: "In VMM, give each room's client and replication VM network a static IP pool that is exactly the range in the stack's output exchange_address_plan (pools), and record the day in deployment.prerequisites.staticIpPools.",
    needed: "the VMM static IP pools for the address plan (output exchange_address_plan) are not recorded as created",
  },
  dep09: {
    title: "The perimeter network reaches the Azure Arc endpoints, so the Edge servers' guest agents can run",
    remediation: "Allow outbound HTTPS from the perimeter network to the Azure Arc endpoints in the support matrix (directly or through a proxy), verify from an Edge server, and record the day in deployment.prerequisites.perimeterOutbound.",
    needed: "the perimeter network is not recorded as reaching the Azure Arc endpoints",
  },
  dep10: {
    title: "The deployed Mailbox servers have the designed vCPU, memory and database disks (a plan shows what is deployed)",
    remediation: "Resize one DAG member at a time (docs/onprem.md, \"Changing a Mailbox server's vCPU, memory or database disks later\"): put it in maintenance so its active copies move to the other members, stop it, change vCPU and memory and add the missing data disks from Azure (Settings > Size, Settings > Disks) or in VMM, start it, take it out of maintenance, then the next; run exchange-iac plan and check --plan again.",
    vcpu: (deployed: unknown, designed: number) => `${deployed} vCPU deployed, ${designed} designed`,
    memory: (deployedGB: number, designedGB: number) => `${deployedGB} GB memory deployed, ${designedGB} GB designed`,
    noDisk: (database: string, sizeGB: number) => `no disk for database copy ${database} (${sizeGB} GB)`,
    noTrackingLogDisk: (name: string, sizeGB: number) => `no disk ${name} for the message tracking logs (${sizeGB} GB)`,
    smallDisk: (database: string, deployedGB: number, designedGB: number) => `disk ${database} is ${deployedGB} GB, ${designedGB} GB designed`,
    differs: (server: string, differences: string[]) => `${server} differs from the design: ${differences.join("; ")}; follow the resize procedure`,
  },
};
