// The audit trail of the online option in Azure: a Log Analytics workspace that keeps audit
// data at least 365 days (AZ-05, RET-04), beyond two years through the audit tables' total
// retention (log-analytics-retention.ts), onboarded to Microsoft Sentinel with the Office 365
// data connector collecting Exchange audit records (source: azurerm-4-55-sentinel-office-365).
import type { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { LogAnalyticsWorkspaceTable } from "@cdktf/provider-azurerm/lib/log-analytics-workspace-table";
import { SentinelDataConnectorOffice365 } from "@cdktf/provider-azurerm/lib/sentinel-data-connector-office-365";
import { SentinelLogAnalyticsWorkspaceOnboarding } from "@cdktf/provider-azurerm/lib/sentinel-log-analytics-workspace-onboarding";
import { Construct } from "constructs";
import { type LogAnalyticsRetention, logAnalyticsRetention } from "../log-analytics-retention";

/** Tables that hold Exchange (OfficeActivity) and Entra ID audit and sign-in records. */
export const AUDIT_TABLES = [
  "OfficeActivity",
  "AuditLogs",
  "SigninLogs",
  "AADNonInteractiveUserSignInLogs",
  "AADServicePrincipalSignInLogs",
  "AADManagedIdentitySignInLogs",
];

export interface AuditWorkspaceProps {
  readonly provider: AzurermProvider;
  readonly name: string;
  readonly location: string;
  readonly resourceGroupName: string;
  /** How long audit data must be kept; the workspace keeps at least 365 days. */
  readonly retentionDays: number;
  readonly tags?: Record<string, string>;
}

export class AuditWorkspace extends Construct {
  readonly workspace: LogAnalyticsWorkspace;
  readonly retention: LogAnalyticsRetention;

  constructor(scope: Construct, id: string, props: AuditWorkspaceProps) {
    super(scope, id);
    const provider = props.provider;
    this.retention = logAnalyticsRetention(props.retentionDays);

    this.workspace = new LogAnalyticsWorkspace(this, "Workspace", {
      provider,
      name: props.name,
      location: props.location,
      resourceGroupName: props.resourceGroupName,
      sku: "PerGB2018",
      retentionInDays: this.retention.workspaceDays,
      // Entra ID sign-in only: no shared workspace keys that could write or read audit data.
      localAuthenticationEnabled: false,
      tags: props.tags,
      lifecycle: { preventDestroy: true },
    });

    const sentinel = new SentinelLogAnalyticsWorkspaceOnboarding(this, "Sentinel", {
      provider,
      workspaceId: this.workspace.id,
    });
    // Exchange audit records only: this project's scope is e-mail (SharePoint and Teams off).
    new SentinelDataConnectorOffice365(this, "Office365Connector", {
      provider,
      name: "office365-exchange",
      logAnalyticsWorkspaceId: sentinel.workspaceId,
      exchangeEnabled: true,
      sharepointEnabled: false,
      teamsEnabled: false,
    });

    // Longer than two years: the audit tables keep the rest in low-cost long-term retention.
    const totalDays = this.retention.tableTotalDays;
    if (totalDays !== undefined) {
      for (const table of AUDIT_TABLES) {
        new LogAnalyticsWorkspaceTable(this, `Retention${table}`, {
          provider,
          workspaceId: this.workspace.id,
          name: table,
          retentionInDays: this.retention.workspaceDays,
          totalRetentionInDays: totalDays,
          // OfficeActivity exists once Sentinel is onboarded.
          dependsOn: [sentinel],
        });
      }
    }
  }
}
