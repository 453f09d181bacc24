import { declares, prerequisite } from "./prerequisite";

export const dep06 = prerequisite({
  id: "DEP-06",
  title: "The vaults' private endpoint names resolve to their private addresses where they are used",
  appliesTo: "both",
  prerequisite: true,
  fact: "privateEndpointDns",
  basis: "Azure Private Endpoint DNS configuration: a Key Vault's name must resolve through privatelink.vaultcore.azure.net; on-premises clients need a DNS forwarder",
  sources: ["learn-private-endpoint-dns", "azurerm-4-55-private-endpoint"],
  remediation:
    "Give azure.dataPlaneAccess.privateEndpoint.privateDnsZoneId (the privatelink.vaultcore.azure.net zone linked to the runner's network), forward the zone from the server rooms' DNS (on-prem), verify the names resolve to the endpoints' addresses, and record the day in deployment.prerequisites.privateEndpointDns.",
  needed: (input) => {
    if (!declares(input, "azurerm_private_endpoint")) return undefined;
    if (input.option === "onprem") return (m) => m.dep06.onprem;
    return declares(input, "azurerm_private_endpoint", (values) => values.private_dns_zone_group === undefined)
      ? (m) => m.dep06.noZoneGroup
      : undefined;
  },
});
