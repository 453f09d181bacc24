// The Entra ID settings that are one per tenant, as data with Microsoft Graph's property names:
// the authentication methods policy, the authorization policy (app registration, user consent,
// guests), the admin consent workflow, the guest domain allow list, the password expiry of the
// accepted domains, and, with Entra ID P2, the PIM settings of the highly privileged roles.
// azuread has no resource for them, so they are carried by the exports (Microsoft365DSC, TCM,
// ScubaGear) and judged by the IAM rules from the tenant document (inventory/tenant.ts).
// Sources: cisa-scubagear-aad, learn-entra-authentication-methods, learn-entra-user-consent,
// learn-entra-b2b-allow-deny.
import { HIGHLY_PRIVILEGED_ROLES, type OrganizationFile } from "../schema";
import { securityEntitlements } from "./licensing";

/** "Restricted Guest User": guests see only their own directory objects (MS.AAD.8.1). */
export const RESTRICTED_GUEST_ROLE_ID = "2af84b1e-32c8-42b7-82bc-daa82404023b";
export const GLOBAL_ADMINISTRATOR_ROLE_ID = "62e90394-69f5-4237-9190-012177145e10";
/** Graph's value for "never expires" of a domain's password validity period (MS.AAD.6.1). */
export const PASSWORD_NEVER_EXPIRES_DAYS = 2147483647;

export type MethodId = "Sms" | "Voice" | "Email" | "MicrosoftAuthenticator" | "Fido2" | "X509Certificate" | "TemporaryAccessPass";

export interface EntraTenantPolicies {
  authenticationMethods: {
    /** The legacy MFA and SSPR settings no longer apply (MS.AAD.3.4). */
    policyMigrationState: "migrationComplete";
    /** SMS, voice and e-mail codes off (MS.AAD.3.5); the Authenticator shows app and location (3.3). */
    methods: { id: MethodId; state: "enabled" | "disabled" }[];
    microsoftAuthenticator: { displayAppInformationRequiredState: "enabled"; displayLocationInformationRequiredState: "enabled"; numberMatchingRequiredState: "enabled" };
  };
  authorization: {
    /** Only administrators register applications (MS.AAD.5.1). */
    allowedToCreateApps: false;
    /** Empty: users cannot consent to applications (MS.AAD.5.2). */
    permissionGrantPoliciesAssigned: string[];
    /** Only administrators and Guest Inviters invite guests (MS.AAD.8.2). */
    allowInvitesFrom: "adminsAndGuestInviters";
    guestUserRoleId: string;
  };
  /** Users ask, reviewers decide (MS.AAD.5.3): the privileged administrators group reviews. */
  adminConsentRequests: { isEnabled: true; notifyReviewers: true; remindersEnabled: true; requestDurationInDays: number; reviewerGroup: string };
  /** Guests only from these domains (MS.AAD.8.3); empty: not restricted by domain (IAM-07 warns). */
  guestInvitations: { allowedDomains: string[] };
  /** Accepted domains whose passwords never expire (MS.AAD.6.1). */
  passwordExpiry: { domain: string; passwordValidityPeriodInDays: number }[];
  /** Declared in the organization file: privileged accounts exist only in Entra ID (MS.AAD.7.3). */
  administratorAccounts: OrganizationFile["identity"]["administratorAccounts"];
  /** With Entra ID P2: the highly privileged roles only through PIM (MS.AAD.7.4-7.9); null without it. */
  privilegedIdentityManagement: {
    roles: {
      roleId: string;
      displayName: string;
      /** No permanent active assignment (MS.AAD.7.4); eligible assignments are the route (7.5). */
      permanentActiveAssignment: false;
      activationRequiresApproval: boolean;
      activationRequiresMfa: true;
      maximumActivationHours: number;
      /** Alerts to the privileged administrators on eligible and active assignment (7.7) and on activation (7.8, 7.9). */
      alertOnAssignment: true;
      alertOnActivation: true;
    }[];
  } | null;
}

/** The group that reviews consent requests and receives PIM alerts (model/entra/baseline.ts's administrators group). */
export const ADMINISTRATORS_GROUP = "Privileged administrators";

export function entraTenantPolicies(org: OrganizationFile): EntraTenantPolicies {
  const identity = org.identity;
  const domains = [...identity.guestInvitationDomains].sort();
  return {
    authenticationMethods: {
      policyMigrationState: "migrationComplete",
      methods: [
        { id: "Sms", state: "disabled" },
        { id: "Voice", state: "disabled" },
        { id: "Email", state: "disabled" },
        { id: "MicrosoftAuthenticator", state: "enabled" },
        { id: "Fido2", state: "enabled" },
        { id: "TemporaryAccessPass", state: "enabled" },
      ],
      microsoftAuthenticator: { displayAppInformationRequiredState: "enabled", displayLocationInformationRequiredState: "enabled", numberMatchingRequiredState: "enabled" },
    },
    authorization: {
      allowedToCreateApps: false,
      permissionGrantPoliciesAssigned: [],
      allowInvitesFrom: "adminsAndGuestInviters",
      guestUserRoleId: RESTRICTED_GUEST_ROLE_ID,
    },
    adminConsentRequests: { isEnabled: true, notifyReviewers: true, remindersEnabled: true, requestDurationInDays: 30, reviewerGroup: ADMINISTRATORS_GROUP },
    guestInvitations: { allowedDomains: domains },
    passwordExpiry: [...org.organization.acceptedDomains].sort().map((domain) => ({ domain, passwordValidityPeriodInDays: PASSWORD_NEVER_EXPIRES_DAYS })),
    administratorAccounts: identity.administratorAccounts,
    privilegedIdentityManagement: securityEntitlements(org).entraIdP2
      ? {
          roles: Object.entries(HIGHLY_PRIVILEGED_ROLES).map(([roleId, displayName]) => ({
            roleId,
            displayName,
            permanentActiveAssignment: false as const,
            // Global Administrator needs an approver (MS.AAD.7.6); the others MFA and a reason.
            activationRequiresApproval: roleId === GLOBAL_ADMINISTRATOR_ROLE_ID,
            activationRequiresMfa: true as const,
            maximumActivationHours: 8,
            alertOnAssignment: true as const,
            alertOnActivation: true as const,
          })),
        }
      : null,
  };
}
