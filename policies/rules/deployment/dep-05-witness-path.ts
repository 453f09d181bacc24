import { declares, prerequisite } from "./prerequisite";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const dep05 = prerequisite({
  id: "DEP-05",
  title: RULE_TEXTS.dep05.title,
  appliesTo: "onprem",
  fact: "witnessConnectivity",
  basis: "Exchange Preferred Architecture and Azure witness guidance: the witness in a third location must be reachable from both datacenters (for Azure over a VPN)",
  sources: ["learn-exchange-azure-witness", "learn-exchange-preferred-architecture"],
  remediation: RULE_TEXTS.dep05.remediation,
  needed: (input) => {
    const witness = input.org.sites.witness;
    if (witness.kind === "third-room") return (m) => m.dep05.thirdRoom(witness.name);
    const peered = declares(input, "azurerm_virtual_network_peering", (values) => values.use_remote_gateways === true);
    if (!peered) return (m) => m.dep05.noPath;
    return declares(input, "azurerm_route_table") ? undefined : (m) => m.dep05.noDefaultRoute;
  },
});
