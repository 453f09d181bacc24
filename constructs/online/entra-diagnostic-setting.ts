// Sends Entra ID audit, sign-in, risk and Graph activity logs to the audit workspace (MS.AAD.4.1,
// source: cisa-scubagear-aad).
// A tenant-level setting: applying it needs Global or Security Administrator, and the sign-in
// categories need Entra ID P1 (included in M365 E3/E5).
import type { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { MonitorAadDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-aad-diagnostic-setting";
import { Construct } from "constructs";

/**
 * Entra ID log categories sent to the workspace: every one MS.AAD.4.1 requires, and the managed
 * identities' sign-ins, since the stacks use managed identities (source: cisa-scubagear-aad).
 * A category whose feature the tenant lacks (risk data needs Entra ID P2, AD FS sign-ins AD FS
 * Connect Health, the enriched Office 365 logs Global Secure Access) carries no data.
 */
export const ENTRA_LOG_CATEGORIES = [
  "AuditLogs",
  "SignInLogs",
  "NonInteractiveUserSignInLogs",
  "ServicePrincipalSignInLogs",
  "ManagedIdentitySignInLogs",
  "ADFSSignInLogs",
  "RiskyUsers",
  "UserRiskEvents",
  "RiskyServicePrincipals",
  "ServicePrincipalRiskEvents",
  "EnrichedOffice365AuditLogs",
  "MicrosoftGraphActivityLogs",
];

export interface EntraDiagnosticSettingProps {
  readonly provider: AzurermProvider;
  readonly name: string;
  readonly logAnalyticsWorkspaceId: string;
  /** @default ENTRA_LOG_CATEGORIES */
  readonly categories?: string[];
}

export class EntraDiagnosticSetting extends Construct {
  readonly setting: MonitorAadDiagnosticSetting;

  constructor(scope: Construct, id: string, props: EntraDiagnosticSettingProps) {
    super(scope, id);
    const categories = props.categories ?? ENTRA_LOG_CATEGORIES;
    if (categories.length === 0) {
      throw new Error(`EntraDiagnosticSetting ${id}: categories received an empty list; expected at least one Entra ID log category, e.g. AuditLogs`);
    }
    this.setting = new MonitorAadDiagnosticSetting(this, "Setting", {
      provider: props.provider,
      name: props.name,
      logAnalyticsWorkspaceId: props.logAnalyticsWorkspaceId,
      enabledLog: categories.map((category) => ({ category })),
    });
  }
}
