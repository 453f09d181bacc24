// The Entra ID baseline of the Exchange Online option as data: one pure function of the
// organization file (no engine, no network). The tenant Pulumi program declares exactly these
// objects (test/tenant-program.test.ts proves it under Pulumi's mocks); check, cost and compare
// judge them (inventory/tenant.ts).
//
// - Conditional Access (source: cisa-scubagear-aad): CA01 blocks legacy authentication
//   (MS.AAD.1.1, IAM-01), CA02 requires phishing-resistant MFA (or, while it is rolled out, any
//   MFA) for all users (MS.AAD.3.1, 3.2), CA03 phishing-resistant MFA for administrators
//   (MS.AAD.3.6, IAM-02), CA04 blocks sign-ins from outside the allowed countries (IAM-03),
//   CA05 blocks the device code flow (MS.AAD.3.9, IAM-06); with Intune, CA06 and CA07 require a
//   managed device to register MFA and to sign in (MS.AAD.3.8, 3.7); with Entra ID P2, CA08
//   and CA09 block high user and sign-in risk (MS.AAD.2.1, 2.3, IAM-08). Break-glass accounts are excluded from every policy (MS.AAD.7.1
//   guidance, IAM-04), so a mistake in a policy can never lock every administrator out.
// - groups that scope those policies, and one group per records access role (RET-03);
// - the automation identity CI applies the Exchange Online configuration with: an application
//   signing in with a federated credential, never a client secret (IAM-05), with the
//   Exchange.ManageAsApp app role and Entra roles: app-only Exchange access needs both
//   (sources: learn-exo-powershell, learn-workload-identity-federation).
import { InputError, describeValue } from "../input-error";
import { securityEntitlements } from "./licensing";
import type { OrganizationFile } from "../schema";
import {
  APP_ROLE_ASSIGNMENT,
  APPLICATION,
  CONDITIONAL_ACCESS_POLICY,
  DIRECTORY_ROLE_ASSIGNMENT,
  FEDERATED_IDENTITY_CREDENTIAL,
  GROUP,
  NAMED_LOCATION,
  SERVICE_PRINCIPAL,
  reference,
  type ApplicationObject,
  type ConditionalAccessPolicyInputs,
  type ConditionalAccessPolicyObject,
  type EntraBaseline,
  type EntraReference,
  type GroupObject,
  type NamedLocationObject,
  type ServicePrincipalObject,
} from "./objects";

/** The program's components by part of the baseline: each name prefixes its objects' names. */
export const COMPONENT_NAMES = { policyScopeGroups: "scope", allowedCountries: "allowed-countries", conditionalAccess: "baseline", automation: "automation" } as const;

/** Built-in authentication strength "Phishing-resistant MFA" (the same id in every tenant). */
export const PHISHING_RESISTANT_STRENGTH_ID = "00000000-0000-0000-0000-000000000004";
/** Client app types that cannot do modern authentication: Exchange ActiveSync and other (IMAP, POP, SMTP AUTH, ...). */
export const LEGACY_CLIENT_APP_TYPES = ["exchangeActiveSync", "other"];
/** Office 365 Exchange Online, the same application id in every tenant (source: learn-customer-key-set-up). */
export const EXCHANGE_ONLINE_APP_ID = "00000002-0000-0ff1-ce00-000000000000";
/** App role Exchange.ManageAsApp of Office 365 Exchange Online. */
export const EXCHANGE_MANAGE_AS_APP_ROLE_ID = "dc50a0fb-09a3-484d-be87-e023b12c6440";

