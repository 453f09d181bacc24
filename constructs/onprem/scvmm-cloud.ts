// One SCVMM cloud per server room, enabled in Azure (source: learn-arc-scvmm-enable-inventory),
// with an availability set so that the room's Exchange servers land on different hosts. A cloud
// the organization already enabled in Azure is imported (an `import` block) instead of enabled a
// second time, under the name and resource group its id holds, so the import plans no replacement.
import { Construct } from "constructs";
import { SystemCenterVirtualMachineManagerCloud } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-cloud";
import { SystemCenterVirtualMachineManagerAvailabilitySet } from "@cdktf/provider-azurerm/lib/system-center-virtual-machine-manager-availability-set";
import { partsOf } from "../online/azure-subscription";
import type { ManagementPlane } from "./management-plane";
import { requireMatch, requireNonEmpty } from "./validation";

export interface ScvmmCloudProps {
  readonly plane: ManagementPlane;
  /** Name of the cloud in VMM. */
  readonly vmmCloudName: string;
  /** Azure resource name of the cloud, e.g. scvmm-cloud-primary. */
  readonly name: string;
  /** Azure resource id of the cloud when it is already enabled in Azure: imported, not created. */
  readonly importId?: string;
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
    // The provider accepts 1-54 characters for SCVMM names (test/conformance/azurerm-rules.ts).
    requireMatch(this, "name", props.name, /^[a-zA-Z0-9]([-.a-zA-Z0-9]{0,43}[a-zA-Z0-9])?$/, "an Azure resource name of 1-45 letters, digits, - or . (the availability set adds -exchange)");
    const { plane } = props;
    const existing = props.importId ? partsOf(props.importId) : undefined;
    this.cloud = new SystemCenterVirtualMachineManagerCloud(this, "cloud", {
      name: existing?.name ?? props.name,
      resourceGroupName: existing?.resourceGroup ?? plane.resourceGroup.name,
      location: plane.location,
      customLocationId: plane.customLocationId,
      systemCenterVirtualMachineManagerServerInventoryItemId: plane.inventoryItemId("Cloud", props.vmmCloudName),
      tags: props.tags,
    });
    if (props.importId) this.cloud.importFrom(props.importId);
    if (props.availabilitySet ?? true) {
      this.availabilitySet = new SystemCenterVirtualMachineManagerAvailabilitySet(this, "availability-set", {
        name: `${props.name}-exchange`,
        resourceGroupName: plane.resourceGroup.name,
        location: plane.location,
        customLocationId: plane.customLocationId,
        systemCenterVirtualMachineManagerServerId: plane.vmmServerId,
        tags: props.tags,
      });
    }
  }
}
