// Whether a room's virtual machines fit on its hosts: each host offers its physical cores
// times the design's vCPU per core, less the 2 virtual processors the host itself counts as
// (source: learn-exchange-virtualization), and its memory.
import { V } from "./constants";

export interface HostShape {
  hosts: number;
  physicalCoresPerHost: number;
  ramGBPerHost: number;
  vcpuPerPhysicalCore: number;
}

export interface VmShape {
  vcpu: number;
  ramGB: number;
}

export function vcpuPerHost(shape: HostShape): number {
  return shape.physicalCoresPerHost * shape.vcpuPerPhysicalCore - V.hostReservedVcpu;
}

/** First-fit decreasing over vCPU and memory: true when every VM finds a host. */
export function vmsFitOnHosts(vms: VmShape[], shape: HostShape): boolean {
  const free = Array.from({ length: shape.hosts }, () => ({ vcpu: vcpuPerHost(shape), ramGB: shape.ramGBPerHost }));
  const sorted = [...vms].sort((a, b) => b.ramGB - a.ramGB || b.vcpu - a.vcpu);
  for (const vm of sorted) {
    const host = free.find((h) => h.vcpu >= vm.vcpu && h.ramGB >= vm.ramGB);
    if (!host) return false;
    host.vcpu -= vm.vcpu;
    host.ramGB -= vm.ramGB;
  }
  return true;
}

/** The fewest hosts of this shape that hold the VMs, or undefined when one VM is larger than a host. */
export function hostsNeeded(vms: VmShape[], shape: HostShape): number | undefined {
  const oneHost = { ...shape, hosts: 1 };
  if (vms.some((vm) => !vmsFitOnHosts([vm], oneHost))) return undefined;
  for (let hosts = 1; hosts <= vms.length; hosts++) if (vmsFitOnHosts(vms, { ...shape, hosts })) return hosts;
  return vms.length;
}
