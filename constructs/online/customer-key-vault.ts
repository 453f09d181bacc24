// One of the two Customer Key vaults with its key (source: learn-customer-key-set-up): a premium
// vault with purge protection, 90 days of soft delete and a default-deny firewall that lets
// trusted Microsoft services (Exchange Online among them) through; an RSA-HSM key that only wraps
// and unwraps and never expires. The key is created through the vault's data plane (source:
// azurerm-4-55-key-vault-key), so the runner reaches the vault through a private endpoint or
// from the addresses the organization names (key-vault-access.ts); otherwise synth stops.
// Vault, key and resource group are protected from destroy (AZ-02, AZ-03, AZ-06): losing both
// customer keys makes the mailboxes unreadable.
import type { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { KeyVaultAccessPolicyA } from "@cdktf/provider-azurerm/lib/key-vault-access-policy";
import { KeyVaultKey } from "@cdktf/provider-azurerm/lib/key-vault-key";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { Construct } from "constructs";
import { type DataPlaneAccess, VaultPrivateEndpoint, requireDataPlaneAccess, vaultNetwork } from "../key-vault-access";

export interface CustomerKeyVaultProps {
  /** Provider of the subscription the vault lives in (one per vault). */
  readonly provider: AzurermProvider;
  readonly location: string;
  readonly resourceGroupName: string;
  /** Globally unique vault name, 3-24 characters. */
  readonly vaultName: string;
  readonly keyName: string;
  /** RSA key size in bits. @default 2048 */
  readonly keySize?: 2048 | 3072 | 4096;
  readonly tenantId: string;
  /** Object id of the identity that runs Terraform; it creates the key. */
  readonly deployerObjectId: string;
  /** Object id of the Office 365 Exchange Online service principal in the tenant. */
  readonly exchangeOnlineObjectId: string;
  /** How the runner reaches the data plane: named addresses through the firewall, or a private endpoint. */
  readonly access: DataPlaneAccess;
  /** Provider of the private endpoint subnet's subscription, when a private endpoint is used. */
  readonly endpointProvider?: AzurermProvider;
  readonly tags?: Record<string, string>;
}

/** Permissions Microsoft 365 needs on a Customer Key vault (source: learn-customer-key-set-up). */
export const MICROSOFT_365_KEY_PERMISSIONS = ["Get", "WrapKey", "UnwrapKey"];
/** What Terraform needs to create and read the key; no Delete or Purge. */
export const DEPLOYER_KEY_PERMISSIONS = ["Get", "List", "Create", "Update", "Recover", "GetRotationPolicy"];

export class CustomerKeyVault extends Construct {
  readonly vault: KeyVault;
  readonly key: KeyVaultKey;

  constructor(scope: Construct, id: string, props: CustomerKeyVaultProps) {
    super(scope, id);
    if (!/^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/.test(props.vaultName) || props.vaultName.includes("--")) {
      throw new Error(`CustomerKeyVault ${id}: vaultName received ${JSON.stringify(props.vaultName)}; expected 3-24 letters, digits and single dashes, starting with a letter`);
    }
    requireDataPlaneAccess(props.access, "the runner that creates the Customer Key keys");
    const provider = props.provider;
    const protect = { preventDestroy: true };

    const group = new ResourceGroup(this, "ResourceGroup", {
      provider,
      name: props.resourceGroupName,
      location: props.location,
      tags: props.tags,
      lifecycle: protect,
    });

    this.vault = new KeyVault(this, "Vault", {
      provider,
      name: props.vaultName,
      location: props.location,
      resourceGroupName: group.name,
      tenantId: props.tenantId,
      skuName: "premium",
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: 90,
      rbacAuthorizationEnabled: false,
      ...vaultNetwork(props.access),
      tags: props.tags,
      lifecycle: protect,
    });
    const endpoint = props.access.privateEndpoint
      ? new VaultPrivateEndpoint(this, "PrivateEndpoint", { provider: props.endpointProvider, placement: props.access.privateEndpoint, vaultId: this.vault.id, vaultName: props.vaultName, tags: props.tags })
      : undefined;

    const deployer = new KeyVaultAccessPolicyA(this, "DeployerAccess", {
      provider,
      keyVaultId: this.vault.id,
      tenantId: props.tenantId,
      objectId: props.deployerObjectId,
      keyPermissions: DEPLOYER_KEY_PERMISSIONS,
    });
    new KeyVaultAccessPolicyA(this, "ExchangeOnlineAccess", {
      provider,
      keyVaultId: this.vault.id,
      tenantId: props.tenantId,
      objectId: props.exchangeOnlineObjectId,
      keyPermissions: MICROSOFT_365_KEY_PERMISSIONS,
    });

    // No expiration_date and no rotation policy: Customer Key keys must not expire.
    this.key = new KeyVaultKey(this, "Key", {
      provider,
      name: props.keyName,
      keyVaultId: this.vault.id,
      keyType: "RSA-HSM",
      keySize: props.keySize ?? 2048,
      keyOpts: ["wrapKey", "unwrapKey"],
      tags: props.tags,
      // Created through the data plane: after the runner's way in exists.
      dependsOn: [deployer, ...(endpoint ? [endpoint.endpoint] : [])],
      lifecycle: protect,
    });
  }
}
