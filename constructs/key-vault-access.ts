// How the data plane of a Key Vault behind a default-deny firewall is reached: by named public
// addresses let through its firewall, or by a private endpoint in a subnet the organization
// names. Terraform creates Customer Key keys through the data plane (source:
// azurerm-4-55-key-vault-key) and the Exchange servers read the certificate vault's secrets
// through it, so a vault nobody can reach is refused at synth (exit 2 naming the field) instead
// of failing with 403 at apply. Used by the Customer Key vaults and the certificate vault.
import type { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import { Construct } from "constructs";
import { InputError } from "../model/input-error";
import type { OrganizationFile } from "../model/schema";
import { AzureSubscription, partsOf, subscriptionOf } from "./online/azure-subscription";

export type DataPlaneAccess = OrganizationFile["azure"]["dataPlaneAccess"];
export type PrivateEndpointPlacement = NonNullable<DataPlaneAccess["privateEndpoint"]>;

export const DATA_PLANE_ACCESS_FIELD = "azure.dataPlaneAccess";

/** Refuses a configuration in which nothing can reach the vaults' data plane. */
export function requireDataPlaneAccess(access: DataPlaneAccess, who: string): void {
  if (access.allowedAddresses.length === 0 && access.privateEndpoint === undefined) {
    throw new InputError(
      DATA_PLANE_ACCESS_FIELD,
      "no allowedAddresses and no privateEndpoint",
      `a way through the Key Vault firewall for ${who}: list their public addresses in ${DATA_PLANE_ACCESS_FIELD}.allowedAddresses, or give ${DATA_PLANE_ACCESS_FIELD}.privateEndpoint.subnetId (a subnet they reach) and its location`,
    );
  }
}

/**
 * The vault's network settings: default deny, trusted Microsoft services through (Exchange Online
 * reaches Customer Key vaults that way), the named addresses through; public network access is
 * off unless addresses are named, so a private endpoint is then the only way in.
 */
export function vaultNetwork(access: DataPlaneAccess): { publicNetworkAccessEnabled: boolean; networkAcls: { defaultAction: string; bypass: string; ipRules: string[] } } {
  return {
    publicNetworkAccessEnabled: access.allowedAddresses.length > 0,
    networkAcls: { defaultAction: "Deny", bypass: "AzureServices", ipRules: [...access.allowedAddresses] },
  };
}

/** The provider of the private endpoint subnet's subscription (alias "endpoints"), when a private endpoint is used. */
export function endpointsProvider(scope: Construct, access: DataPlaneAccess): AzurermProvider | undefined {
  if (!access.privateEndpoint) return undefined;
  const field = `${DATA_PLANE_ACCESS_FIELD}.privateEndpoint.subnetId`;
  return new AzureSubscription(scope, "EndpointsSubscription", {
    alias: "endpoints",
    subscriptionId: subscriptionOf(access.privateEndpoint.subnetId, field),
    variableName: "endpoints_subscription_id",
    field,
  }).provider;
}

export interface VaultPrivateEndpointProps {
  /** Provider of the subnet's subscription (the endpoint lives beside its network). */
  readonly provider?: AzurermProvider;
  readonly placement: PrivateEndpointPlacement;
  readonly vaultId: string;
  readonly vaultName: string;
  readonly tags?: Record<string, string>;
}

/** A private endpoint for a vault in the named subnet, in that network's resource group and region (source: azurerm-4-55-private-endpoint). */
export class VaultPrivateEndpoint extends Construct {
  readonly endpoint: PrivateEndpoint;

  constructor(scope: Construct, id: string, props: VaultPrivateEndpointProps) {
    super(scope, id);
    const { placement } = props;
    this.endpoint = new PrivateEndpoint(this, "endpoint", {
      provider: props.provider,
      name: `pe-${props.vaultName}`,
      resourceGroupName: partsOf(placement.subnetId).resourceGroup,
      location: placement.location,
      subnetId: placement.subnetId,
      privateServiceConnection: {
        name: `psc-${props.vaultName}`,
        privateConnectionResourceId: props.vaultId,
        subresourceNames: ["vault"],
        isManualConnection: false,
      },
      privateDnsZoneGroup: placement.privateDnsZoneId ? { name: "vault", privateDnsZoneIds: [placement.privateDnsZoneId] } : undefined,
      tags: props.tags,
    });
  }
}
