import { declares, prerequisite } from "./prerequisite";

export const dep03 = prerequisite({
  id: "DEP-03",
  title: "The subscription feature for encryption at host is registered where a VM uses it",
  appliesTo: "both",
  prerequisite: true,
  fact: "encryptionAtHostRegistered",
  basis: "Azure managed disks: encryption at host needs the subscription feature Microsoft.Compute/EncryptionAtHost",
  sources: ["learn-encryption-at-host"],
  remediation: "Run az feature register --name EncryptionAtHost --namespace Microsoft.Compute in the subscription, wait for Registered, and record the day in deployment.prerequisites.encryptionAtHostRegistered.",
  needed: (input) =>
    declares(input, "azurerm_windows_virtual_machine", (values) => values.encryption_at_host_enabled === true)
      ? (m) => m.dep03.needed
      : undefined,
});
