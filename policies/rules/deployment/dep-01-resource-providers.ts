import { ARC_RESOURCE_PROVIDERS } from "../../../model/arc-resource-providers";
import { prerequisite } from "./prerequisite";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const dep01 = prerequisite({
  id: "DEP-01",
  title: RULE_TEXTS.dep01.title,
  appliesTo: "onprem",
  fact: "resourceProvidersRegistered",
  basis: "Azure Arc-enabled servers prerequisites; azurerm registers none of these by default",
  sources: ["learn-arc-servers-prerequisites", "azurerm-4-55-resource-providers", "azurerm-4-55-provider"],
  remediation: `Register ${ARC_RESOURCE_PROVIDERS.join(", ")} (az provider register --namespace <name>) before onboarding VMM to Arc, then record the day in deployment.prerequisites.resourceProvidersRegistered.`,
  needed: () => (m) => m.dep01.needed(ARC_RESOURCE_PROVIDERS),
});
