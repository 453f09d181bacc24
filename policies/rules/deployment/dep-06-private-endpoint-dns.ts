import { declares, prerequisite } from "./prerequisite";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const dep06 = prerequisite({
  id: "DEP-06",
  title: RULE_TEXTS.dep06.title,
  appliesTo: "both",
  fact: "privateEndpointDns",
  basis: "Azure Private Endpoint DNS configuration: a Key Vault's name must resolve through privatelink.vaultcore.azure.net; on-premises clients need a DNS forwarder",
  sources: ["learn-private-endpoint-dns", "azurerm-4-55-private-endpoint"],
  remediation: RULE_TEXTS.dep06.remediation,
  needed: (input) => {
    if (!declares(input, "azurerm_private_endpoint")) return undefined;
    if (input.option === "onprem") return (m) => m.dep06.onprem;
    return declares(input, "azurerm_private_endpoint", (values) => values.private_dns_zone_group === undefined)
      ? (m) => m.dep06.noZoneGroup
      : undefined;
  },
});
