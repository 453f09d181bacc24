// The Key Vault that holds the Exchange TLS certificates (the unbound namespace's SAN
// certificate). Secure defaults after AZ-02: purge protection, 90-day soft delete, RBAC and a
// default-deny firewall. Each mailbox server's Arc identity may read the certificate secrets,
// which only helps if the servers can reach the vault's data plane: through a private endpoint
// reachable from the rooms, or through the firewall from the addresses the organization names
// (the rooms' internet egress, the admins who import the certificate). Without either, synth
// stops naming azure.dataPlaneAccess (key-vault-access.ts).
import { Construct } from "constructs";
import type { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { requireDataPlaneAccess } from "../key-vault-access";
import { type FirewalledVaultProps, declareFirewalledVault } from "./firewalled-vault";
import type { DeclaredVirtualMachine } from "./platform";
import { requireMatch } from "./validation";

export interface CertificateVaultProps extends FirewalledVaultProps {
  /** Machines that install the certificates (read access to the certificate secrets). */
  readonly readers: readonly DeclaredVirtualMachine[];
}

export class CertificateVault extends Construct {
  readonly vault: KeyVault;

  constructor(scope: Construct, id: string, props: CertificateVaultProps) {
    super(scope, id);
    requireMatch(this, "name", props.name, /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/, "a Key Vault name of 3-24 letters, digits or -, starting with a letter");
    requireDataPlaneAccess(props.access, "the Exchange servers and the admins who import the certificate");
    this.vault = declareFirewalledVault(this, props);
    for (const reader of props.readers) {
      new RoleAssignment(this, `reader-${reader.name.toLowerCase()}`, {
        scope: this.vault.id,
        roleDefinitionName: "Key Vault Secrets User",
        principalId: reader.principalId,
      });
    }
  }
}
