import { prerequisite } from "./prerequisite";

export const dep08 = prerequisite({
  id: "DEP-08",
  title: "Each room's VMM static IP pools hold the address plan's ranges",
  appliesTo: "onprem",
  prerequisite: true,
  fact: "staticIpPools",
  basis: "Exchange DAG members need fixed MAPI addresses; azurerm gives SCVMM VMs a static address only from the VM network's VMM static IP pool",
  sources: ["learn-exchange-plan-ha", "azurerm-4-55-scvmm-vm-instance"],
  remediation:
    "In VMM, give each room's client and replication VM network a static IP pool that is exactly the range in the stack's output exchange_address_plan (pools), and record the day in deployment.prerequisites.staticIpPools.",
  needed: () => (m) => m.dep08.needed,
});
