// The one seam between the on-prem stack and the virtualization platform. Everything that
// declares a virtual machine on the municipality's hosts goes through this interface, so a
// second platform (Azure Local) is one new implementation, not a new stack. Only Azure
// Arc-enabled SCVMM is implemented (scvmm-platform.ts).
import type { ITerraformDependable } from "cdktf";
import type { Construct } from "constructs";

export type PlatformRoom = "primary" | "recovery" | "witness";
export type PlatformNetwork = "client" | "replication" | "perimeter";
/** Which VM template a server is created from: domain members, or the workgroup Edge servers. */
export type PlatformTemplate = "servers" | "edge";

export interface VirtualMachineDisk {
  /** Stable name, e.g. the database the disk holds. */
  readonly name: string;
  readonly sizeGB: number;
}

export interface VirtualMachineSpec {
  /** Computer name (NetBIOS, at most 15 characters). */
  readonly name: string;
  readonly room: PlatformRoom;
  readonly vcpu: number;
  /** Fixed memory: Exchange is not supported with dynamic memory (source: learn-exchange-virtualization). */
  readonly ramGB: number;
  /** Data disks beyond the template's system disk. */
  readonly dataDisks: readonly VirtualMachineDisk[];
  /** Networks in order; the first is the primary interface. */
  readonly networks: readonly PlatformNetwork[];
  /** Static addresses (from the address plan) instead of DHCP. */
  readonly staticAddresses: boolean;
  readonly template: PlatformTemplate;
  /** Place the VM in the room's availability set (anti-affinity across hosts). */
  readonly availabilitySet: boolean;
  /** Data-bearing: the machine and its disks get prevent_destroy (AZ-06). */
  readonly dataBearing: boolean;
}

export interface DeclaredVirtualMachine {
  readonly name: string;
  readonly room: PlatformRoom;
  /** Azure resource id of the Arc machine that represents the VM (extensions attach here). */
  readonly machineId: string;
  /** Principal id of the machine's system-assigned identity (for role assignments). */
  readonly principalId: string;
  /** Location of the Arc machine (the management region). */
  readonly location: string;
  /** The resource that must exist before extensions can be installed (the guest agent). */
  readonly readyForExtensions: ITerraformDependable;
}

export interface VirtualMachinePlatform {
  readonly kind: "scvmm" | "azure-local";
  /** Rooms the platform can place VMs in (the witness room only when a third room is configured). */
  readonly rooms: readonly PlatformRoom[];
  declareVirtualMachine(scope: Construct, id: string, spec: VirtualMachineSpec): DeclaredVirtualMachine;
}

/** Generates a server's local administrator password and keeps it (AdministratorVault). */
export interface AdministratorPasswords {
  /** The reference to the password of `server`'s local account `userName`, created in `scope`. */
  passwordFor(scope: Construct, server: string, userName: string): string;
}
