// One SCVMM cloud per server room, projected into Azure, with an availability set so that the
// room's Exchange servers land on different hosts. azurerm `system_center_virtual_machine_manager_cloud`
// and `..._availability_set` (../shared/reference/onprem-exchange.md §5).
import { Construct } from "constructs";
import { SystemCenterVirtualMachineManagerCloud } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-cloud";
import { SystemCenterVirtualMachineManagerAvailabilitySet } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-availability-set";
import type { ManagementPlane } from "./management-plane";
import { requireMatch, requireNonEmpty } from "./validation";

export interface ScvmmCloudProps {
  readonly plane: ManagementPlane;
  /** Name of the cloud in VMM. */
  readonly vmmCloudName: string;
  /** Azure resource name of the cloud, e.g. scvmm-cloud-primary. */
  readonly name: string;
  /** Create an availability set for the room's Exchange servers. Default true. */
  readonly availabilitySet?: boolean;
  readonly tags?: Record<string, string>;
}

export class ScvmmCloud extends Construct {
  readonly cloud: SystemCenterVirtualMachineManagerCloud;
  readonly availabilitySet?: SystemCenterVirtualMachineManagerAvailabilitySet;

  constructor(scope: Construct, id: string, props: ScvmmCloudProps) {
    super(scope, id);
    requireNonEmpty(this, "vmmCloudName", props.vmmCloudName);
    requireMatch(this, "name", props.name, /^[a-zA-Z0-9][-a-zA-Z0-9_.]{0,62}$/, "an Azure resource name of 1-63 letters, digits, -, _ or .");
    const { plane } = props;
    this.cloud = new SystemCenterVirtualMachineManagerCloud(this, "cloud", {
      name: props.name,
      resourceGroupName: plane.resourceGroup.name,
      location: plane.location,
      customLocationId: plane.customLocationId,
      systemCenterVirtualMachineManagerServerInventoryItemId: plane.inventoryItemId("Cloud", props.vmmCloudName),
      tags: props.tags,
    });
    if (props.availabilitySet ?? true) {
      this.availabilitySet = new SystemCenterVirtualMachineManagerAvailabilitySet(this, "availability-set", {
        name: `${props.name}-exchange`,
        resourceGroupName: plane.resourceGroup.name,
        location: plane.location,
        customLocationId: plane.customLocationId,
        systemCenterVirtualMachineManagerServerId: plane.vmmServer.id,
        tags: props.tags,
      });
    }
  }
}
