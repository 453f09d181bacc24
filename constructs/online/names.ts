// Deterministic Azure names for the online stack. Key Vault and storage names are global, so
// they start with a prefix of the organization (azure.namePrefix, default: its name).
import { asciiAlphanumeric } from "../../model/ascii-name";

/** A vault's URI in Azure's public cloud, known from its name before the vault exists (ends in a slash, as azurerm's vault_uri). */
export const vaultUri = (vaultName: string) => `https://${vaultName}.vault.azure.net/`;

/** Name of the key in each Customer Key vault. */
export const CUSTOMER_KEY_NAME = "exchange-online-dep";

export interface OnlineNames {
  auditResourceGroup: string;
  workspace: string;
  archiveStorage: string;
  entraDiagnosticSetting: string;
  customerKeyResourceGroup(index: 1 | 2): string;
  customerKeyVault(index: 1 | 2): string;
  /** Versionless key URI, as New-DataEncryptionPolicy -AzureKeyIDs takes it (source: learn-new-dataencryptionpolicy). */
  customerKeyUri(index: 1 | 2): string;
}

/** Lower-case ASCII letters and digits of a name ("Åre kommun" -> "arekommun"), at most 14. */
export function derivePrefix(organizationName: string): string {
  return asciiAlphanumeric(organizationName).replace(/^[0-9]+/, "").slice(0, 14);
}

export function onlineNames(prefix: string): OnlineNames {
  return {
    auditResourceGroup: `rg-${prefix}-exchange-audit`,
    workspace: `log-${prefix}-exchange-audit`,
    archiveStorage: `st${prefix}audit`,
    entraDiagnosticSetting: `${prefix}-entra-audit`,
    customerKeyResourceGroup: (index) => `rg-${prefix}-customer-key-${index}`,
    customerKeyVault: (index) => `kv-${prefix}-ck${index}`,
    customerKeyUri: (index) => `${vaultUri(`kv-${prefix}-ck${index}`)}keys/${CUSTOMER_KEY_NAME}`,
  };
}
