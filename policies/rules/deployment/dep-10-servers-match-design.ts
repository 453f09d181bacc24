import { say, type Words } from "../../say";
import type { InventoryResource } from "../../../inventory/terraform";
import { onpremTopology, TRANSPORT_LOG_DISK } from "../../../model/exchange-onprem/topology";
import { fail } from "../../outcome";
import { at, block, ofType } from "../azure/resources";
import type { Outcome, Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

const INSTANCE = "azurerm_system_center_virtual_machine_manager_virtual_machine_instance";

/**
 * The servers' vCPU, memory and database disks are set when a server is created: azurerm would
 * replace the VM (deleting it from its host) to change them, so the stack ignores those changes
 * (constructs/onprem/scvmm-platform.ts). In a plan the instances therefore show what is deployed;
 * where that differs from the design, the resize procedure is due.
 */
function differences(instance: InventoryResource, design: { vcpu: number; ramGB: number; disks: { name: string; sizeGB: number; trackingLogs?: boolean }[] }): Words[] {
  const hardware = block(instance.values.hardware) ?? {};
  const out: Words[] = [];
  if (hardware.cpu_count !== design.vcpu) out.push((m) => m.dep10.vcpu(hardware.cpu_count, design.vcpu));
  if (hardware.memory_in_mb !== design.ramGB * 1024) out.push((m) => m.dep10.memory(Math.round(Number(hardware.memory_in_mb) / 1024), design.ramGB));
  const disks = ([instance.values.storage_disk].flat().filter(Boolean) as Record<string, any>[]).map((disk) => ({ name: String(disk.name), sizeGB: Number(disk.disk_size_gb) }));
  for (const disk of design.disks) {
    const deployed = disks.find((candidate) => candidate.name === disk.name);
    if (!deployed) out.push((m) => (disk.trackingLogs ? m.dep10.noTrackingLogDisk(disk.name, disk.sizeGB) : m.dep10.noDisk(disk.name, disk.sizeGB)));
    else if (deployed.sizeGB < disk.sizeGB) out.push((m) => m.dep10.smallDisk(disk.name, deployed.sizeGB, disk.sizeGB));
  }
  return out;
}

export const dep10: Rule = {
  id: "DEP-10",
  title: RULE_TEXTS.dep10.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "azurerm replaces an SCVMM VM instance to change its hardware; Arc-enabled SCVMM resizes a stopped VM and adds disks in place",
  sources: ["azurerm-4-55-scvmm-vm-instance", "learn-arc-scvmm-resize-vm", "learn-exchange-plan-ha"],
  remediation: RULE_TEXTS.dep10.remediation,
  check: ({ org, resources }) => {
    const planned = ofType(resources, INSTANCE).filter((resource) => resource.actions !== undefined);
    if (planned.length === 0) return [];
    const servers = new Map(onpremTopology(org).mailboxServers.map((server) => [server.name, server]));
    const outcomes: Outcome[] = [];
    for (const instance of planned) {
      const name = String(block(instance.values.operating_system)?.computer_name ?? "");
      const server = servers.get(name);
      // Deleted or not yet created instances are other rules' business (AZ-06) or nothing to compare.
      if (!server || instance.actions!.includes("create") || instance.actions!.includes("delete")) continue;
      const copies = server.copies.map((copy) => ({ name: copy.database, sizeGB: copy.diskGB }));
      const trackingLogs = server.transportLogDiskGB ? [{ name: TRANSPORT_LOG_DISK, sizeGB: server.transportLogDiskGB, trackingLogs: true }] : [];
      const design = { vcpu: server.vcpu, ramGB: server.ramGB, disks: [...copies, ...trackingLogs] };
      const found = differences(instance, design);
      if (found.length) outcomes.push(fail(say((m, lang) => m.dep10.differs(name, found.map((words) => words(m, lang)))), at(instance)));
    }
    return outcomes;
  },
};
