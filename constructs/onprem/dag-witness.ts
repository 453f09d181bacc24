// The DAG's file-share witness in a third failure domain: a small VM in a third room (through
// the platform), or an Azure VM in an allowed region when there is no third room. Cloud Witness
// is not supported for Exchange; an Azure VM file-share witness is, reached from both rooms
// over a site-to-site VPN (../shared/reference/onprem-exchange.md §2 "Witness"; ONP-02).
import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { NetworkInterface } from "@cdktf/provider-azurerm/lib/network-interface";
import { WindowsVirtualMachine } from "@cdktf/provider-azurerm/lib/windows-virtual-machine";
import type { DeclaredVirtualMachine, VirtualMachinePlatform } from "./platform";
import { ConstructPropsError, requireInteger, requireMatch } from "./validation";

export type DagWitnessProps =
  | {
      readonly kind: "third-room";
      readonly platform: VirtualMachinePlatform;
      readonly name: string;
      readonly vcpu: number;
      readonly ramGB: number;
    }
  | {
      readonly kind: "azure-vm";
      readonly name: string;
      readonly location: string;
      readonly resourceGroupName: string;
      /** Address space of the witness network, e.g. 10.30.0.0/24. */
      readonly addressSpace: string;
      /** Default Standard_B2ms (2 vCPU, 8 GiB: the sizing's witness). */
      readonly size?: string;
      readonly tags?: Record<string, string>;
    };

export class DagWitness extends Construct {
  /** The witness VM when it runs on the platform (third room). */
  readonly platformVm?: DeclaredVirtualMachine;
  /** The witness VM when it runs in Azure. */
  readonly azureVm?: WindowsVirtualMachine;
  readonly failureDomain: "third-room" | "azure";

  constructor(scope: Construct, id: string, props: DagWitnessProps) {
    super(scope, id);
    requireMatch(this, "name", props.name, /^[A-Za-z][A-Za-z0-9-]{0,14}$/, "a computer name of at most 15 characters");
    if (props.kind === "third-room") {
      this.failureDomain = "third-room";
      if (!props.platform.rooms.includes("witness")) {
        throw new ConstructPropsError(this, "platform.rooms", props.platform.rooms, "a platform with a witness room (a third SCVMM cloud)");
      }
      requireInteger(this, "vcpu", props.vcpu, 1);
      requireInteger(this, "ramGB", props.ramGB, 2);
      this.platformVm = props.platform.declareVirtualMachine(this, "vm", {
        name: props.name,
        room: "witness",
        vcpu: props.vcpu,
        ramGB: props.ramGB,
        dataDisks: [],
        networks: ["client"],
        availabilitySet: false,
        // The witness share decides quorum; removing it must be a deliberate change (AZ-06).
        dataBearing: true,
      });
      return;
    }
    this.failureDomain = "azure";
    requireMatch(this, "addressSpace", props.addressSpace, /^\d{1,3}(\.\d{1,3}){3}\/(1[6-9]|2[0-8])$/, "an IPv4 network from /16 to /28");
    const network = new VirtualNetwork(this, "network", {
      name: "vnet-dag-witness",
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      addressSpace: [props.addressSpace],
      tags: props.tags,
    });
    const subnet = new Subnet(this, "subnet", {
      name: "snet-dag-witness",
      resourceGroupName: props.resourceGroupName,
      virtualNetworkName: network.name,
      addressPrefixes: [props.addressSpace],
      defaultOutboundAccessEnabled: false,
    });
    // No public IP: the DAG members reach the witness over the site-to-site VPN only.
    const nic = new NetworkInterface(this, "nic", {
      name: `nic-${props.name.toLowerCase()}`,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      ipConfiguration: [{ name: "internal", subnetId: subnet.id, privateIpAddressAllocation: "Dynamic" }],
      tags: props.tags,
    });
    const password = new TerraformVariable(this, "admin-password", {
      type: "string",
      sensitive: true,
      description: "Local administrator password of the DAG witness VM in Azure",
    });
    this.azureVm = new WindowsVirtualMachine(this, "vm", {
      name: props.name.toLowerCase(),
      computerName: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      size: props.size ?? "Standard_B2ms",
      adminUsername: "witnessadmin",
      adminPassword: password.stringValue,
      networkInterfaceIds: [nic.id],
      osDisk: { caching: "ReadWrite", storageAccountType: "Premium_LRS" },
      sourceImageReference: { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2025-datacenter-azure-edition", version: "latest" },
      identity: { type: "SystemAssigned" },
      encryptionAtHostEnabled: true,
      secureBootEnabled: true,
      vtpmEnabled: true,
      patchMode: "AutomaticByPlatform",
      tags: props.tags,
    });
  }
}
