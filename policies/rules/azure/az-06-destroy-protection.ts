import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, planDeletes, planReplaces } from "./resources";
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

/** Not data, but the service stops without them: the DAG's witness, the tables that keep audit data longer. */
export const PROTECTED_TYPES = [...DATA_BEARING_TYPES, "azurerm_windows_virtual_machine", "azurerm_log_analytics_workspace_table"];

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
      .filter((r) => PROTECTED_TYPES.includes(r.type))
      .flatMap((r) => {
        if (r.actions) {
          if (!planDeletes(r)) return [];
          if (!DATA_BEARING_TYPES.includes(r.type)) return [fail(say((m) => (planReplaces(r) ? m.az06.planReplacesProtected(r.address) : m.az06.planDeletesProtected(r.address))), at(r))];
          return [fail(say((m) => (planReplaces(r) ? m.az06.planReplaces(r.address) : m.az06.planDeletes(r.address))), at(r))];
        }
        if (!DATA_BEARING_TYPES.includes(r.type)) return [];
        return r.preventDestroy ? [] : [fail(say((m) => m.az06.noPreventDestroy(r.address)), at(r))];
      }),
};
