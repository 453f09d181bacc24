// English texts of the deployment rules: title, remediation and each message a rule gives.
export const deployment = {
  dep01: {
    title: "The resource providers Arc-enabled SCVMM needs are registered in the subscription",
    remediation: "Register Microsoft.ScVmm, Microsoft.HybridCompute, Microsoft.ExtendedLocation, Microsoft.ResourceConnector, Microsoft.HybridConnectivity, Microsoft.GuestConfiguration (az provider register --namespace <name>) before onboarding VMM to Arc, then record the day in deployment.prerequisites.resourceProvidersRegistered.",
  },
  dep02: {
    title: "VMM is onboarded to Azure Arc (resource bridge, custom location, VMM server resource) in a region the service offers",
    remediation: "Run Microsoft's onboarding script for VMM with the names in onprem.scvmm (arcResourceGroup, resourceBridge, customLocation, vmmServer) in a region the service offers (the quickstart names East US and West Europe), set onprem.scvmm.region to it, keep it in azure.allowedRegions, and record the day in deployment.prerequisites.arcScvmmOnboarded. Do not enable the clouds, VM networks and templates in the portal, or list them in onprem.scvmm.alreadyEnabled so the stack imports them.",
  },
  dep03: {
    title: "The subscription feature for encryption at host is registered where a VM uses it",
    remediation: "Run az feature register --name EncryptionAtHost --namespace Microsoft.Compute in the subscription, wait for Registered, and record the day in deployment.prerequisites.encryptionAtHostRegistered.",
  },
  dep04: {
    title: "The subscriptions may deploy to Sweden South, an access-restricted region, where resources go there",
    remediation: "Request access to Sweden South for each subscription that deploys there (Azure region access request), or use another allowed region, and record the day in deployment.prerequisites.swedenSouthAccess.",
  },
  dep05: {
    title: "Both server rooms reach the DAG witness: a declared path, or a verified one",
    remediation: "Peer the Azure witness network with a hub whose gateway reaches both rooms (sites.witness.connectivity, with firewallAddress for its default route), or connect the third room's network to both rooms; join the witness to the domain, then verify from a server in each room and record the day in deployment.prerequisites.witnessConnectivity.",
  },
  dep06: {
    title: "The vaults' private endpoint names resolve to their private addresses where they are used",
    remediation: "Give azure.dataPlaneAccess.privateEndpoint.privateDnsZoneId (the privatelink.vaultcore.azure.net zone linked to the runner's network), forward the zone from the server rooms' DNS (on-prem), verify the names resolve to the endpoints' addresses, and record the day in deployment.prerequisites.privateEndpointDns.",
  },
  dep07: {
    title: "The Exchange TLS certificate is imported into the certificate vault",
    remediation: "Import the SAN certificate for the mail and autodiscover names (onprem.namespace) into the certificate vault from an allowed address or over its private endpoint (az keyvault certificate import), and record the day in deployment.prerequisites.certificateImported.",
  },
  dep08: {
    title: "Each room's VMM static IP pools hold the address plan's ranges",
    remediation: "In VMM, give each room's client and replication VM network a static IP pool that is exactly the range in the stack's output exchange_address_plan (pools), and record the day in deployment.prerequisites.staticIpPools.",
  },
  dep09: {
    title: "The perimeter network reaches the Azure Arc endpoints, so the Edge servers' guest agents can run",
    remediation: "Allow outbound HTTPS from the perimeter network to the Azure Arc endpoints in the support matrix (directly or through a proxy), verify from an Edge server, and record the day in deployment.prerequisites.perimeterOutbound.",
  },
  dep10: {
    title: "The deployed Mailbox servers have the designed vCPU, memory and database disks (a plan shows what is deployed)",
    remediation: "Resize one DAG member at a time (README, \"First deployment\", resize procedure): put it in maintenance so its active copies move to the other members, stop it, change vCPU and memory and add the missing data disks from Azure (Settings > Size, Settings > Disks) or in VMM, start it, take it out of maintenance, then the next; run exchange-iac plan and check --plan again.",
  },
};
