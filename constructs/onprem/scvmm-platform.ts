// VirtualMachinePlatform for Azure Arc-enabled System Center VMM. Each VM is an Arc machine
// of kind SCVMM with a `..._virtual_machine_instance` scoped to it, and a guest agent so Arc
// extensions can run in it. Exchange's virtualization support rules are built in
// (../shared/reference/onprem-exchange.md §2 "Virtualization support rules" and §5 "Exchange
// mapping"): fixed memory (no dynamic_memory_*), checkpoint_type Disabled, fixed VHDX on SCSI,
// at most 2 vCPU per physical core of the host.
import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { ArcMachine } from "@cdktf/provider-azurerm/lib/arc-machine";
import { SystemCenterVirtualMachineManagerVirtualMachineInstance } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-virtual-machine-instance";
import { SystemCenterVirtualMachineManagerVirtualMachineInstanceGuestAgent } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-virtual-machine-instance-guest-agent";
import { SystemCenterVirtualMachineManagerVirtualNetwork } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-virtual-network";
import { SystemCenterVirtualMachineManagerVirtualMachineTemplate } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-virtual-machine-template";
import type { ManagementPlane } from "./management-plane";
import type { DeclaredVirtualMachine, PlatformNetwork, PlatformRoom, VirtualMachinePlatform, VirtualMachineSpec } from "./platform";
import type { ScvmmCloud } from "./scvmm-cloud";
import { ConstructPropsError, requireInteger, requireMatch } from "./validation";

/** Supported vCPU per physical core for Exchange (S17). */
export const MAX_SUPPORTED_VCPU_PER_CORE = 2;

export interface ScvmmPlatformProps {
  readonly plane: ManagementPlane;
  readonly clouds: Partial<Record<PlatformRoom, ScvmmCloud>>;
  /** VM network names in VMM per role. */
  readonly vmmNetworks: Record<PlatformNetwork, string>;
  /** VMM template the VMs are created from (Windows Server with the system disk). */
  readonly vmmTemplateName: string;
  readonly physicalCoresPerHost: number;
  readonly ramGBPerHost: number;
  readonly tags?: Record<string, string>;
}

export class ScvmmPlatform extends Construct implements VirtualMachinePlatform {
  readonly kind = "scvmm" as const;
  readonly rooms: readonly PlatformRoom[];
  private readonly networks = new Map<PlatformNetwork, SystemCenterVirtualMachineManagerVirtualNetwork>();
  private readonly template: SystemCenterVirtualMachineManagerVirtualMachineTemplate;
  private readonly adminUsername: TerraformVariable;
  private readonly adminPassword: TerraformVariable;

  constructor(scope: Construct, id: string, private readonly props: ScvmmPlatformProps) {
    super(scope, id);
    requireInteger(this, "physicalCoresPerHost", props.physicalCoresPerHost, 1);
    requireInteger(this, "ramGBPerHost", props.ramGBPerHost, 1);
    this.rooms = (Object.keys(props.clouds) as PlatformRoom[]).sort();
    const { plane } = props;
    const common = { resourceGroupName: plane.resourceGroup.name, location: plane.location, customLocationId: plane.customLocationId, tags: props.tags };
    for (const role of ["client", "replication", "perimeter"] as const) {
      this.networks.set(
        role,
        new SystemCenterVirtualMachineManagerVirtualNetwork(this, `network-${role}`, {
          name: `scvmm-vnet-${role}`,
          systemCenterVirtualMachineManagerServerInventoryItemId: plane.inventoryItemId("VirtualNetwork", props.vmmNetworks[role]),
          ...common,
        }),
      );
    }
    this.template = new SystemCenterVirtualMachineManagerVirtualMachineTemplate(this, "template", {
      name: "scvmm-template-exchange",
      systemCenterVirtualMachineManagerServerInventoryItemId: plane.inventoryItemId("VirtualMachineTemplate", props.vmmTemplateName),
      ...common,
    });
    // Local administrator of the guests: a variable, never a literal (AZ-07).
    this.adminUsername = new TerraformVariable(this, "vm-admin-username", {
      type: "string",
      default: "Administrator",
      description: "Local administrator of the Exchange VMs (guest agent installation)",
    });
    this.adminPassword = new TerraformVariable(this, "vm-admin-password", {
      type: "string",
      sensitive: true,
      description: "Local administrator password of the Exchange VMs",
    });
  }

