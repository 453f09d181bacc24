import { fail, undecided } from "../../outcome";
import type { Rule } from "../../types";
import { at, block, isUnresolved, ofType } from "./resources";

export const az02: Rule = {
  id: "AZ-02",
  title: "Key Vaults: purge protection on, soft-delete retention 90 days, public network access off or default-deny network rules",
  severity: "error",
  appliesTo: "both",
  basis: "Microsoft Purview Customer Key set-up; Checkov CKV_AZURE_110, CKV_AZURE_109, CKV_AZURE_189",
  sources: ["checkov-azure-policies", "learn-customer-key-set-up"],
  remediation: "Set purge_protection_enabled = true, soft_delete_retention_days = 90, and public_network_access_enabled = false or network_acls.default_action = \"Deny\".",
  check: ({ resources }) =>
    ofType(resources, "azurerm_key_vault").flatMap((vault) => {
      const v = vault.values;
      const outcomes = [];
      if (isUnresolved(v.purge_protection_enabled)) outcomes.push(undecided(`purge protection of ${vault.address} is not known until apply`, at(vault)));
      else if (v.purge_protection_enabled !== true) outcomes.push(fail(`${vault.address} has purge protection off`, at(vault)));
      if (v.soft_delete_retention_days !== 90) {
        outcomes.push(fail(`${vault.address} keeps soft-deleted items ${v.soft_delete_retention_days ?? "the provider default of"} days, not 90`, at(vault)));
      }
      const publicOff = v.public_network_access_enabled === false;
      const defaultDeny = block(v.network_acls)?.default_action === "Deny";
      if (!publicOff && !defaultDeny) outcomes.push(fail(`${vault.address} is reachable from public networks (no default-deny network rules)`, at(vault)));
      return outcomes;
    }),
};
