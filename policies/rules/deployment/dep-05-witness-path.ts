import { declares, prerequisite } from "./prerequisite";

export const dep05 = prerequisite({
  id: "DEP-05",
  title: "Both server rooms reach the DAG witness: a declared path, or a verified one",
  appliesTo: "onprem",
  fact: "witnessConnectivity",
  basis: "Exchange Preferred Architecture and Azure witness guidance: the witness in a third location must be reachable from both datacenters (for Azure over a VPN)",
  sources: ["learn-exchange-azure-witness", "learn-exchange-preferred-architecture"],
  remediation:
    "Peer the Azure witness network with a hub whose gateway reaches both rooms (sites.witness.connectivity, with firewallAddress for its default route), or connect the third room's network to both rooms; join the witness to the domain, then verify from a server in each room and record the day in deployment.prerequisites.witnessConnectivity.",
  needed: (input) => {
    const witness = input.org.sites.witness;
    if (witness.kind === "third-room") return `the third room ${witness.name} is not recorded as reachable from both server rooms`;
    const peered = declares(input, "azurerm_virtual_network_peering", (values) => values.use_remote_gateways === true);
    if (!peered) return "the Azure witness network has no declared path to the server rooms (no hub peering in sites.witness.connectivity) and no verified VPN";
    return declares(input, "azurerm_route_table") ? undefined : "the Azure witness network is peered with the hub but has no default route (sites.witness.connectivity.firewallAddress), so its monitoring agent reaches Azure Monitor only if the hub gives one";
  },
});