  declareVirtualMachine(scope: Construct, id: string, spec: VirtualMachineSpec): DeclaredVirtualMachine {
    const where = new Construct(scope, id);
    requireMatch(where, "name", spec.name, /^[A-Za-z][A-Za-z0-9-]{0,14}$/, "a computer name of at most 15 letters, digits or -, starting with a letter");
    requireInteger(where, "vcpu", spec.vcpu, 1, Math.min(64, this.props.physicalCoresPerHost * MAX_SUPPORTED_VCPU_PER_CORE));
    requireInteger(where, "ramGB", spec.ramGB, 1, this.props.ramGBPerHost);
    const cloud = this.props.clouds[spec.room];
    if (!cloud) throw new ConstructPropsError(where, "room", spec.room, `one of the rooms with an SCVMM cloud: ${this.rooms.join(", ")}`);
    if (spec.networks.length === 0) throw new ConstructPropsError(where, "networks", spec.networks, "at least one network");
    spec.dataDisks.forEach((disk, i) => requireInteger(where, `dataDisks[${i}].sizeGB`, disk.sizeGB, 1, 65536));
    const lifecycle = spec.dataBearing ? { preventDestroy: true } : undefined;
    const { plane } = this.props;

    const machine = new ArcMachine(where, "arc-machine", {
      name: spec.name.toLowerCase(),
      resourceGroupName: plane.resourceGroup.name,
      location: plane.location,
      kind: "SCVMM",
      identity: { type: "SystemAssigned" },
      tags: this.props.tags,
      lifecycle,
    });
    const instance = new SystemCenterVirtualMachineManagerVirtualMachineInstance(where, "instance", {
      scopedResourceId: machine.id,
      customLocationId: plane.customLocationId,
      infrastructure: {
        systemCenterVirtualMachineManagerCloudId: cloud.cloud.id,
        systemCenterVirtualMachineManagerTemplateId: this.template.id,
        // No checkpoints: Exchange does not support snapshots or checkpoints (S17).
        checkpointType: "Disabled",
      },
      // Fixed memory: dynamic_memory_* stays unset, so the VM never has dynamic memory (S17).
      hardware: { cpuCount: spec.vcpu, memoryInMb: spec.ramGB * 1024, limitCpuForMigrationEnabled: false },
      operatingSystem: { computerName: spec.name, adminPassword: this.adminPassword.stringValue },
      networkInterface: spec.networks.map((network) => ({
        name: `nic-${network}`,
        virtualNetworkId: this.networks.get(network)!.id,
        ipv4AddressType: "Dynamic",
        macAddressType: "Dynamic",
      })),
      // Block-level, fixed-size VHDX on SCSI (S17; §5 "Exchange mapping").
      storageDisk: spec.dataDisks.map((disk, lun) => ({ name: disk.name, diskSizeGb: disk.sizeGB, busType: "SCSI", bus: 1, lun, vhdType: "Fixed" })),
      systemCenterVirtualMachineManagerAvailabilitySetIds:
        spec.availabilitySet && cloud.availabilitySet ? [cloud.availabilitySet.id] : undefined,
      lifecycle,
    });
    const guestAgent = new SystemCenterVirtualMachineManagerVirtualMachineInstanceGuestAgent(where, "guest-agent", {
      scopedResourceId: machine.id,
      username: this.adminUsername.stringValue,
      password: this.adminPassword.stringValue,
      provisioningAction: "install",
      dependsOn: [instance],
    });
    return { name: spec.name, room: spec.room, machineId: machine.id, principalId: machine.identity.principalId, location: plane.location, readyForExtensions: guestAgent };
  }
}
