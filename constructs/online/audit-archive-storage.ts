// Optional long-term archive of the audit tables: a storage account fed by a Log Analytics
// data export rule. TLS 1.2 is set explicitly (the only value azurerm 4.55 accepts, source:
// azurerm-4-55-storage-account; AZ-04 asks for it written out), HTTPS only, no public blob
// access, no shared keys, and a default-deny firewall that lets the trusted export service in
// (AZ-04, AZ-06, AZ-07). Nothing of ours needs its data plane: the providers switch the storage
// data plane off (azure-subscription.ts), so the runner is never refused by this firewall.
import type { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { LogAnalyticsDataExportRule } from "@cdktf/provider-azurerm/lib/log-analytics-data-export-rule";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { Construct } from "constructs";

export interface AuditArchiveStorageProps {
  readonly provider: AzurermProvider;
  /** Globally unique storage account name: 3-24 lower-case letters and digits. */
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** Workspace whose tables are exported. */
  readonly workspaceId: string;
  readonly tables: string[];
  readonly tags?: Record<string, string>;
}

export class AuditArchiveStorage extends Construct {
  readonly account: StorageAccount;

  constructor(scope: Construct, id: string, props: AuditArchiveStorageProps) {
    super(scope, id);
    if (!/^[a-z0-9]{3,24}$/.test(props.name)) {
      throw new Error(`AuditArchiveStorage ${id}: name received ${JSON.stringify(props.name)}; expected 3-24 lower-case letters and digits`);
    }
    this.account = new StorageAccount(this, "Account", {
      provider: props.provider,
      name: props.name,
      location: props.location,
      resourceGroupName: props.resourceGroupName,
      accountKind: "StorageV2",
      accountTier: "Standard",
      // Zone-redundant inside the declared region, so no copy lands outside the allowed regions (AZ-01).
      accountReplicationType: "ZRS",
      minTlsVersion: "TLS1_2",
      httpsTrafficOnlyEnabled: true,
      allowNestedItemsToBePublic: false,
      sharedAccessKeyEnabled: false,
      defaultToOauthAuthentication: true,
      networkRules: { defaultAction: "Deny", bypass: ["AzureServices"] },
      blobProperties: {
        versioningEnabled: true,
        deleteRetentionPolicy: { days: 365 },
        containerDeleteRetentionPolicy: { days: 365 },
      },
      tags: props.tags,
      lifecycle: { preventDestroy: true },
    });
    new LogAnalyticsDataExportRule(this, "Export", {
      provider: props.provider,
      name: "audit-archive",
      resourceGroupName: props.resourceGroupName,
      workspaceResourceId: props.workspaceId,
      destinationResourceId: this.account.id,
      tableNames: props.tables,
      enabled: true,
    });
  }
}
