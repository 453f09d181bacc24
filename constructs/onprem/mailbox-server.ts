// An Exchange Server SE Mailbox server VM: the client network, and a replication network where
// the rooms do not share one, with static addresses
// (address-plan.ts), one fixed data disk per database copy it holds, in its room's availability
// set, created from the domain-joined template, protected from destroy (it holds mailbox data,
// AZ-06). At most 256 GB of memory per server (source: learn-exchange-system-requirements).
import { Construct } from "constructs";
import type { DeclaredVirtualMachine, VirtualMachineDisk, VirtualMachinePlatform } from "./platform";
import { ConstructPropsError, requireInteger } from "./validation";
import { TRANSPORT_LOG_DISK } from "../../model/exchange-onprem/topology";

/** Exchange 2019/SE maximum memory per server (source: learn-exchange-system-requirements). */
export const MAX_MAILBOX_RAM_GB = 256;

export interface MailboxServerProps {
  readonly platform: VirtualMachinePlatform;
  readonly name: string;
  readonly room: "primary" | "recovery";
  readonly vcpu: number;
  readonly ramGB: number;
  /** One disk per database copy on this server (named after the database). */
  readonly databaseDisks: readonly VirtualMachineDisk[];
  /** The disk of the message tracking logs, when a decision on logs keeps them longer than the system disk holds; 0 or absent: none. */
  readonly transportLogDiskGB?: number;
  /** A second adapter on the replication network (default true). */
  readonly replicationNetwork?: boolean;
}

export class MailboxServer extends Construct {
  readonly vm: DeclaredVirtualMachine;

  constructor(scope: Construct, id: string, props: MailboxServerProps) {
    super(scope, id);
    requireInteger(this, "vcpu", props.vcpu, 2);
    requireInteger(this, "ramGB", props.ramGB, 8, MAX_MAILBOX_RAM_GB);
    if (props.databaseDisks.length === 0) {
      throw new ConstructPropsError(this, "databaseDisks", [], "at least one database copy disk: a mailbox server without a database copy is not a DAG member worth running");
    }
    this.vm = props.platform.declareVirtualMachine(this, "vm", {
      name: props.name,
      room: props.room,
      vcpu: props.vcpu,
      ramGB: props.ramGB,
      dataDisks: props.transportLogDiskGB ? [...props.databaseDisks, { name: TRANSPORT_LOG_DISK, sizeGB: props.transportLogDiskGB }] : props.databaseDisks,
      networks: props.replicationNetwork === false ? ["client"] : ["client", "replication"],
      staticAddresses: true,
      template: "servers",
      availabilitySet: true,
      dataBearing: true,
    });
  }
}
