// The Entra ID part of the Microsoft365DSC export: the Conditional Access policies the tenant
// program declares, the authentication methods, the authorization policy, the admin consent
// workflow, the accepted domains' password expiry and, with Entra ID P2, the PIM settings of the
// highly privileged roles (model/entra). Microsoft365DSC names groups, roles and named locations
// by display name; users may be given by object id.
import type { ConditionalAccessPolicyObject, EntraBaseline, EntraReference } from "../../model/entra/objects";
import { isReference } from "../../model/entra/objects";
import type { EntraTenantPolicies } from "../../model/entra/tenant-policies";
import { PHISHING_RESISTANT_STRENGTH_ID } from "../../model/entra/baseline";
import { PRIVILEGED_ROLE_NAMES } from "../../model/schema";
import type { DscResource, DscProperties } from "./m365dsc";

export interface EntraDeclaration {
  baseline: EntraBaseline;
  policies: EntraTenantPolicies;
}

const present = { Ensure: "Present" };

export function entraDscResources({ baseline, policies }: EntraDeclaration): DscResource[] {
  const displayNames = new Map<string, string>([
    [baseline.policyScopeGroups.administrators.name, baseline.policyScopeGroups.administrators.inputs.displayName],
    [baseline.policyScopeGroups.signInCountryExceptions.name, baseline.policyScopeGroups.signInCountryExceptions.inputs.displayName],
    [baseline.allowedCountries.name, baseline.allowedCountries.inputs.displayName],
  ]);
  const named = (values: (string | EntraReference)[] | undefined) => (values ?? []).map((value) => (isReference(value) ? displayNames.get(value.ref)! : value));
  const methods = policies.authenticationMethods;
  const feature = (state: string) => ({
    cim: "MSFT_MicrosoftGraphAuthenticationMethodFeatureConfiguration",
    properties: { State: state, IncludeTarget: { cim: "MSFT_AADAuthenticationMethodPolicyAuthenticatorFeatureTarget", properties: { Id: "all_users", TargetType: "group" } } },
  });
  const method = (id: string) => methods.methods.find((candidate) => candidate.id === id)?.state ?? "disabled";
  return [
    ...baseline.conditionalAccess.map((policy) => conditionalAccess(policy, named)),
    { type: "AADAuthenticationMethodPolicy", name: "Authentication methods", properties: { DisplayName: "Authentication Methods Policy", PolicyMigrationState: methods.policyMigrationState, ...present } },
    // SMS, voice and e-mail one-time codes off (MS.AAD.3.5).
    { type: "AADAuthenticationMethodPolicySms", name: "Sms", properties: { Id: "Sms", State: method("Sms"), ...present } },
    { type: "AADAuthenticationMethodPolicyVoice", name: "Voice", properties: { Id: "Voice", State: method("Voice"), ...present } },
    { type: "AADAuthenticationMethodPolicyEmail", name: "Email", properties: { Id: "Email", State: method("Email"), ...present } },
    {
      type: "AADAuthenticationMethodPolicyAuthenticator",
      name: "MicrosoftAuthenticator",
      properties: {
        Id: "MicrosoftAuthenticator",
        State: method("MicrosoftAuthenticator"),
        FeatureSettings: {
          cim: "MSFT_MicrosoftGraphMicrosoftAuthenticatorFeatureSettings",
          properties: {
            DisplayAppInformationRequiredState: feature(methods.microsoftAuthenticator.displayAppInformationRequiredState),
            DisplayLocationInformationRequiredState: feature(methods.microsoftAuthenticator.displayLocationInformationRequiredState),
            NumberMatchingRequiredState: feature(methods.microsoftAuthenticator.numberMatchingRequiredState),
          },
        },
        ...present,
      },
    },
    {
      type: "AADAuthorizationPolicy",
      name: "Authorization policy",
      properties: {
        IsSingleInstance: "Yes",
        DefaultUserRoleAllowedToCreateApps: policies.authorization.allowedToCreateApps,
        // Empty: users cannot consent (MS.AAD.5.2); written out, since left out it would not be managed.
        PermissionGrantPolicyIdsAssignedToDefaultUserRole: policies.authorization.permissionGrantPoliciesAssigned,
        AllowInvitesFrom: "AdminsAndGuestInviters",
        // The guest access level (MS.AAD.8.1) has no parameter in this Microsoft365DSC release.
        ...present,
      },
    },
    {
      type: "AADAdminConsentRequestPolicy",
      name: "Admin consent requests",
      properties: {
        IsSingleInstance: "Yes",
        IsEnabled: policies.adminConsentRequests.isEnabled,
        NotifyReviewers: policies.adminConsentRequests.notifyReviewers,
        RemindersEnabled: policies.adminConsentRequests.remindersEnabled,
        RequestDurationInDays: policies.adminConsentRequests.requestDurationInDays,
        Reviewers: [{ cim: "MSFT_AADAdminConsentRequestPolicyReviewer", properties: { ReviewerType: "Group", ReviewerId: policies.adminConsentRequests.reviewerGroup } }],
      },
    },
    ...policies.passwordExpiry.map((entry) => ({ type: "AADDomain", name: entry.domain, properties: { Id: entry.domain, PasswordValidityPeriodInDays: entry.passwordValidityPeriodInDays, ...present } })),
    ...(policies.privilegedIdentityManagement?.roles ?? []).map((role) => ({
      type: "AADRoleSetting",
      name: role.displayName,
      properties: {
        DisplayName: role.displayName,
        ActivationMaxDuration: `PT${role.maximumActivationHours}H`,
        ActivationReqMFA: role.activationRequiresMfa,
        ActivationReqJustification: true,
        ApprovaltoActivate: role.activationRequiresApproval,
        // An expiry on every active assignment: none is permanent (MS.AAD.7.4).
        PermanentActiveAssignmentisExpirationRequired: !role.permanentActiveAssignment,
        EligibleAlertNotificationDefaultRecipient: role.alertOnAssignment,
        ActiveAlertNotificationDefaultRecipient: role.alertOnAssignment,
        EligibleAssigneeNotificationDefaultRecipient: role.alertOnActivation,
        ...present,
      } satisfies DscProperties,
    })),
  ];
}

