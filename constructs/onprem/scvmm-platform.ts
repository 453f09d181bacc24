// VirtualMachinePlatform for Azure Arc-enabled System Center VMM. Each VM is an Arc machine
// of kind SCVMM with a `..._virtual_machine_instance` scoped to it, and a guest agent so Arc
// extensions can run in it. Exchange's virtualization support rules are built in (source:
// learn-exchange-virtualization): fixed memory (no dynamic_memory_*), checkpoint_type Disabled,
// fixed VHDX on SCSI, at most 2 vCPU per physical core of the host.
//
// Lifecycle. azurerm forces a new VM instance when `hardware` or `operating_system` changes, and
// deleting an instance deletes the VM from its host (source: azurerm-4-55-scvmm-vm-instance); the
// service also adds the template's own disk to `storage_disk`, so that list always differs
// (source: azurerm-4-55-scvmm-vm-instance-docs). The instances therefore ignore changes to
// storage_disk, hardware and operating_system: vCPU, memory and data disks are set when a server
// is created, and a later change of the design is applied by the documented resize procedure
// (one DAG member at a time, stopped, resized from Azure: source: learn-arc-scvmm-resize-vm),
// which `check --plan` asks for when a deployed server differs from the design (DEP-10). Each
// server's local administrator password is generated into a vault (administrator-vault.ts); a
// changed or rotated password replaces nothing: it is only used when a server is created.
import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { ArcMachine } from "@cdktf/provider-azurerm/lib/arc-machine";
import { SystemCenterVirtualMachineManagerVirtualMachineInstance } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-virtual-machine-instance";
import { SystemCenterVirtualMachineManagerVirtualMachineInstanceGuestAgent } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-virtual-machine-instance-guest-agent";
import { SystemCenterVirtualMachineManagerVirtualNetwork } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-virtual-network";
import { SystemCenterVirtualMachineManagerVirtualMachineTemplate } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-virtual-machine-template";
import { partsOf } from "../online/azure-subscription";
import type { ManagementPlane } from "./management-plane";
import type { DeclaredVirtualMachine, PlatformNetwork, PlatformRoom, PlatformTemplate, VirtualMachinePlatform, VirtualMachineSpec } from "./platform";
import type { AdministratorPasswords } from "./platform";
import type { ScvmmCloud } from "./scvmm-cloud";
import { ConstructPropsError, requireInteger, requireMatch } from "./validation";

/** Supported vCPU per physical core for Exchange (source: learn-exchange-virtualization). */
export const MAX_SUPPORTED_VCPU_PER_CORE = 2;

/** What an SCVMM VM instance never updates in place (see the lifecycle note above). */
export const VM_INSTANCE_IGNORED_CHANGES = ["storage_disk", "hardware", "operating_system"];

export interface ScvmmPlatformProps {
  readonly plane: ManagementPlane;
  readonly clouds: Partial<Record<PlatformRoom, ScvmmCloud>>;
  /** VM network names in VMM per role. */
  readonly vmmNetworks: Record<PlatformNetwork, string>;
  /** VMM templates by use: domain members (Mailbox, third-room witness) and, with Edge, the workgroup template. */
  readonly vmmTemplates: { servers: string; edge?: string };
  /** Azure resource ids of VM networks and templates already enabled in Azure: imported, not created. */
  readonly alreadyEnabled?: { networks?: Partial<Record<PlatformNetwork, string>>; templates?: Partial<Record<PlatformTemplate, string>> };
  readonly physicalCoresPerHost: number;
  readonly ramGBPerHost: number;
  /** Where each server's generated local administrator password is kept. */
  readonly passwords: AdministratorPasswords;
  readonly tags?: Record<string, string>;
}

export class ScvmmPlatform extends Construct implements VirtualMachinePlatform {
  readonly kind = "scvmm" as const;
  readonly rooms: readonly PlatformRoom[];
  private readonly networks = new Map<PlatformNetwork, SystemCenterVirtualMachineManagerVirtualNetwork>();
  private readonly templates = new Map<PlatformTemplate, SystemCenterVirtualMachineManagerVirtualMachineTemplate>();
  private readonly adminUsername: TerraformVariable;

  constructor(scope: Construct, id: string, private readonly props: ScvmmPlatformProps) {
    super(scope, id);
    requireInteger(this, "physicalCoresPerHost", props.physicalCoresPerHost, 1);
    requireInteger(this, "ramGBPerHost", props.ramGBPerHost, 1);
    this.rooms = (Object.keys(props.clouds) as PlatformRoom[]).sort();
    const { plane } = props;
    // Enabled in Azure from the VMM inventory, or imported where the organization already enabled them.
    const enable = <T extends SystemCenterVirtualMachineManagerVirtualNetwork | SystemCenterVirtualMachineManagerVirtualMachineTemplate>(
      make: (config: { name: string; resourceGroupName: string; location: string; customLocationId: string; tags?: Record<string, string> }) => T,
      name: string,
      importId?: string,
    ): T => {
      const existing = importId ? partsOf(importId) : undefined;
      const resource = make({ name: existing?.name ?? name, resourceGroupName: existing?.resourceGroup ?? plane.resourceGroup.name, location: plane.location, customLocationId: plane.customLocationId, tags: props.tags });
      if (importId) resource.importFrom(importId);
      return resource;
    };
    for (const role of ["client", "replication", "perimeter"] as const) {
      const inventoryItem = plane.inventoryItemId("VirtualNetwork", props.vmmNetworks[role]);
      this.networks.set(
        role,
        enable(
          (config) => new SystemCenterVirtualMachineManagerVirtualNetwork(this, `network-${role}`, { ...config, systemCenterVirtualMachineManagerServerInventoryItemId: inventoryItem }),
          `scvmm-vnet-${role}`,
          props.alreadyEnabled?.networks?.[role],
        ),
      );
    }
    const templates = Object.entries(props.vmmTemplates).filter((entry): entry is [PlatformTemplate, string] => entry[1] !== undefined);
    for (const [use, vmmName] of templates) {
      const inventoryItem = plane.inventoryItemId("VirtualMachineTemplate", vmmName);
      this.templates.set(
        use,
        enable(
          (config) =>
            new SystemCenterVirtualMachineManagerVirtualMachineTemplate(this, use === "servers" ? "template" : `template-${use}`, { ...config, systemCenterVirtualMachineManagerServerInventoryItemId: inventoryItem }),
          use === "servers" ? "scvmm-template-exchange" : `scvmm-template-exchange-${use}`,
          props.alreadyEnabled?.templates?.[use],
        ),
      );
    }
    // Local administrator of the guests; its password is generated per server (passwordFor).
    this.adminUsername = new TerraformVariable(this, "vm-admin-username", {
      type: "string",
      default: "Administrator",
      description: "Local administrator of the Exchange VMs (guest agent installation)",
    });
    // A plain name, so TF_VAR_vm_admin_username can be set in any shell.
    this.adminUsername.overrideLogicalId("vm_admin_username");
  }