/** The tenant's Entra objects for this organization; an InputError names the field that prevents them. */
export function entraBaseline(org: OrganizationFile): EntraBaseline {
  const identity = org.identity;
  if (identity.breakGlassAccountIds.length === 0) {
    throw new InputError(
      "identity.breakGlassAccountIds",
      describeValue(identity.breakGlassAccountIds).replace("a list of 0", "an empty list"),
      "the object ids of the emergency access accounts (at least one, Microsoft recommends two), so Conditional Access cannot lock every administrator out",
    );
  }
  const federatedCredential = identity.automation.federatedCredential;
  if (!federatedCredential) {
    throw new InputError(
      "identity.automation.federatedCredential",
      describeValue(undefined),
      "the issuer and subject of your CI's OIDC token (e.g. subject repo:org/repo:environment:production): the automation identity has no client secret",
    );
  }
  // Found by the property tests: the schema takes any URL and any text, while Entra ID accepts
  // only an https issuer and a non-empty subject.
  if (!/^https:\/\/\S+$/.test(federatedCredential.issuer)) {
    throw new InputError("identity.automation.federatedCredential.issuer", describeValue(federatedCredential.issuer), "an https URL: Entra ID accepts only https OIDC issuers (e.g. https://token.actions.githubusercontent.com)");
  }
  if (federatedCredential.subject.trim() === "") {
    throw new InputError("identity.automation.federatedCredential.subject", describeValue(federatedCredential.subject), "the subject claim of your CI's OIDC token, e.g. repo:org/repo:environment:production");
  }
  const countries = identity.allowedSignInCountries ?? [org.organization.country.toUpperCase()];
  // Found by the property tests: the schema takes any two characters as the country.
  if (!identity.allowedSignInCountries && !/^[A-Z]{2}$/.test(countries[0]!)) {
    throw new InputError("organization.country", describeValue(org.organization.country), "an ISO 3166-1 alpha-2 code such as SE (the default of identity.allowedSignInCountries), or set identity.allowedSignInCountries");
  }

  const policyScopeGroups = scopeGroups(org, countries);
  const allowedCountries: NamedLocationObject = {
    type: NAMED_LOCATION,
    name: `${COMPONENT_NAMES.allowedCountries}-location`,
    inputs: {
      displayName: "Allowed sign-in countries",
      // Unknown countries are not included, so an address that maps to no country is outside.
      country: { countriesAndRegions: [...new Set(countries)].sort(), countryLookupMethod: "clientIpAddress", includeUnknownCountriesAndRegions: false },
    },
  };

  const state = identity.conditionalAccessState;
  const allApplications = { includedApplications: ["All"] };
  const everyoneButBreakGlass = { includedUsers: ["All"], excludedUsers: identity.breakGlassAccountIds };
  // A built-in strength id needs the Graph path prefix (azuread ConditionalAccessPolicyGrantControls).
  const phishingResistant = { operator: "OR", authenticationStrengthPolicyId: `/policies/authenticationStrengthPolicies/${PHISHING_RESISTANT_STRENGTH_ID}` };
  const block = { operator: "OR", builtInControls: ["block"] };
  const managedDevice = { operator: "OR", builtInControls: ["compliantDevice", "domainJoinedDevice"] };
  const licensed = securityEntitlements(org);
  const devices = licensed.intune && identity.requireManagedDevice;
  const policy = (id: string, displayName: string, conditions: ConditionalAccessPolicyInputs["conditions"], grantControls: ConditionalAccessPolicyInputs["grantControls"]): ConditionalAccessPolicyObject => ({
    type: CONDITIONAL_ACCESS_POLICY,
    name: `${COMPONENT_NAMES.conditionalAccess}-${id}`,
    inputs: { displayName, state, conditions, grantControls },
  });
  const conditionalAccess = [
    policy(
      "block-legacy-authentication",
      "CA01 Block legacy authentication",
      { users: everyoneButBreakGlass, applications: allApplications, clientAppTypes: LEGACY_CLIENT_APP_TYPES },
      { operator: "OR", builtInControls: ["block"] },
    ),
    policy(
      "require-mfa",
      "CA02 Require MFA for all users",
      { users: everyoneButBreakGlass, applications: allApplications, clientAppTypes: ["all"] },
      identity.allUsersAuthenticationStrength === "phishing-resistant" ? phishingResistant : { operator: "OR", builtInControls: ["mfa"] },
    ),
    policy(
      "require-phishing-resistant-mfa-for-administrators",
      "CA03 Require phishing-resistant MFA for administrators",
      {
        users: { includedRoles: identity.administratorRoleIds, includedGroups: [reference(policyScopeGroups.administrators, "objectId")], excludedUsers: identity.breakGlassAccountIds },
        applications: allApplications,
        clientAppTypes: ["all"],
      },
      phishingResistant,
    ),
    policy(
      "block-other-countries",
      "CA04 Block sign-ins from outside the allowed countries",
      {
        users: { ...everyoneButBreakGlass, excludedGroups: [reference(policyScopeGroups.signInCountryExceptions, "objectId")] },
        applications: allApplications,
        clientAppTypes: ["all"],
        locations: { includedLocations: ["All"], excludedLocations: [reference(allowedCountries, "objectId")] },
      },
      { operator: "OR", builtInControls: ["block"] },
    ),
    policy(
      "block-device-code-flow",
      "CA05 Block device code flow",
      { users: everyoneButBreakGlass, applications: allApplications, clientAppTypes: ["all"], authenticationFlowTransferMethods: ["deviceCodeFlow"] },
      block,
    ),
    ...(devices
      ? [
          policy(
            "require-managed-device-to-register-mfa",
            "CA06 Require a managed device to register security information",
            { users: everyoneButBreakGlass, applications: { includedUserActions: ["urn:user:registersecurityinfo"] }, clientAppTypes: ["all"] },
            managedDevice,
          ),
          policy("require-managed-device", "CA07 Require a managed device", { users: everyoneButBreakGlass, applications: allApplications, clientAppTypes: ["all"] }, managedDevice),
        ]
      : []),
    ...(licensed.entraIdP2
      ? [
          policy("block-high-user-risk", "CA08 Block high-risk users", { users: everyoneButBreakGlass, applications: allApplications, clientAppTypes: ["all"], userRiskLevels: ["high"] }, block),
          policy("block-high-sign-in-risk", "CA09 Block high-risk sign-ins", { users: everyoneButBreakGlass, applications: allApplications, clientAppTypes: ["all"], signInRiskLevels: ["high"] }, block),
        ]
      : []),
  ];

  return { policyScopeGroups, allowedCountries, conditionalAccess, automation: automationIdentity(org, federatedCredential) };
}