function conditionalAccess(policy: ConditionalAccessPolicyObject, named: (values: (string | EntraReference)[] | undefined) => string[]): DscResource {
  const { displayName, state, conditions, grantControls } = policy.inputs;
  const applications = conditions.applications;
  const strength = grantControls.authenticationStrengthPolicyId?.endsWith(PHISHING_RESISTANT_STRENGTH_ID) ? "Phishing-resistant MFA" : "";
  const properties: DscProperties = {
    DisplayName: displayName,
    State: state,
    IncludeApplications: "includedApplications" in applications ? applications.includedApplications : [],
    IncludeUserActions: "includedUserActions" in applications ? applications.includedUserActions : [],
    IncludeUsers: conditions.users.includedUsers ?? [],
    ExcludeUsers: conditions.users.excludedUsers ?? [],
    IncludeGroups: named(conditions.users.includedGroups),
    ExcludeGroups: named(conditions.users.excludedGroups),
    IncludeRoles: (conditions.users.includedRoles ?? []).map((id) => PRIVILEGED_ROLE_NAMES[id] ?? id),
    IncludeLocations: conditions.locations?.includedLocations ?? [],
    ExcludeLocations: named(conditions.locations?.excludedLocations),
    ClientAppTypes: conditions.clientAppTypes,
    UserRiskLevels: conditions.userRiskLevels ?? [],
    SignInRiskLevels: conditions.signInRiskLevels ?? [],
    TransferMethods: (conditions.authenticationFlowTransferMethods ?? []).join(","),
    GrantControlOperator: grantControls.operator,
    BuiltInControls: grantControls.builtInControls ?? [],
    AuthenticationStrength: strength,
    ...present,
  };
  return { type: "AADConditionalAccessPolicy", name: displayName, properties: Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== "" && !(Array.isArray(value) && value.length === 0))) };
}
