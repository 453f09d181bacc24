// Sends Entra ID audit and sign-in logs to the audit workspace (MS.AAD.4.1, source: cisa-scubagear-aad).
// A tenant-level setting: applying it needs Global or Security Administrator, and the sign-in
// categories need Entra ID P1 (included in M365 E3/E5).
import type { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { MonitorAadDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-aad-diagnostic-setting";
import { Construct } from "constructs";

/** Entra ID log categories sent to the workspace; all are available with Entra ID P1. */
export const ENTRA_LOG_CATEGORIES = [
  "AuditLogs",
  "SignInLogs",
  "NonInteractiveUserSignInLogs",
  "ServicePrincipalSignInLogs",
  "ManagedIdentitySignInLogs",
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
