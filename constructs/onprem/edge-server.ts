// An Edge Transport server: only on the perimeter network, never a member of the internal
// Active Directory forest, fed by EdgeSync (source: learn-exchange-edge-transport), so it is
// created from its own workgroup template. Its queue database holds mail in transit, so the
// machine is protected from destroy like the other data-bearing servers (AZ-06). Its Arc guest
// agent needs outbound HTTPS from the perimeter to Azure Arc (source: learn-arc-scvmm-support-matrix;
// a prerequisite, DEP-09).
import { Construct } from "constructs";
import type { DeclaredVirtualMachine, VirtualMachinePlatform } from "./platform";
import { requireInteger } from "./validation";

export interface EdgeServerProps {
  readonly platform: VirtualMachinePlatform;
  readonly name: string;
  readonly room: "primary" | "recovery";
  /** Default 4 vCPU. */
  readonly vcpu?: number;
  /** Default 64 GB, the recommended minimum for Edge on 2019/SE (source: learn-exchange-system-requirements). */
  readonly ramGB?: number;
}

export class EdgeServer extends Construct {
  readonly vm: DeclaredVirtualMachine;

  constructor(scope: Construct, id: string, props: EdgeServerProps) {
    super(scope, id);
    const vcpu = props.vcpu ?? 4;
    const ramGB = props.ramGB ?? 64;
    requireInteger(this, "vcpu", vcpu, 2);
    requireInteger(this, "ramGB", ramGB, 4);
    this.vm = props.platform.declareVirtualMachine(this, "vm", {
      name: props.name,
      room: props.room,
      vcpu,
      ramGB,
      dataDisks: [],
      // The perimeter network only: Edge never sits on the client or replication network (ONP-05).
      networks: ["perimeter"],
      // Fixed addresses, from the perimeter VM network's static IP pool: NAT, MX and SPF point at them.
      staticAddresses: true,
      template: "edge",
      availabilitySet: false,
      dataBearing: true,
    });
  }
}
