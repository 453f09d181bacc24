// The DAG's file-share witness in a third failure domain (source: learn-exchange-preferred-architecture;
// ONP-02): a small VM in a third room (through the platform), or an Azure VM in an allowed region
// when there is no third room. Cloud Witness is not supported for Exchange; an Azure VM
// file-share witness is, reached from both rooms over a VPN (source: learn-exchange-azure-witness).
// The witness has a static address from the address plan. The Azure witness's network is either
// peered with a hub whose gateway reaches both rooms (declared here, from the organization file),
// or its path to the rooms is a prerequisite that `check` asks to be recorded (DEP-05).
import { Construct } from "constructs";
import type { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { VirtualNetworkPeering } from "@cdktf/provider-azurerm/lib/virtual-network-peering";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { RouteTable } from "@cdktf/provider-azurerm/lib/route-table";
import { SubnetRouteTableAssociation } from "@cdktf/provider-azurerm/lib/subnet-route-table-association";
import { NetworkInterface } from "@cdktf/provider-azurerm/lib/network-interface";
import { WindowsVirtualMachine } from "@cdktf/provider-azurerm/lib/windows-virtual-machine";
import { partsOf } from "../online/azure-subscription";
import type { AdministratorPasswords, DeclaredVirtualMachine, VirtualMachinePlatform } from "./platform";
import { ConstructPropsError, requireInteger, requireMatch } from "./validation";

export interface HubConnectivity {
  /** The hub network whose VPN or ExpressRoute gateway reaches both server rooms. */
  readonly hubVirtualNetworkId: string;
  /** Provider of the hub's subscription (the hub side of the peering is declared there). */
  readonly hubProvider: AzurermProvider;
  /** The hub firewall's private address: the witness network's default route (monitoring agent). */
  readonly firewallAddress?: string;
}

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
      /** The witness's static address in that network (address plan). */
      readonly address: string;
      readonly connectivity?: HubConnectivity;
      /** Where the witness's generated local administrator password is kept. */
      readonly passwords: AdministratorPasswords;
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
    requireMatch(this, "name", props.name, /^[A-Za-z][A-Za-z0-9]{0,14}$/, "a computer name of at most 15 letters or digits");
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
        staticAddresses: true,
        template: "servers",
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
    if (props.connectivity) this.peerWithHub(props.connectivity, network, subnet, props);
    // No public IP: the DAG members reach the witness through the hub's gateway (or the VPN the organization records).
    const nic = new NetworkInterface(this, "nic", {
      name: `nic-${props.name.toLowerCase()}`,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      ipConfiguration: [{ name: "internal", subnetId: subnet.id, privateIpAddressAllocation: "Static", privateIpAddress: props.address }],
      tags: props.tags,
    });
    const adminUsername = "witnessadmin";
    this.azureVm = new WindowsVirtualMachine(this, "vm", {
      name: props.name.toLowerCase(),
      computerName: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      size: props.size ?? "Standard_B2ms",
      adminUsername,
      adminPassword: props.passwords.passwordFor(this, props.name, adminUsername),
      networkInterfaceIds: [nic.id],
      osDisk: { caching: "ReadWrite", storageAccountType: "Premium_LRS" },
      sourceImageReference: { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2025-datacenter-azure-edition", version: "latest" },
      identity: { type: "SystemAssigned" },
      // Needs the subscription feature Microsoft.Compute/EncryptionAtHost (source: learn-encryption-at-host; DEP-03).
      encryptionAtHostEnabled: true,
      secureBootEnabled: true,
      vtpmEnabled: true,
      // A hotpatch image must be patched by the platform (source: azurerm-4-55-windows-virtual-machine).
      patchMode: "AutomaticByPlatform",
      tags: props.tags,
      // The witness share decides quorum (AZ-06). admin_password forces a new VM, so a new or
      // rotated password must not replace it: the password is only used when the VM is created.
      lifecycle: { preventDestroy: true, ignoreChanges: ["admin_password"] },
    });
  }

  /**
   * Both sides of a peering with the hub (source: azurerm-4-55-virtual-network-peering): the hub
   * lends its gateway (allow_gateway_transit), the witness network uses it (use_remote_gateways),
   * so the routes to both rooms reach the witness; with a firewall address, the witness network's
   * default route goes through the hub firewall, so the monitoring agent reaches Azure Monitor.
   */
  private peerWithHub(hub: HubConnectivity, network: VirtualNetwork, subnet: Subnet, props: { resourceGroupName: string; location: string; tags?: Record<string, string> }): void {
    const hubParts = partsOf(hub.hubVirtualNetworkId);
    const hubSide = new VirtualNetworkPeering(this, "peering-hub", {
      provider: hub.hubProvider,
      name: "peer-hub-to-dag-witness",
      resourceGroupName: hubParts.resourceGroup,
      virtualNetworkName: hubParts.name,
      remoteVirtualNetworkId: network.id,
      allowVirtualNetworkAccess: true,
      allowForwardedTraffic: true,
      allowGatewayTransit: true,
    });
    new VirtualNetworkPeering(this, "peering-witness", {
      name: "peer-dag-witness-to-hub",
      resourceGroupName: props.resourceGroupName,
      virtualNetworkName: network.name,
      remoteVirtualNetworkId: hub.hubVirtualNetworkId,
      allowVirtualNetworkAccess: true,
      allowForwardedTraffic: true,
      useRemoteGateways: true,
      dependsOn: [hubSide],
    });
    if (hub.firewallAddress === undefined) return;
    const routes = new RouteTable(this, "routes", {
      name: "rt-dag-witness",
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      route: [{ name: "default-via-hub-firewall", addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance", nextHopInIpAddress: hub.firewallAddress }],
      tags: props.tags,
    });
    new SubnetRouteTableAssociation(this, "routes-association", { subnetId: subnet.id, routeTableId: routes.id });
  }
}
