import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at } from "./resources";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

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
  title: RULE_TEXTS.az06.title,
  severity: "error",
  appliesTo: "both",
  basis: "Arkivlagen (1990:782); GDPR art. 32(1)(c) (availability and resilience)",
  sources: ["eurlex-gdpr", "rkrattsbaser-arkivlag"],
  remediation: RULE_TEXTS.az06.remediation,
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
