import { declares, prerequisite } from "./prerequisite";

export const dep05 = prerequisite({
  id: "DEP-05",
  title: "Both server rooms reach the DAG witness: a declared path, or a verified one",
  appliesTo: "onprem",
  prerequisite: true,
  fact: "witnessConnectivity",
  basis: "Exchange Preferred Architecture and Azure witness guidance: the witness in a third location must be reachable from both datacenters (for Azure over a VPN)",
  sources: ["learn-exchange-azure-witness", "learn-exchange-preferred-architecture"],
  remediation:
    "Peer the Azure witness network with a hub whose gateway reaches both rooms (sites.witness.connectivity, with firewallAddress for its default route), or connect the third room's network to both rooms; join the witness to the domain, then verify from a server in each room and record the day in deployment.prerequisites.witnessConnectivity.",
  needed: (input) => {
    const witness = input.org.sites.witness;
    if (witness.kind === "third-room") return (m) => m.dep05.thirdRoom(witness.name);
    const peered = declares(input, "azurerm_virtual_network_peering", (values) => values.use_remote_gateways === true);
    if (!peered) return (m) => m.dep05.noPath;
    return declares(input, "azurerm_route_table") ? undefined : (m) => m.dep05.noDefaultRoute;
  },
});
