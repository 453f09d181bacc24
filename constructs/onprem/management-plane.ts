// The Azure side of Arc-enabled SCVMM: the resource group of the Exchange environment, the
// existing Arc resource bridge and custom location (created when SCVMM is onboarded to Arc,
// outside this stack), the VMM server registration, and name lookups in the VMM inventory.
// azurerm targets and required arguments: ../shared/reference/onprem-exchange.md §5.
import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { DataAzurermExtendedLocationCustomLocation } from "@cdktf/provider-azurerm/lib/data-azurerm-extended-location-custom-location";
import { DataAzurermArcResourceBridgeAppliance } from "@cdktf/provider-azurerm/lib/data-azurerm-arc-resource-bridge-appliance";
import { SystemCenterVirtualMachineManagerServer } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-server";
import { DataAzurermSystemCenterVirtualMachineManagerInventoryItems } from "@cdktf/provider-azurerm/lib/data-azurerm-system-center-virtual-machine-manager-inventory-items";
import { hclString, requireInteger, requireMatch, requireNonEmpty } from "./validation";

export type InventoryType = "Cloud" | "VirtualNetwork" | "VirtualMachineTemplate";

export interface ManagementPlaneProps {
  /** Resource group of the Exchange environment, e.g. rg-exempelkommun-exchange-onprem. */
  readonly resourceGroupName: string;
  /** Azure region of the management resources; must be an allowed region (checked by the stack). */
  readonly location: string;
  readonly vmmServerName: string;
  readonly vmmFqdn: string;
  /** Default 8100, the VMM service port. */
  readonly vmmPort?: number;
  readonly arcResourceGroup: string;
  readonly resourceBridgeName: string;
  readonly customLocationName: string;
  readonly tags?: Record<string, string>;
}

export class ManagementPlane extends Construct {
  readonly resourceGroup: ResourceGroup;
  readonly customLocationId: string;
  readonly vmmServer: SystemCenterVirtualMachineManagerServer;
  readonly location: string;
  private readonly inventories = new Map<InventoryType, DataAzurermSystemCenterVirtualMachineManagerInventoryItems>();

  constructor(scope: Construct, id: string, props: ManagementPlaneProps) {
    super(scope, id);
    requireMatch(this, "resourceGroupName", props.resourceGroupName, /^[-\w.()]{1,90}$/, "a resource group name of 1-90 letters, digits, -, _, ., ( or )");
    requireMatch(this, "vmmFqdn", props.vmmFqdn, /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, "a fully qualified host name such as vmm01.example.se");
    requireNonEmpty(this, "customLocationName", props.customLocationName);
    requireNonEmpty(this, "resourceBridgeName", props.resourceBridgeName);
    requireInteger(this, "vmmPort", props.vmmPort ?? 8100, 1, 65535);
    this.location = props.location;

    this.resourceGroup = new ResourceGroup(this, "resource-group", { name: props.resourceGroupName, location: props.location, tags: props.tags });
    // The bridge and custom location are prerequisites (SCVMM onboarding to Arc); referencing them
    // makes a plan fail early when they are missing.
    const bridge = new DataAzurermArcResourceBridgeAppliance(this, "resource-bridge", {
      name: props.resourceBridgeName,
      resourceGroupName: props.arcResourceGroup,
    });
    const customLocation = new DataAzurermExtendedLocationCustomLocation(this, "custom-location", {
      name: props.customLocationName,
      resourceGroupName: props.arcResourceGroup,
      dependsOn: [bridge],
    });
    this.customLocationId = customLocation.id;

    // VMM credentials are Terraform variables, never literals in the generated JSON (AZ-07).
    const username = new TerraformVariable(this, "vmm-username", {
      type: "string",
      description: "Account that registers the VMM server with Azure Arc (DOMAIN\\user)",
    });
    const password = new TerraformVariable(this, "vmm-password", {
      type: "string",
      sensitive: true,
      description: "Password of the VMM registration account",
    });
    this.vmmServer = new SystemCenterVirtualMachineManagerServer(this, "vmm-server", {
      name: props.vmmServerName,
      resourceGroupName: this.resourceGroup.name,
      location: props.location,
      customLocationId: this.customLocationId,
      fqdn: props.vmmFqdn,
      port: props.vmmPort ?? 8100,
      username: username.stringValue,
      password: password.stringValue,
      tags: props.tags,
    });
  }

  /** The inventory item id of a VMM object found by its name in VMM (cloud, VM network, template). */
  inventoryItemId(type: InventoryType, name: string): string {
    requireNonEmpty(this, `${type} name`, name);
    let inventory = this.inventories.get(type);
    if (!inventory) {
      inventory = new DataAzurermSystemCenterVirtualMachineManagerInventoryItems(this, `inventory-${type.toLowerCase()}`, {
        inventoryType: type,
        systemCenterVirtualMachineManagerServerId: this.vmmServer.id,
      });
      this.inventories.set(type, inventory);
    }
    // one(): exactly one VMM object of that name must exist, otherwise the plan fails.
    return `\${one([for item in ${inventory.fqn}.inventory_items : item.id if item.name == ${hclString(name)}])}`;
  }
}
