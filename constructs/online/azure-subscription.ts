// One azurerm provider configuration per subscription. Customer Key needs two subscriptions
// (exo-tenant.md §4), so every resource of the online stack names its provider explicitly.
// A subscription id the organization file does not give becomes a Terraform variable.
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { Construct } from "constructs";
import { guidVariable } from "./guid-variable";

export interface AzureSubscriptionProps {
  /** Provider alias, e.g. "primary"; resources reference `azurerm.<alias>`. */
  readonly alias: string;
  /** Subscription id from the organization file; undefined means a Terraform variable. */
  readonly subscriptionId?: string;
  /** Name of the Terraform variable used when `subscriptionId` is undefined. */
  readonly variableName: string;
  /** Organization-file field the id comes from, named in the variable's description. */
  readonly field: string;
}

export class AzureSubscription extends Construct {
  readonly provider: AzurermProvider;

  constructor(scope: Construct, id: string, props: AzureSubscriptionProps) {
    super(scope, id);
    if (!/^[a-z][a-z0-9_]*$/.test(props.alias)) {
      throw new Error(`AzureSubscription ${id}: alias received ${JSON.stringify(props.alias)}; expected lower-case letters, digits and _`);
    }
    const subscriptionId =
      props.subscriptionId ??
      guidVariable(this, props.variableName, `Azure subscription id for the ${props.alias} provider (set ${props.field} in the organization file to fix it at synth)`).stringValue;
    this.provider = new AzurermProvider(this, "Provider", {
      alias: props.alias,
      subscriptionId,
      // Storage data-plane calls use Entra ID, so shared keys can stay disabled (AZ-07).
      storageUseAzuread: true,
      features: [
        {
          // Never purge what soft delete keeps: keys and vaults are recoverable for 90 days.
          keyVault: [{ purgeSoftDeleteOnDestroy: false, purgeSoftDeletedKeysOnDestroy: false, recoverSoftDeletedKeyVaults: true, recoverSoftDeletedKeys: true }],
          logAnalyticsWorkspace: [{ permanentlyDeleteOnDestroy: false }],
          resourceGroup: [{ preventDeletionIfContainsResources: true }],
        },
      ],
    });
  }
}
