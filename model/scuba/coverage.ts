// How the declared tenant meets each SCuBA policy (model/scuba/baselines.ts): the fields of the
// generated documents that declare it and the rules that fail `check` when they stop meeting it,
// or why it does not apply. A field is "<document>:<path>": online is
// exchange-online-configuration.json, tenant is entra-tenant.json, org the organization file.
// Policies that need a licence apply only when the staff plan carries it (model/entra/licensing.ts).
import { securityEntitlements, type SecurityEntitlements } from "../entra/licensing";
import type { OrganizationFile } from "../schema";
import { SCUBA_POLICIES, type ScubaPolicy } from "./baselines";

/** Why a policy is not met by a declaration here; the words are in i18n (scuba.reasons). */
export type ReasonKey =
  | "usFederalOnly"
  | "diagnosticSettingInOnlineStack"
  | "riskyAgentsNotDeclarable"
  | "appCredentialPolicyNotDeclared"
  | "riskNotificationNotDeclared"
  | "endpointDlpNeedsDevices";

export type Coverage =
  | { met: "declared"; fields: string[]; rules: string[]; needs?: keyof SecurityEntitlements }
  | { met: "not-declared"; reason: ReasonKey; rules?: string[]; needs?: keyof SecurityEntitlements }
  | { met: "not-applicable"; reason: ReasonKey };

const declared = (rules: string[], fields: string[], needs?: keyof SecurityEntitlements): Coverage => ({ met: "declared", rules, fields, ...(needs ? { needs } : {}) });

const CONDITIONAL_ACCESS = "tenant:resources";

