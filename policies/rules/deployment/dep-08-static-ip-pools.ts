import { prerequisite } from "./prerequisite";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const dep08 = prerequisite({
  id: "DEP-08",
  title: RULE_TEXTS.dep08.title,
  appliesTo: "onprem",
  fact: "staticIpPools",
  basis: "Exchange DAG members need fixed MAPI addresses; azurerm gives SCVMM VMs a static address only from the VM network's VMM static IP pool",
  sources: ["learn-exchange-plan-ha", "azurerm-4-55-scvmm-vm-instance"],
  remediation: RULE_TEXTS.dep08.remediation,
  needed: () => (m) => m.dep08.needed,
});
