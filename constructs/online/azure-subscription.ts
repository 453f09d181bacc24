// One azurerm provider configuration per subscription, used by both stacks. azurerm 4.x needs a
// subscription id for every plan and apply (source: azurerm-4-55-provider), so every provider
// names one: from the organization file, from the id of a resource the file names (a hub
// network, a subnet), or a Terraform variable; never an invented id. Customer Key needs two
// subscriptions (source: learn-customer-key-set-up), so the online stack's resources name their
// provider explicitly.
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { Construct } from "constructs";
import { InputError } from "../../model/input-error";
import { guidVariable } from "./guid-variable";

export interface AzureSubscriptionProps {
  /** Provider alias, e.g. "primary"; resources reference `azurerm.<alias>`. None: the default provider. */
  readonly alias?: string;
  /** Subscription id from the organization file; undefined means a Terraform variable. */
  readonly subscriptionId?: string;
  /** Name of the Terraform variable used when `subscriptionId` is undefined. */
  readonly variableName: string;
  /** Organization-file field the id comes from, named in the variable's description. */
  readonly field: string;
  /** Resource providers the provider registers beyond its own set (source: azurerm-4-55-resource-providers). */
  readonly resourceProvidersToRegister?: string[];
}

export class AzureSubscription extends Construct {
  readonly provider: AzurermProvider;

  constructor(scope: Construct, id: string, props: AzureSubscriptionProps) {
    super(scope, id);
    if (props.alias !== undefined && !/^[a-z][a-z0-9_]*$/.test(props.alias)) {
      throw new Error(`AzureSubscription ${id}: alias received ${JSON.stringify(props.alias)}; expected lower-case letters, digits and _`);
    }
    const subscriptionId =
      props.subscriptionId ??
      guidVariable(this, props.variableName, `Azure subscription id for the ${props.alias ?? "default"} provider (set ${props.field} in the organization file to fix it at synth)`).stringValue;
    this.provider = new AzurermProvider(this, "Provider", {
      alias: props.alias,
      subscriptionId,
      resourceProvidersToRegister: props.resourceProvidersToRegister,
      // Storage data-plane calls use Entra ID, so shared keys can stay disabled (AZ-07).
      storageUseAzuread: true,
      features: [
        {
          // Never purge what soft delete keeps: keys and vaults are recoverable for 90 days.
          keyVault: [{ purgeSoftDeleteOnDestroy: false, purgeSoftDeletedKeysOnDestroy: false, recoverSoftDeletedKeyVaults: true, recoverSoftDeletedKeys: true }],
          logAnalyticsWorkspace: [{ permanentlyDeleteOnDestroy: false }],
          resourceGroup: [{ preventDeletionIfContainsResources: true }],
          // Storage accounts sit behind default-deny firewalls; with the data plane on, every read
          // also fetches queue and static website properties from the data plane and a runner
          // outside the firewall gets 403 (source: azurerm-4-55-storage-account). We set neither.
          storage: [{ dataPlaneAvailable: false }],
        },
      ],
    });
  }
}

/** The subscription id in an Azure resource id the organization file names (e.g. a hub network). */
export function subscriptionOf(resourceId: string, field: string): string {
  const match = /^\/subscriptions\/([0-9a-fA-F-]{36})\//.exec(resourceId);
  if (!match) throw new InputError(field, JSON.stringify(resourceId), "an Azure resource id starting /subscriptions/<subscription id>/");
  return match[1]!.toLowerCase();
}

/** Resource group and name in an Azure resource id: /subscriptions/s/resourceGroups/<group>/providers/<ns>/<type>/<name>[/<child type>/<child>]. */
export function partsOf(resourceId: string): { resourceGroup: string; name: string; parentName?: string } {
  const segments = resourceId.split("/");
  const group = segments.findIndex((segment) => segment.toLowerCase() === "resourcegroups");
  const providers = segments.findIndex((segment) => segment.toLowerCase() === "providers");
  const names = segments.slice(providers + 2).filter((_, i) => i % 2 === 1);
  return { resourceGroup: segments[group + 1]!, name: names.at(-1)!, ...(names.length > 1 ? { parentName: names.at(-2)! } : {}) };
}
