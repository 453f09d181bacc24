// The Key Vault that holds the Exchange TLS certificates (the unbound namespace's SAN
// certificate). Secure defaults after AZ-02: purge protection, 90-day soft delete, RBAC, no
// public network access. Each mailbox server's Arc identity may read the certificate secrets.
import { Construct } from "constructs";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import type { DeclaredVirtualMachine } from "./platform";
import { requireMatch } from "./validation";

export interface CertificateVaultProps {
  /** 3-24 characters, globally unique. */
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** Machines that install the certificates (read access to the certificate secrets). */
  readonly readers: readonly DeclaredVirtualMachine[];
  /** Default false: the vault is reached through a private endpoint or trusted Azure services only. */
  readonly publicNetworkAccess?: boolean;
  readonly tags?: Record<string, string>;
}

export class CertificateVault extends Construct {
  readonly vault: KeyVault;

  constructor(scope: Construct, id: string, props: CertificateVaultProps) {
    super(scope, id);
    requireMatch(this, "name", props.name, /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/, "a Key Vault name of 3-24 letters, digits or -, starting with a letter");
    const client = new DataAzurermClientConfig(this, "client");
    this.vault = new KeyVault(this, "vault", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      tenantId: client.tenantId,
      // TLS certificates need no HSM-backed keys.
      skuName: "standard",
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: 90,
      rbacAuthorizationEnabled: true,
      publicNetworkAccessEnabled: props.publicNetworkAccess ?? false,
      networkAcls: { defaultAction: "Deny", bypass: "AzureServices" },
      tags: props.tags,
      lifecycle: { preventDestroy: true },
    });
    for (const reader of props.readers) {
      new RoleAssignment(this, `reader-${reader.name.toLowerCase()}`, {
        scope: this.vault.id,
        roleDefinitionName: "Key Vault Secrets User",
        principalId: reader.principalId,
      });
    }
  }
}
