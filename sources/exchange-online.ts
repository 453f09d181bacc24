// Exchange Online, Microsoft Purview and Entra ID: service descriptions, limits, configuration, cmdlet and Graph reference.
import type { SourceArea } from "./types";

export const exchangeOnlineSources = {
  "learn-customer-key-set-up": {
    title: "Set up Customer Key",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/purview/customer-key-set-up",
    read: "2026-12-01",
    says: "Customer Key needs two Azure subscriptions of the tenant, a premium Key Vault with a key in each, keys allowing wrapKey and unwrapKey, and the mandatory retention period registered with Microsoft (read in Microsoft's page source).",
    primary: true,
  },
  "learn-new-dataencryptionpolicy": {
    title: "New-DataEncryptionPolicy",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/powershell/module/exchangepowershell/new-dataencryptionpolicy",
    read: "2026-12-01",
    says: "AzureKeyIDs takes the URIs of at least two Azure Key Vault keys (https://<vault>.vault.azure.net/keys/<key>) for a mailbox data encryption policy.",
    primary: true,
  },
} satisfies SourceArea;
