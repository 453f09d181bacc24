// Every azurerm provider rule the conformance test applies: the provider block, shared
// arguments, the on-prem and the online resources.
import type { ProviderRule } from "./azurerm-check";
import { PROVIDER_RULES } from "./azurerm-rules-common";
import { ONPREM_RULES } from "./azurerm-rules-onprem";
import { SHARED_RULES } from "./azurerm-rules-online";

export const AZURERM_RULES: ProviderRule[] = [...PROVIDER_RULES, ...ONPREM_RULES, ...SHARED_RULES];
