import { declares, prerequisite } from "./prerequisite";

export const dep07 = prerequisite({
  id: "DEP-07",
  title: "The Exchange TLS certificate is imported into the certificate vault",
  appliesTo: "onprem",
  prerequisite: true,
  fact: "certificateImported",
  basis: "Exchange client access: every name clients use (onprem.namespace) must be in the certificate bound to IIS; the servers install it from the vault",
  sources: ["learn-exchange-certificates"],
  remediation:
    "Import the SAN certificate for the mail and autodiscover names (onprem.namespace) into the certificate vault from an allowed address or over its private endpoint (az keyvault certificate import), and record the day in deployment.prerequisites.certificateImported.",
  needed: (input) => (declares(input, "azurerm_key_vault") ? (m) => m.dep07.needed : undefined),
});
