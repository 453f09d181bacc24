import { atOrg, fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { at, block, isUnresolved, ofType } from "../azure/resources";
import { atOnprem, field, onpremDocument, records } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Microsoft's support rules for virtualized Exchange: no dynamic memory, no checkpoints, at
// most 2 vCPU per physical core (1:1 recommended). On Arc-enabled SCVMM that is a fixed
// hardware.memory_in_mb with no dynamic_memory_*, and infrastructure.checkpoint_type
// "Disabled" (sources: learn-exchange-virtualization, azurerm-4-55-scvmm-vm-instance).
const VM_INSTANCE = "azurerm_system_center_virtual_machine_manager_virtual_machine_instance";
const MAX_VCPU_PER_CORE = 2;

export const onp09: Rule = {
  id: "ONP-09",
  title: RULE_TEXTS.onp09.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "Microsoft support policy for Exchange Server virtualization; GDPR art. 32(1)(b) (a supported, resilient platform)",
  sources: ["eurlex-gdpr", "learn-exchange-virtualization"],
  remediation: RULE_TEXTS.onp09.remediation,
  check: ({ documents, resources, org }) => {
    const outcomes: Outcome[] = [];
    const designed = org.onprem.vcpuPerPhysicalCore;
    if (designed > MAX_VCPU_PER_CORE) outcomes.push(fail(say((m) => m.onp09.designRatio(designed, MAX_VCPU_PER_CORE)), atOrg("onprem.vcpuPerPhysicalCore")));

    // What the document says the servers get.
    const read = onpremDocument(documents, (m) => m.onp09.subject);
    if ("missing" in read) outcomes.push(read.missing);
    else {
      if (field(read.document, "virtualization.dynamicMemory") !== false) outcomes.push(fail(say((m) => m.onp09.dynamicMemory), atOnprem("virtualization.dynamicMemory")));
      if (field(read.document, "virtualization.checkpoints") !== false) outcomes.push(fail(say((m) => m.onp09.checkpoints), atOnprem("virtualization.checkpoints")));
      const ratio = field(read.document, "virtualization.vcpuPerPhysicalCore");
      if (typeof ratio !== "number") outcomes.push(undecided(say((m) => m.onp09.noRatio), atOnprem("virtualization.vcpuPerPhysicalCore")));
      else if (ratio > MAX_VCPU_PER_CORE) outcomes.push(fail(say((m) => m.onp09.hostRatio(ratio, MAX_VCPU_PER_CORE)), atOnprem("virtualization.vcpuPerPhysicalCore")));
    }

    // What the stack declares for every VM.
    const vms = ofType(resources, VM_INSTANCE);
    if (org.onprem.platform === "scvmm" && vms.length === 0) {
      outcomes.push(undecided(say((m) => m.onp09.noVms), atOrg("onprem.platform")));
    }
    for (const vm of vms) {
      const hardware = block(vm.values.hardware);
      const memory = hardware?.memory_in_mb;
      if (isUnresolved(memory)) outcomes.push(undecided(say((m) => m.onp09.memoryUnknown(vm.address)), at(vm)));
      else if (typeof memory !== "number") outcomes.push(fail(say((m) => m.onp09.noFixedMemory(vm.address)), at(vm)));
      const dynamic = Object.keys(hardware ?? {}).filter((key) => key.startsWith("dynamic_memory_") && hardware![key] !== null && hardware![key] !== undefined);
      if (dynamic.length) outcomes.push(fail(say((m) => m.onp09.vmDynamicMemory(vm.address, dynamic)), at(vm)));
      const checkpoints = block(vm.values.infrastructure)?.checkpoint_type;
      if (isUnresolved(checkpoints)) outcomes.push(undecided(say((m) => m.onp09.checkpointUnknown(vm.address)), at(vm)));
      else if (checkpoints !== "Disabled") outcomes.push(fail(say((m) => m.onp09.checkpointType(vm.address, JSON.stringify(checkpoints ?? null))), at(vm)));
    }
    if (!("missing" in read)) outcomes.push(...roomRatios(read.document, vms, org.onprem.hosts));
    return outcomes;
  },
};

/**
 * vCPU declared per room (mailbox and Edge servers, by computer name) over the room's physical
 * cores (hosts per room x cores per host, as the organization file describes each server room).
 */
function roomRatios(document: unknown, vms: ReturnType<typeof ofType>, hosts: { perRoom: number; physicalCoresPerHost: number }): Outcome[] {
  const roomOf = new Map<unknown, unknown>(
    [...(records(field(document, "servers.mailbox")) ?? []), ...(records(field(document, "servers.edge")) ?? [])].map((server) => [server.name, server.room]),
  );
  const rooms = new Map<string, { vcpu: number; servers: string[]; unknown: string[] }>();
  for (const vm of vms) {
    const room = roomOf.get(block(vm.values.operating_system)?.computer_name);
    if (typeof room !== "string") continue; // the witness runs in a third failure domain
    const entry = rooms.get(room) ?? { vcpu: 0, servers: [], unknown: [] };
    const cpu = block(vm.values.hardware)?.cpu_count;
    if (typeof cpu === "number") entry.vcpu += cpu;
    else entry.unknown.push(vm.address);
    entry.servers.push(String(block(vm.values.operating_system)?.computer_name));
    rooms.set(room, entry);
  }
  const cores = hosts.perRoom * hosts.physicalCoresPerHost;
  return [...rooms].flatMap(([room, entry]) => {
    if (entry.unknown.length) return [undecided(say((m) => m.onp09.roomUnknown(entry.unknown, room)), atOrg("onprem.hosts"))];
    const ratio = entry.vcpu / cores;
    return ratio > MAX_VCPU_PER_CORE
      ? [fail(say((m) => m.onp09.roomRatio(room, entry.servers, entry.vcpu, cores, Math.round(ratio * 100) / 100, MAX_VCPU_PER_CORE)), atOrg("onprem.hosts"))]
      : [];
  });
}
