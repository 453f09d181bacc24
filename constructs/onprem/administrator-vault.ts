// Local administrator passwords of the servers the on-prem stack creates. Each server gets its
// own generated password (hashicorp/random), kept as a secret in a vault no server can read:
// - nobody types or passes a password, so CI sets no TF_VAR and a plan needs no secret input;
// - one password per server, so a password read on one server opens no other (as Windows LAPS);
// - never the certificate vault, whose secrets every Exchange server may read.
// With declared state (azure.state) the vault is the IaC vault the bootstrap created beside the
// state: Terraform keeps the same values in that state anyway (source:
// terraform-random-3-7-password), the CI identities are granted on it before the first deploy,
// and runners reach it. Without, the stack declares a vault of its own behind the firewall.
// A password is used when its server is created and to install the Arc guest agent; afterwards
// Windows LAPS should rotate it (docs/onprem.md), and the servers ignore the change.
import { Construct } from "constructs";
import { DataAzurermKeyVault } from "@cdktf/provider-azurerm/lib/data-azurerm-key-vault";
import { KeyVaultSecret } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { Password } from "@cdktf/provider-random/lib/password";
import { requireDataPlaneAccess } from "../key-vault-access";
import { type FirewalledVaultProps, declareFirewalledVault } from "./firewalled-vault";
import { requireMatch } from "./validation";

/** Length of a generated password: well inside Windows' and Azure's limits (Azure VMs: 12-123). */
export const ADMIN_PASSWORD_LENGTH = 32;
/**
 * Special characters a generated password may hold: none that a shell, PowerShell, JSON or a
 * connection string quotes or escapes (no quotes, backslash, $, backtick, %, ; or &).
 */
export const ADMIN_PASSWORD_SPECIALS = "!#*+-.:=?@_";

export type AdministratorVaultProps =
  | {
      /** The IaC vault `exchange-iac bootstrap state` created (azure.state.keyVaultName). */
      readonly kind: "existing";
      readonly name: string;
      readonly resourceGroupName: string;
      readonly tags?: Record<string, string>;
    }
  | ({ readonly kind: "new" } & FirewalledVaultProps);

export class AdministratorVault extends Construct {
  /** The vault's resource id. */
  readonly vaultId: string;
  private readonly tags?: Record<string, string>;

  constructor(scope: Construct, id: string, props: AdministratorVaultProps) {
    super(scope, id);
    requireMatch(this, "name", props.name, /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/, "a Key Vault name of 3-24 letters, digits or -, starting with a letter");
    this.tags = props.tags;
    if (props.kind === "existing") {
      this.vaultId = new DataAzurermKeyVault(this, "vault", { name: props.name, resourceGroupName: props.resourceGroupName }).id;
      return;
    }
    requireDataPlaneAccess(props.access, "the deploy identity that writes the servers' generated administrator passwords");
    // No role assignment here: no server may read this vault.
    const vault = declareFirewalledVault(this, props);
    this.vaultId = vault.id;
  }

  /**
   * A new password for `server`'s local account `userName`, kept in the vault as
   * `<server>-local-admin`. Returns the reference to give the VM; the value never leaves Terraform.
   */
  passwordFor(scope: Construct, server: string, userName: string): string {
    const password = new Password(scope, "admin-password", {
      length: ADMIN_PASSWORD_LENGTH,
      overrideSpecial: ADMIN_PASSWORD_SPECIALS,
      // All four character classes, so Windows' complexity rule holds whatever is drawn.
      minLower: 2,
      minUpper: 2,
      minNumeric: 2,
      minSpecial: 2,
    });
    new KeyVaultSecret(scope, "admin-password-secret", {
      name: `${server.toLowerCase()}-local-admin`,
      keyVaultId: this.vaultId,
      value: password.result,
      contentType: "password",
      tags: { ...this.tags, server, "user-name": userName },
    });
    return password.result;
  }
}
