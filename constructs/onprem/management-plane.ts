// The Azure side of Arc-enabled SCVMM: the resource group of the Exchange environment, and what
// onboarding VMM to Arc created outside this stack, looked up, never created (source:
// learn-arc-scvmm-onboarding): the Arc resource bridge, the custom location and the SCVMM
// management server resource. azurerm has no data source for a VMM server (source:
// azurerm-4-55-scvmm-registration), and managing the one onboarding made would need its VMM
// credentials and replace it on any difference (source: azurerm-4-55-scvmm-server), so its id
// comes from the generic azurerm_resources lookup (source: azurerm-4-55-resources-data-source).
// Every SCVMM resource lives in the custom location's region; a plan stops early, naming
// onprem.scvmm.region, when onboarding used another region.
import { Construct } from "constructs";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { DataAzurermExtendedLocationCustomLocation } from "@cdktf/provider-azurerm/lib/data-azurerm-extended-location-custom-location";
import { DataAzurermArcResourceBridgeAppliance } from "@cdktf/provider-azurerm/lib/data-azurerm-arc-resource-bridge-appliance";
import { DataAzurermResources } from "@cdktf/provider-azurerm/lib/data-azurerm-resources";
import { DataAzurermSystemCenterVirtualMachineManagerInventoryItems } from "@cdktf/provider-azurerm/lib/data-azurerm-system-center-virtual-machine-manager-inventory-items";
import { hclString, terraformText } from "../terraform-text";
import { requireMatch, requireNonEmpty } from "./validation";

export type InventoryType = "Cloud" | "VirtualNetwork" | "VirtualMachineTemplate";

/** Azure resource type of the SCVMM management server that onboarding creates. */
export const VMM_SERVER_TYPE = "Microsoft.ScVmm/vmmServers";

export interface ManagementPlaneProps {
  /** Resource group of the Exchange environment, e.g. rg-exempelkommun-exchange-onprem. */
  readonly resourceGroupName: string;
  /** Region of the resource group and of the SCVMM resources: the custom location's region. */
  readonly location: string;
  readonly arcResourceGroup: string;
  readonly resourceBridgeName: string;
  readonly customLocationName: string;
  /** Azure name of the SCVMM management server resource onboarding created. */
  readonly vmmServerName: string;
  readonly tags?: Record<string, string>;
}

export class ManagementPlane extends Construct {
  readonly resourceGroup: ResourceGroup;
  readonly customLocationId: string;
  /** Azure resource id of the VMM server registration. */
  readonly vmmServerId: string;
  readonly location: string;
  private readonly inventories = new Map<InventoryType, DataAzurermSystemCenterVirtualMachineManagerInventoryItems>();

  constructor(scope: Construct, id: string, props: ManagementPlaneProps) {
    super(scope, id);
    requireMatch(this, "resourceGroupName", props.resourceGroupName, /^[-\w.()]{0,89}[-\w()]$/, "a resource group name of 1-90 letters, digits, -, _, ., ( or ), not ending in .");
    requireNonEmpty(this, "customLocationName", props.customLocationName);
    requireNonEmpty(this, "resourceBridgeName", props.resourceBridgeName);
    requireNonEmpty(this, "vmmServerName", props.vmmServerName);
    this.location = props.location;

    this.resourceGroup = new ResourceGroup(this, "resource-group", { name: props.resourceGroupName, location: props.location, tags: props.tags });
    // Referencing the bridge makes a plan fail early, naming it, when onboarding has not happened.
    const bridge = new DataAzurermArcResourceBridgeAppliance(this, "resource-bridge", {
      name: terraformText(props.resourceBridgeName),
      resourceGroupName: terraformText(props.arcResourceGroup),
    });
    const customLocation = new DataAzurermExtendedLocationCustomLocation(this, "custom-location", {
      name: terraformText(props.customLocationName),
      resourceGroupName: terraformText(props.arcResourceGroup),
      dependsOn: [bridge],
      lifecycle: {
        postcondition: [
          {
            condition: `\${replace(lower(self.location), " ", "") == ${hclString(props.location)}}`,
            errorMessage: terraformText(`The custom location ${props.customLocationName} is not in ${props.location}: set onprem.scvmm.region to the region VMM was onboarded in (every SCVMM resource must be there).`),
          },
        ],
      },
    });
    this.customLocationId = customLocation.id;

    const vmmServer = new DataAzurermResources(this, "vmm-server", {
      name: terraformText(props.vmmServerName),
      resourceGroupName: terraformText(props.arcResourceGroup),
      type: VMM_SERVER_TYPE,
      lifecycle: {
        postcondition: [
          {
            condition: "${length(self.resources) == 1}",
            errorMessage: terraformText(`No SCVMM management server ${props.vmmServerName} in ${props.arcResourceGroup}: onboard VMM to Azure Arc first, or set onprem.scvmm.vmmServer to the name onboarding gave it.`),
          },
        ],
      },
    });
    this.vmmServerId = `\${${vmmServer.fqn}.resources[0].id}`;
  }

  /** The inventory item id of a VMM object found by its name in VMM (cloud, VM network, template). */
  inventoryItemId(type: InventoryType, name: string): string {
    requireNonEmpty(this, `${type} name`, name);
    let inventory = this.inventories.get(type);
    if (!inventory) {
      inventory = new DataAzurermSystemCenterVirtualMachineManagerInventoryItems(this, `inventory-${type.toLowerCase()}`, {
        inventoryType: type,
        systemCenterVirtualMachineManagerServerId: this.vmmServerId,
      });
      this.inventories.set(type, inventory);
    }
    // one(): exactly one VMM object of that name must exist, otherwise the plan fails.
    return `\${one([for item in ${inventory.fqn}.inventory_items : item.id if item.name == ${hclString(name)}])}`;
  }
}
