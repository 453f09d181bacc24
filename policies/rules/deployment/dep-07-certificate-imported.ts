import { declares, prerequisite } from "./prerequisite";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const dep07 = prerequisite({
  id: "DEP-07",
  title: RULE_TEXTS.dep07.title,
  appliesTo: "onprem",
  fact: "certificateImported",
  basis: "Exchange client access: every name clients use (onprem.namespace) must be in the certificate bound to IIS; the servers install it from the vault",
  sources: ["learn-exchange-certificates"],
  remediation: RULE_TEXTS.dep07.remediation,
  needed: (input) => (declares(input, "azurerm_key_vault") ? (m) => m.dep07.needed : undefined),
});