  declareVirtualMachine(scope: Construct, id: string, spec: VirtualMachineSpec): DeclaredVirtualMachine {
    const where = new Construct(scope, id);
    // The provider takes letters and digits only for an SCVMM computer name; NetBIOS allows 15.
    requireMatch(where, "name", spec.name, /^[A-Za-z][A-Za-z0-9]{0,14}$/, "a computer name of at most 15 letters or digits, starting with a letter");
    requireInteger(where, "vcpu", spec.vcpu, 1, Math.min(64, this.props.physicalCoresPerHost * MAX_SUPPORTED_VCPU_PER_CORE));
    requireInteger(where, "ramGB", spec.ramGB, 1, this.props.ramGBPerHost);
    const cloud = this.props.clouds[spec.room];
    if (!cloud) throw new ConstructPropsError(where, "room", spec.room, `one of the rooms with an SCVMM cloud: ${this.rooms.join(", ")}`);
    if (spec.networks.length === 0) throw new ConstructPropsError(where, "networks", spec.networks, "at least one network");
    const template = this.templates.get(spec.template);
    if (!template) throw new ConstructPropsError(where, "template", spec.template, `one of the VMM templates given: ${[...this.templates.keys()].join(", ")}`);
    spec.dataDisks.forEach((disk, i) => requireInteger(where, `dataDisks[${i}].sizeGB`, disk.sizeGB, 1, 65536));
    const { plane } = this.props;
    const adminPassword = this.props.passwords.passwordFor(where, spec.name, this.adminUsername.stringValue);

    const machine = new ArcMachine(where, "arc-machine", {
      name: spec.name.toLowerCase(),
      resourceGroupName: plane.resourceGroup.name,
      location: plane.location,
      kind: "SCVMM",
      identity: { type: "SystemAssigned" },
      tags: this.props.tags,
      lifecycle: spec.dataBearing ? { preventDestroy: true } : undefined,
    });
    const instance = new SystemCenterVirtualMachineManagerVirtualMachineInstance(where, "instance", {
      scopedResourceId: machine.id,
      customLocationId: plane.customLocationId,
      infrastructure: {
        systemCenterVirtualMachineManagerCloudId: cloud.cloud.id,
        systemCenterVirtualMachineManagerTemplateId: template.id,
        // No checkpoints: Exchange does not support snapshots or checkpoints.
        checkpointType: "Disabled",
      },
      // Fixed memory: dynamic_memory_* stays unset, so the VM never has dynamic memory.
      hardware: { cpuCount: spec.vcpu, memoryInMb: spec.ramGB * 1024, limitCpuForMigrationEnabled: false },
      operatingSystem: { computerName: spec.name, adminPassword },
      networkInterface: spec.networks.map((network) => ({
        name: `nic-${network}`,
        virtualNetworkId: this.networks.get(network)!.id,
        // Static: VMM assigns an address from the VM network's static IP pool and keeps it (address-plan.ts).
        ipv4AddressType: spec.staticAddresses ? "Static" : "Dynamic",
        macAddressType: "Dynamic",
      })),
      // Block-level, fixed-size VHDX on SCSI.
      storageDisk: spec.dataDisks.map((disk, lun) => ({ name: disk.name, diskSizeGb: disk.sizeGB, busType: "SCSI", bus: 1, lun, vhdType: "Fixed" })),
      systemCenterVirtualMachineManagerAvailabilitySetIds:
        spec.availabilitySet && cloud.availabilitySet ? [cloud.availabilitySet.id] : undefined,
      lifecycle: { ...(spec.dataBearing ? { preventDestroy: true } : {}), ignoreChanges: VM_INSTANCE_IGNORED_CHANGES },
    });
    const guestAgent = new SystemCenterVirtualMachineManagerVirtualMachineInstanceGuestAgent(where, "guest-agent", {
      scopedResourceId: machine.id,
      username: this.adminUsername.stringValue,
      password: adminPassword,
      provisioningAction: "install",
      dependsOn: [instance],
      // The credentials only install the agent; rotating them must not reinstall it (both force a new agent).
      lifecycle: { ignoreChanges: ["username", "password"] },
    });
    return { name: spec.name, room: spec.room, machineId: machine.id, principalId: machine.identity.principalId, location: plane.location, readyForExtensions: guestAgent };
  }
}
