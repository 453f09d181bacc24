// The Azure side of the Exchange Online option (issue 4 part 1): Customer Key vaults in two
// regions and two subscriptions, and the audit trail (Log Analytics + Sentinel + Entra ID
// diagnostic setting, optionally a storage archive). Built from the organization file alone;
// ids it does not hold become Terraform variables, never invented values.
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { type App, TerraformOutput, TerraformStack } from "cdktf";
import { AuditArchiveStorage } from "../constructs/online/audit-archive-storage";
import { AUDIT_TABLES, AuditWorkspace } from "../constructs/online/audit-workspace";
import { decidedLogRetentionDays } from "../constructs/log-analytics-retention";
import { AzureSubscription } from "../constructs/online/azure-subscription";
import { endpointsProvider } from "../constructs/key-vault-access";
import { CustomerKeyVault } from "../constructs/online/customer-key-vault";
import { guidVariable } from "../constructs/online/guid-variable";
import { EntraDiagnosticSetting } from "../constructs/online/entra-diagnostic-setting";
import { CUSTOMER_KEY_NAME, derivePrefix, onlineNames } from "../constructs/online/names";
import { InputError } from "../model/input-error";
import type { OrganizationFile } from "../model/schema";
import type { StackDefinition } from "./registry";

const TAGS = { "managed-by": "exchange-iac", option: "online" };

export class OnlineStack extends TerraformStack {
  constructor(scope: App, id: string, org: OrganizationFile) {
    super(scope, id);
    validate(org);
    const names = onlineNames(onlineNamePrefix(org));
    const region = org.azure.region;

    const primary = new AzureSubscription(this, "PrimarySubscription", {
      alias: "primary",
      subscriptionId: org.organization.subscriptions.primary,
      variableName: "primary_subscription_id",
      field: "organization.subscriptions.primary",
    }).provider;

    const auditGroup = new ResourceGroup(this, "AuditResourceGroup", {
      provider: primary,
      name: names.auditResourceGroup,
      location: region,
      tags: TAGS,
      lifecycle: { preventDestroy: true },
    });
    const audit = new AuditWorkspace(this, "Audit", {
      provider: primary,
      name: names.workspace,
      location: region,
      resourceGroupName: auditGroup.name,
      // Logs are kept as long as the audit retention or a decision on logs asks (RÅ 1998 ref. 44).
      retentionDays: decidedLogRetentionDays(org),
      tags: TAGS,
    });
    new EntraDiagnosticSetting(this, "EntraDiagnostics", {
      provider: primary,
      name: names.entraDiagnosticSetting,
      logAnalyticsWorkspaceId: audit.workspace.id,
    });
    if (org.online.audit.archiveStorage) {
      new AuditArchiveStorage(this, "AuditArchive", {
        provider: primary,
        name: names.archiveStorage,
        location: region,
        resourceGroupName: auditGroup.name,
        workspaceId: audit.workspace.id,
        tables: AUDIT_TABLES,
        tags: TAGS,
      });
    }
    new TerraformOutput(this, "audit_workspace_id", { value: audit.workspace.id });

    if (org.online.customerKey.enabled) {
      // The identity running Terraform creates the keys; its tenant is the default tenant id.
      const client = new DataAzurermClientConfig(this, "Deployer", { provider: primary });
      const tenantId = org.organization.tenantId ?? client.tenantId;
      const secondary = new AzureSubscription(this, "SecondarySubscription", {
        alias: "secondary",
        subscriptionId: org.organization.subscriptions.secondary,
        variableName: "secondary_subscription_id",
        field: "organization.subscriptions.secondary",
      }).provider;
      const exchangeOnlineObjectId =
        org.online.customerKey.exchangeOnlinePrincipalObjectId ??
        guidVariable(
          this,
          "exchange_online_principal_object_id",
          "Object id in your tenant of the Office 365 Exchange Online service principal (app 00000002-0000-0ff1-ce00-000000000000): az ad sp show --id 00000002-0000-0ff1-ce00-000000000000 --query id. Set online.customerKey.exchangeOnlinePrincipalObjectId to fix it at synth.",
        ).stringValue;
      const access = org.azure.dataPlaneAccess;
      const endpointProvider = endpointsProvider(this, access);
      const vaults = ([1, 2] as const).map(
        (index) =>
          new CustomerKeyVault(this, `CustomerKey${index}`, {
            provider: index === 1 ? primary : secondary,
            location: org.online.customerKey.regions[index - 1]!,
            resourceGroupName: names.customerKeyResourceGroup(index),
            vaultName: names.customerKeyVault(index),
            keyName: CUSTOMER_KEY_NAME,
            keySize: org.online.customerKey.keySize,
            tenantId,
            deployerObjectId: client.objectId,
            exchangeOnlineObjectId,
            access,
            endpointProvider,
            tags: TAGS,
          }),
      );
      // The data encryption policy (New-DataEncryptionPolicy -AzureKeyIDs) takes both key URIs.
      new TerraformOutput(this, "customer_key_ids", { value: vaults.map((vault) => vault.key.id) });
    }
  }
}

function validate(org: OrganizationFile): void {
  const allowed = org.azure.allowedRegions;
  const expected = `one of azure.allowedRegions (${allowed.join(", ")})`;
  if (!allowed.includes(org.azure.region)) throw new InputError("azure.region", JSON.stringify(org.azure.region), expected);
  const ck = org.online.customerKey;
  if (ck.enabled) {
    ck.regions.forEach((region, index) => {
      if (!allowed.includes(region)) throw new InputError(`online.customerKey.regions.${index}`, JSON.stringify(region), expected);
    });
    if (ck.regions[0] === ck.regions[1]) {
      throw new InputError("online.customerKey.regions", JSON.stringify(ck.regions), "two different regions, so one regional outage leaves one key reachable (AZ-03)");
    }
  }
}

/** Prefix of the stack's globally unique names: azure.namePrefix, else derived from the organization name. */
export function onlineNamePrefix(org: OrganizationFile): string {
  const prefix = org.azure.namePrefix ?? derivePrefix(org.organization.name);
  if (prefix.length < 2) {
    throw new InputError("azure.namePrefix", "nothing (the organization name gives no usable prefix)", "2-14 lower-case letters or digits, starting with a letter");
  }
  return prefix;
}

export const onlineStack: StackDefinition = {
  id: "online",
  description: "Exchange Online, Azure side: Customer Key vaults and the audit workspace",
  build: (app, org) => new OnlineStack(app, "online", org),
};
