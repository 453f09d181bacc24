// A standard Key Vault of the on-prem stack with the secure defaults after AZ-02: purge
// protection, 90-day soft delete, access only through Azure RBAC and a default-deny firewall,
// reached from the named addresses or through a private endpoint (key-vault-access.ts).
// The certificate vault and the administrators' own vault are both this.
import type { Construct } from "constructs";
import type { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { type DataPlaneAccess, VaultPrivateEndpoint, vaultNetwork } from "../key-vault-access";

export interface FirewalledVaultProps {
  /** 3-24 characters, globally unique. */
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly access: DataPlaneAccess;
  /** Provider of the private endpoint subnet's subscription, when a private endpoint is used. */
  readonly endpointProvider?: AzurermProvider;
  readonly tags?: Record<string, string>;
}

/** Declares the vault in `scope` as "vault" (with "client" and "private-endpoint"): ids the state already knows. */
export function declareFirewalledVault(scope: Construct, props: FirewalledVaultProps): KeyVault {
  const client = new DataAzurermClientConfig(scope, "client");
  const vault = new KeyVault(scope, "vault", {
    name: props.name,
    resourceGroupName: props.resourceGroupName,
    location: props.location,
    tenantId: client.tenantId,
    // Certificates and passwords need no HSM-backed keys.
    skuName: "standard",
    purgeProtectionEnabled: true,
    softDeleteRetentionDays: 90,
    rbacAuthorizationEnabled: true,
    ...vaultNetwork(props.access),
    tags: props.tags,
    lifecycle: { preventDestroy: true },
  });
  if (props.access.privateEndpoint) {
    new VaultPrivateEndpoint(scope, "private-endpoint", { provider: props.endpointProvider, placement: props.access.privateEndpoint, vaultId: vault.id, vaultName: props.name, tags: props.tags });
  }
  return vault;
}
