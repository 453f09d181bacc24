import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at } from "./resources";

/** Resources that hold mail, keys, logs or backups: losing one loses data. */
export const DATA_BEARING_TYPES = [
  "azurerm_key_vault",
  "azurerm_key_vault_key",
  "azurerm_storage_account",
  "azurerm_log_analytics_workspace",
  "azurerm_recovery_services_vault",
  "azurerm_managed_disk",
  "azurerm_arc_machine",
  "azurerm_system_center_virtual_machine_manager_virtual_machine_instance",
];

export const az06: Rule = {
  id: "AZ-06",
  title: "Data-bearing resources are protected from destroy; a plan that deletes or replaces one is blocked",
  severity: "error",
  appliesTo: "both",
  basis: "Arkivlagen (1990:782); GDPR art. 32(1)(c) (availability and resilience)",
  sources: ["eurlex-gdpr", "rkrattsbaser-arkivlag"],
  remediation: "Keep lifecycle.prevent_destroy = true on vaults, keys, storage, workspaces, recovery vaults and mailbox servers; change the plan so it neither deletes nor replaces them.",
  check: ({ resources }) =>
    resources
      .filter((r) => DATA_BEARING_TYPES.includes(r.type))
      .flatMap((r) => {
        if (r.actions) {
          // A plan: a replacement is ["delete", "create"] or ["create", "delete"].
          if (!r.actions.includes("delete")) return [];
          const replaces = r.actions.includes("create");
          return [fail(say((m) => (replaces ? m.az06.planReplaces(r.address) : m.az06.planDeletes(r.address))), at(r))];
        }
        return r.preventDestroy ? [] : [fail(say((m) => m.az06.noPreventDestroy(r.address)), at(r))];
      }),
};