export const SCUBA_COVERAGE: Record<string, Coverage> = {
  // ---- Exchange Online ---------------------------------------------------------------------
  "MS.EXO.1.1v2": declared(["EXO-01"], ["online:settings.remoteDomains", "online:settings.outboundSpamFilterPolicies"]),
  "MS.EXO.2.2v3": declared(["EXO-05"], ["online:facts.mail.spf"]),
  "MS.EXO.3.1v1": declared(["EXO-05", "ONL-05"], ["online:settings.dkimSigningConfigs", "online:facts.manualSteps.dkimCnames"]),
  "MS.EXO.4.1v1": declared(["EXO-05"], ["online:facts.mail.dmarc"]),
  "MS.EXO.4.2v1": declared(["EXO-05"], ["online:facts.mail.dmarc"]),
  "MS.EXO.4.3v1": { met: "not-applicable", reason: "usFederalOnly" },
  "MS.EXO.4.4v1": declared(["EXO-05"], ["online:facts.mail.dmarc"]),
  "MS.EXO.5.1v1": declared(["EXO-04"], ["online:settings.transportConfig.SmtpClientAuthenticationDisabled"]),
  "MS.EXO.6.1v1": declared(["EXO-07"], ["online:settings.sharingPolicies"]),
  "MS.EXO.6.2v1": declared(["EXO-07"], ["online:settings.sharingPolicies"]),
  "MS.EXO.7.1v1": declared(["EXO-06"], ["online:settings.externalInOutlook.Enabled"]),
  "MS.EXO.13.1v1": declared(["EXO-02"], ["online:settings.organizationConfig.AuditDisabled"]),
  // ---- Security suite ----------------------------------------------------------------------
  "MS.SECURITYSUITE.1.1v1": declared(["EXO-09"], ["online:settings.malwareFilterPolicies"]),
  "MS.SECURITYSUITE.1.2v1": declared(["EXO-09"], ["online:settings.malwareFilterPolicies", "online:settings.hostedContentFilterPolicies"]),
  "MS.SECURITYSUITE.1.3v1": declared(["EXO-09"], ["online:settings.safeAttachmentPolicies", "online:settings.safeAttachmentRules"], "defenderForOffice365"),
  "MS.SECURITYSUITE.1.4v1": declared(["EXO-09"], ["online:settings.atpPolicyForO365"], "defenderForOffice365"),
  "MS.SECURITYSUITE.2.1v1": declared(["EXO-09"], ["online:settings.antiPhishPolicies", "org:online.threatProtection.protectedUsers"], "defenderForOffice365"),
  "MS.SECURITYSUITE.2.2v1": declared(["EXO-09"], ["online:settings.antiPhishPolicies"], "defenderForOffice365"),
  "MS.SECURITYSUITE.2.3v1": declared(["EXO-09"], ["online:settings.antiPhishPolicies", "org:online.threatProtection.partnerDomains"], "defenderForOffice365"),
  "MS.SECURITYSUITE.2.4v1": declared(["EXO-09"], ["online:settings.antiPhishPolicies"], "defenderForOffice365"),
  "MS.SECURITYSUITE.3.1v1": declared(["DLP-04", "DLP-01", "DLP-02"], ["online:settings.dlpComplianceRules"]),
  "MS.SECURITYSUITE.3.2v1": declared(["DLP-04"], ["online:settings.dlpCompliancePolicies"]),
  "MS.SECURITYSUITE.3.3v1": declared(["DLP-01", "DLP-04"], ["online:settings.dlpComplianceRules"]),
  "MS.SECURITYSUITE.3.4v1": declared(["DLP-02"], ["online:settings.dlpComplianceRules"]),
  "MS.SECURITYSUITE.3.5v1": { met: "not-declared", reason: "endpointDlpNeedsDevices", needs: "teamsDlp" },
  "MS.SECURITYSUITE.4.1v1": declared(["EXO-10"], ["online:settings.protectionAlerts"]),
  "MS.SECURITYSUITE.4.2v1": declared(["EXO-10"], ["online:settings.protectionAlerts", "org:online.threatProtection.alertRecipients"]),
  "MS.SECURITYSUITE.5.1v1": declared(["EXO-03"], ["online:settings.adminAuditLogConfig.UnifiedAuditLogIngestionEnabled"]),
  "MS.SECURITYSUITE.5.2v1": declared(["EXO-03", "LIC-03"], ["online:settings.unifiedAuditLogRetentionPolicies"]),
  "MS.SECURITYSUITE.6.1v1": declared(["EXO-09"], ["online:settings.hostedContentFilterPolicies"]),
  "MS.SECURITYSUITE.6.2v1": declared(["EXO-09"], ["online:settings.hostedContentFilterPolicies"]),
  "MS.SECURITYSUITE.7.1v1": declared(["EXO-09"], ["online:settings.safeLinksPolicies", "online:settings.safeLinksRules"], "defenderForOffice365"),
  "MS.SECURITYSUITE.7.2v1": declared(["EXO-09"], ["online:settings.safeLinksPolicies"], "defenderForOffice365"),
  "MS.SECURITYSUITE.7.3v1": declared(["EXO-09"], ["online:settings.safeLinksPolicies"], "defenderForOffice365"),
  "MS.SECURITYSUITE.8.1v1": declared(["EXO-09"], ["online:settings.hostedConnectionFilterPolicies"]),
  "MS.SECURITYSUITE.8.2v1": declared(["EXO-09"], ["online:settings.hostedConnectionFilterPolicies"]),
  // ---- Entra ID ----------------------------------------------------------------------------
  "MS.AAD.1.1v1": declared(["IAM-01"], [CONDITIONAL_ACCESS]),
  "MS.AAD.2.1v1": declared(["IAM-08"], [CONDITIONAL_ACCESS], "entraIdP2"),
  "MS.AAD.2.2v1": { met: "not-declared", reason: "riskNotificationNotDeclared", needs: "entraIdP2" },
  "MS.AAD.2.3v1": declared(["IAM-08"], [CONDITIONAL_ACCESS], "entraIdP2"),
  "MS.AAD.3.1v1": declared(["IAM-02"], [CONDITIONAL_ACCESS, "org:identity.allUsersAuthenticationStrength"]),
  "MS.AAD.3.2v2": declared(["IAM-02"], [CONDITIONAL_ACCESS]),
  "MS.AAD.3.3v2": declared(["IAM-06"], ["tenant:policies.authenticationMethods.microsoftAuthenticator"]),
  "MS.AAD.3.4v1": declared(["IAM-06"], ["tenant:policies.authenticationMethods.policyMigrationState"]),
  "MS.AAD.3.5v2": declared(["IAM-06"], ["tenant:policies.authenticationMethods.methods"]),
  "MS.AAD.3.6v1": declared(["IAM-02"], [CONDITIONAL_ACCESS, "org:identity.administratorRoleIds"]),
  "MS.AAD.3.7v1": declared(["IAM-08"], [CONDITIONAL_ACCESS, "org:identity.requireManagedDevice"], "intune"),
  "MS.AAD.3.8v1": declared(["IAM-08"], [CONDITIONAL_ACCESS, "org:identity.requireManagedDevice"], "intune"),
  "MS.AAD.3.9v1": declared(["IAM-06"], [CONDITIONAL_ACCESS]),
  "MS.AAD.4.1v1": { met: "not-declared", reason: "diagnosticSettingInOnlineStack", rules: ["AZ-05"] },
  "MS.AAD.5.1v1": declared(["IAM-07"], ["tenant:policies.authorization.allowedToCreateApps"]),
  "MS.AAD.5.2v1": declared(["IAM-07"], ["tenant:policies.authorization.permissionGrantPoliciesAssigned"]),
  "MS.AAD.5.3v1": declared(["IAM-07"], ["tenant:policies.adminConsentRequests"]),
  "MS.AAD.5.5v1": { met: "not-declared", reason: "appCredentialPolicyNotDeclared", rules: ["IAM-05"] },
  "MS.AAD.5.6v1": { met: "not-declared", reason: "appCredentialPolicyNotDeclared", rules: ["IAM-05"] },
  "MS.AAD.5.7v1": { met: "not-declared", reason: "appCredentialPolicyNotDeclared", rules: ["IAM-05"] },
  "MS.AAD.6.1v1": declared(["IAM-09"], ["tenant:policies.passwordExpiry"]),
  "MS.AAD.7.1v1": declared(["IAM-04"], ["org:identity.globalAdministrators"]),
  "MS.AAD.7.2v1": declared(["IAM-04"], ["org:identity.globalAdministrators"]),
  "MS.AAD.7.3v1": declared(["IAM-09"], ["org:identity.administratorAccounts"]),
  "MS.AAD.7.4v1": declared(["IAM-09"], ["tenant:policies.privilegedIdentityManagement"], "entraIdP2"),
  "MS.AAD.7.5v1": declared(["IAM-09"], ["tenant:policies.privilegedIdentityManagement"], "entraIdP2"),
  "MS.AAD.7.6v1": declared(["IAM-09"], ["tenant:policies.privilegedIdentityManagement"], "entraIdP2"),
  "MS.AAD.7.7v1": declared(["IAM-09"], ["tenant:policies.privilegedIdentityManagement"], "entraIdP2"),
  "MS.AAD.7.8v1": declared(["IAM-09"], ["tenant:policies.privilegedIdentityManagement"], "entraIdP2"),
  "MS.AAD.7.9v1": declared(["IAM-09"], ["tenant:policies.privilegedIdentityManagement"], "entraIdP2"),
  "MS.AAD.8.1v1": declared(["IAM-07"], ["tenant:policies.authorization.guestUserRoleId"]),
  "MS.AAD.8.2v1": declared(["IAM-07"], ["tenant:policies.authorization.allowInvitesFrom"]),
  "MS.AAD.8.3v1": declared(["IAM-07"], ["tenant:policies.guestInvitations.allowedDomains", "org:identity.guestInvitationDomains"]),
  "MS.AAD.9.1v1": { met: "not-declared", reason: "riskyAgentsNotDeclarable", needs: "entraIdP2" },
};

export type Applicability = { applies: true } | { applies: false; licence?: keyof SecurityEntitlements; reason?: ReasonKey };

/** Whether a policy applies to this organization: always, unless U.S.-federal only or its licence is not held. */
export function applicability(policy: ScubaPolicy, org: OrganizationFile): Applicability {
  const coverage = SCUBA_COVERAGE[policy.id]!;
  if (coverage.met === "not-applicable") return { applies: false, reason: coverage.reason };
  if (coverage.needs && !securityEntitlements(org)[coverage.needs]) return { applies: false, licence: coverage.needs };
  return { applies: true };
}

/** Every policy with its coverage and whether it applies here. */
export function scubaPolicies(org: OrganizationFile): (ScubaPolicy & { coverage: Coverage; applicability: Applicability })[] {
  return SCUBA_POLICIES.map((policy) => ({ ...policy, coverage: SCUBA_COVERAGE[policy.id]!, applicability: applicability(policy, org) }));
}
