// Delivers the Exchange TLS certificate from the Key Vault to every Mailbox and Edge server:
// the Key Vault extension for Windows on each Arc machine watches the certificate's secret and
// installs every new version in LocalMachine\My, where Exchange finds it (source:
// learn-key-vault-extension-windows). The machine identity reads the vault (Key Vault Secrets
// User, certificate-vault.ts). The configuration scripts then enable the newest valid
// certificate for IIS and SMTP, so a renewal in the vault reaches the servers and the next run
// binds it (docs/onprem.md, "Renewing the certificate").
import { Construct } from "constructs";
import { ArcMachineExtension } from "@cdktf/provider-azurerm/lib/arc-machine-extension";
import type { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { vaultUri } from "../online/names";
import type { DeclaredVirtualMachine } from "./platform";
import { ConstructPropsError, requireMatch } from "./validation";

/** How often the extension looks for a new version: hourly, so a renewal is on the servers the same day. */
export const POLLING_INTERVAL_SECONDS = 3600;

export interface CertificateDeliveryProps {
  readonly vault: KeyVault;
  /** The vault's name, as given to it: the settings name its URI as plain JSON, with no Terraform reference inside. */
  readonly vaultName: string;
  /** The certificate's name in the vault. */
  readonly certificateName: string;
  readonly machines: readonly DeclaredVirtualMachine[];
}

export class CertificateDelivery extends Construct {
  readonly extensions: ArcMachineExtension[];

  constructor(scope: Construct, id: string, props: CertificateDeliveryProps) {
    super(scope, id);
    requireMatch(this, "vaultName", props.vaultName, /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/, "a Key Vault name of 3-24 letters, digits or -, starting with a letter");
    requireMatch(this, "certificateName", props.certificateName, /^[a-zA-Z0-9-]{1,127}$/, "a Key Vault certificate name: letters, digits and -");
    if (props.machines.length === 0) throw new ConstructPropsError(this, "machines", [], "at least one Exchange server");
    const settings = {
      secretsManagementSettings: {
        pollingIntervalInS: String(POLLING_INTERVAL_SECONDS),
        linkOnRenewal: false,
        observedCertificates: [
          {
            // The certificate's secret, newest version.
            url: `${vaultUri(props.vaultName)}secrets/${props.certificateName}`,
            certificateStoreName: "MY",
            certificateStoreLocation: "LocalMachine",
            keyExportable: false,
          },
        ],
      },
    };
    this.extensions = props.machines.map(
      (machine) =>
        new ArcMachineExtension(this, `key-vault-${machine.name.toLowerCase()}`, {
          name: "KeyVaultForWindows",
          arcMachineId: machine.machineId,
          location: machine.location,
          publisher: "Microsoft.Azure.KeyVault",
          type: "KeyVaultForWindows",
          typeHandlerVersion: "3.0",
          settings: JSON.stringify(settings),
          // The vault too: the settings name it only by its URI.
          dependsOn: [machine.readyForExtensions, props.vault],
        }),
    );
  }
}
