// The Key Vault that holds the Exchange TLS certificates (the unbound namespace's SAN
// certificate). Secure defaults after AZ-02: purge protection, 90-day soft delete, RBAC and a
// default-deny firewall. Each mailbox server's Arc identity may read the certificate secrets,
// which only helps if the servers can reach the vault's data plane: through a private endpoint
// reachable from the rooms, or through the firewall from the addresses the organization names
// (the rooms' internet egress, the admins who import the certificate). Without either, synth
// stops naming azure.dataPlaneAccess (key-vault-access.ts).
import { Construct } from "constructs";
import type { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { type DataPlaneAccess, VaultPrivateEndpoint, requireDataPlaneAccess, vaultNetwork } from "../key-vault-access";
import type { DeclaredVirtualMachine } from "./platform";
import { requireMatch } from "./validation";

export interface CertificateVaultProps {
  /** 3-24 characters, globally unique. */
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** Machines that install the certificates (read access to the certificate secrets). */
  readonly readers: readonly DeclaredVirtualMachine[];
  readonly access: DataPlaneAccess;
  /** Provider of the private endpoint subnet's subscription, when a private endpoint is used. */
  readonly endpointProvider?: AzurermProvider;
  readonly tags?: Record<string, string>;
}

export class CertificateVault extends Construct {
  readonly vault: KeyVault;

  constructor(scope: Construct, id: string, props: CertificateVaultProps) {
    super(scope, id);
    requireMatch(this, "name", props.name, /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/, "a Key Vault name of 3-24 letters, digits or -, starting with a letter");
    requireDataPlaneAccess(props.access, "the Exchange servers and the admins who import the certificate");
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
      ...vaultNetwork(props.access),
      tags: props.tags,
      lifecycle: { preventDestroy: true },
    });
    if (props.access.privateEndpoint) {
      new VaultPrivateEndpoint(this, "private-endpoint", { provider: props.endpointProvider, placement: props.access.privateEndpoint, vaultId: this.vault.id, vaultName: props.name, tags: props.tags });
    }
    for (const reader of props.readers) {
      new RoleAssignment(this, `reader-${reader.name.toLowerCase()}`, {
        scope: this.vault.id,
        roleDefinitionName: "Key Vault Secrets User",
        principalId: reader.principalId,
      });
    }
  }
}