function scopeGroups(org: OrganizationFile, countries: string[]): EntraBaseline["policyScopeGroups"] {
  const group = (id: string, displayName: string, description: string, assignableToRole = false): GroupObject => ({
    type: GROUP,
    name: `${COMPONENT_NAMES.policyScopeGroups}-${id}`,
    inputs: {
      displayName,
      description,
      mailNickname: mailNickname(displayName),
      securityEnabled: true,
      mailEnabled: false,
      // Role-assignable groups can only be changed by Privileged Role Administrators, so
      // membership of a group that tightens sign-in cannot be edited by group owners.
      assignableToRole,
      preventDuplicateNames: true,
    },
  });
  // Found by the property tests: a role listed twice is the same role, so it is one group,
  // as in the Exchange Online role groups.
  const roles = [...new Set(org.governance.recordsAccessRoles)];
  const recordsAccess = roles.map((role) =>
    group(`records-access-${mailNickname(role)}`, `Records access: ${role}`, `Search, export and hold across all mailboxes for the role ${role} (RET-03).`),
  );
  // Two roles that differ only in case, accents or punctuation would be two resources of one name.
  const seen = new Map<string, string>();
  recordsAccess.forEach((object, index) => {
    const clash = seen.get(object.name);
    if (clash !== undefined) {
      throw new InputError("governance.recordsAccessRoles", `${JSON.stringify(clash)} and ${JSON.stringify(roles[index])}`, "role names that differ in their letters or digits (each role becomes an Entra group named after it)");
    }
    seen.set(object.name, roles[index]!);
  });
  return {
    administrators: group("administrators", "Privileged administrators", "Members sign in with phishing-resistant MFA (Conditional Access, IAM-02), in addition to holders of privileged roles.", true),
    signInCountryExceptions: group(
      "sign-in-country-exceptions",
      "Sign-in country exceptions",
      `Temporary members may sign in from outside ${countries.join(", ")} (IAM-03); remove them when they are back.`,
      true,
    ),
    recordsAccess,
  };
}

function automationIdentity(org: OrganizationFile, credential: NonNullable<OrganizationFile["identity"]["automation"]["federatedCredential"]>): EntraBaseline["automation"] {
  const prefix = COMPONENT_NAMES.automation;
  const { displayName, directoryRoleIds } = org.identity.automation;
  // No password credential and no ApplicationPassword: nothing secret ever reaches the state.
  const application: ApplicationObject = {
    type: APPLICATION,
    name: `${prefix}-application`,
    inputs: {
      displayName,
      signInAudience: "AzureADMyOrg",
      preventDuplicateNames: true,
      requiredResourceAccesses: [{ resourceAppId: EXCHANGE_ONLINE_APP_ID, resourceAccesses: [{ id: EXCHANGE_MANAGE_AS_APP_ROLE_ID, type: "Role" }] }],
    },
    // CI's deploy identity runs the program: a run must never delete it, or its own sign-in.
    protect: true,
  };
  const servicePrincipal: ServicePrincipalObject = { type: SERVICE_PRINCIPAL, name: `${prefix}-service-principal`, inputs: { clientId: reference(application, "clientId") }, protect: true };
  const principalObjectId: EntraReference = reference(servicePrincipal, "objectId");
  // Microsoft's own service principal: looked up, never deleted with this stack.
  const exchangeOnline: ServicePrincipalObject = { type: SERVICE_PRINCIPAL, name: `${prefix}-exchange-online`, inputs: { clientId: EXCHANGE_ONLINE_APP_ID, useExisting: true }, retainOnDelete: true };
  return {
    application,
    servicePrincipal,
    federatedCredential: {
      type: FEDERATED_IDENTITY_CREDENTIAL,
      name: `${prefix}-ci`,
      inputs: {
        applicationId: reference(application, "id"),
        displayName: "ci",
        description: "CI signs in with its OIDC token; no client secret exists.",
        issuer: credential.issuer,
        subject: credential.subject,
        audiences: credential.audiences ?? ["api://AzureADTokenExchange"],
      },
      protect: true,
    },
    exchangeOnline,
    manageAsApp: {
      type: APP_ROLE_ASSIGNMENT,
      name: `${prefix}-exchange-manage-as-app`,
      inputs: { appRoleId: EXCHANGE_MANAGE_AS_APP_ROLE_ID, principalObjectId, resourceObjectId: reference(exchangeOnline, "objectId") },
    },
    // A role listed twice is one assignment (two would be two resources of one name).
    directoryRoles: [...new Set(directoryRoleIds)].map((roleId) => ({ type: DIRECTORY_ROLE_ASSIGNMENT, name: `${prefix}-role-${roleId}`, inputs: { roleId, principalObjectId } })),
  };
}

function mailNickname(displayName: string): string {
  return displayName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
}
