import { declares, prerequisite } from "./prerequisite";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const dep03 = prerequisite({
  id: "DEP-03",
  title: RULE_TEXTS.dep03.title,
  appliesTo: "both",
  fact: "encryptionAtHostRegistered",
  basis: "Azure managed disks: encryption at host needs the subscription feature Microsoft.Compute/EncryptionAtHost",
  sources: ["learn-encryption-at-host"],
  remediation: RULE_TEXTS.dep03.remediation,
  needed: (input) =>
    declares(input, "azurerm_windows_virtual_machine", (values) => values.encryption_at_host_enabled === true)
      ? (m) => m.dep03.needed
      : undefined,
});
