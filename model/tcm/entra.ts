// The Entra objects the tenant program declares (inventory/tenant.ts) as TCM baseline
// resources, one row per azuread resource type. TCM names related objects the way
// Microsoft365DSC does: groups, named locations and authentication strengths by display name,
// users by user principal name, roles by role name (source: m365dsc-conditional-access-tests).
// What the organization file holds only as object ids cannot be stated that way, so it is
// left out of the monitor and listed as not covered.
import { EXCHANGE_MANAGE_AS_APP_ROLE_ID, EXCHANGE_ONLINE_APP_ID, PHISHING_RESISTANT_STRENGTH_ID } from "../entra/baseline";
import type { TenantDocument, TenantResource } from "../../inventory/tenant-document";
import { PRIVILEGED_ROLE_NAMES, type OrganizationFile } from "../schema";
import type { NotCovered, Origin, TcmValue } from "./body";
import type { TcmResourceType } from "./reference";

export interface EntraMapping {
  resourceType: TcmResourceType;
  displayName: (inputs: Inputs) => string;
  properties: (inputs: Inputs, document: TenantDocument, org: OrganizationFile) => Record<string, TcmValue | undefined>;
  origins: (inputs: Inputs, org: OrganizationFile) => { origin: Origin; propertyOrigins?: Record<string, Origin> };
}

export interface EntraNotCovered {
  notCovered: NotCovered;
}

type Inputs = Record<string, any>;

/** Built-in authentication strengths by id, as TCM names them (source: m365dsc-conditional-access-tests). */
const AUTHENTICATION_STRENGTHS: Record<string, string> = { [PHISHING_RESISTANT_STRENGTH_ID]: "Phishing-resistant MFA" };
/** The APIs and app roles the automation identity asks for, by the names TCM uses. */
const APIS: Record<string, { name: string; roles: Record<string, string> }> = {
  [EXCHANGE_ONLINE_APP_ID]: { name: "Office 365 Exchange Online", roles: { [EXCHANGE_MANAGE_AS_APP_ROLE_ID]: "Exchange.ManageAsApp" } },
};
/** Values Conditional Access takes instead of an object id. */
const KEYWORDS = new Set(["All", "None", "GuestsOrExternalUsers", "AllTrusted", "Office365"]);

/** The display names of objects the program declares, by the object ids it refers to them with; undefined if any is foreign. */
function displayNames(ids: string[] | undefined, document: TenantDocument): string[] | undefined {
  if (!ids?.length) return undefined;
  const names = ids.map((id) => (KEYWORDS.has(id) ? id : (document.resources.find((resource) => resource.objectId === id)?.inputs.displayName as string | undefined)));
  return names.every((name) => name !== undefined) ? names : undefined;
}

const keywordsOnly = (values: string[] | undefined) => (values?.length && values.every((value) => KEYWORDS.has(value)) ? values : undefined);

const countriesField = (org: OrganizationFile) => (org.identity.allowedSignInCountries ? "identity.allowedSignInCountries" : "organization.country");

export const ENTRA_TYPES: Record<string, EntraMapping | EntraNotCovered> = {
  "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy": {
    resourceType: "microsoft.entra.conditionalaccesspolicy",
    displayName: (inputs) => `Conditional Access: ${inputs.displayName}`,
    properties: ({ displayName, state, conditions, grantControls }, document, org) => ({
      DisplayName: displayName,
      State: state,
      IncludeApplications: conditions.applications?.includedApplications,
      IncludeUserActions: conditions.applications?.includedUserActions,
      IncludeUsers: keywordsOnly(conditions.users?.includedUsers),
      ExcludeUsers: breakGlassNames(conditions.users?.excludedUsers, org),
      IncludeRoles: roleNames(conditions.users?.includedRoles),
      UserRiskLevels: conditions.userRiskLevels,
      SignInRiskLevels: conditions.signInRiskLevels,
      TransferMethods: conditions.authenticationFlowTransferMethods?.join(","),
      IncludeGroups: displayNames(conditions.users?.includedGroups, document),
      ExcludeGroups: displayNames(conditions.users?.excludedGroups, document),
      ClientAppTypes: conditions.clientAppTypes,
      IncludeLocations: displayNames(conditions.locations?.includedLocations, document),
      ExcludeLocations: displayNames(conditions.locations?.excludedLocations, document),
      GrantControlOperator: grantControls.operator,
      BuiltInControls: grantControls.builtInControls,
      AuthenticationStrength: AUTHENTICATION_STRENGTHS[String(grantControls.authenticationStrengthPolicyId ?? "").split("/").pop()!],
    }),
    origins: (_inputs, org) => ({
      origin: null,
      propertyOrigins: { State: "identity.conditionalAccessState", ExcludeLocations: countriesField(org), ExcludeUsers: "identity.breakGlassUserPrincipalNames", IncludeRoles: "identity.administratorRoleIds" },
    }),
  },
  "azuread:index/group:Group": {
    resourceType: "microsoft.entra.group",
    displayName: (inputs) => `Group: ${inputs.displayName}`,
    properties: (inputs) => ({
      DisplayName: inputs.displayName,
      MailNickname: inputs.mailNickname,
      Description: inputs.description,
      SecurityEnabled: inputs.securityEnabled,
      MailEnabled: inputs.mailEnabled,
      IsAssignableToRole: inputs.assignableToRole,
    }),
    origins: (inputs, org) => {
      const role = [...new Set(org.governance.recordsAccessRoles)].find((candidate) => inputs.displayName === `Records access: ${candidate}`);
      if (role !== undefined) return { origin: `governance.recordsAccessRoles.${org.governance.recordsAccessRoles.indexOf(role)}` };
      return { origin: null, propertyOrigins: { Description: inputs.displayName === "Sign-in country exceptions" ? countriesField(org) : null } };
    },
  },
  "azuread:index/namedLocation:NamedLocation": {
    resourceType: "microsoft.entra.namedlocationpolicy",
    displayName: (inputs) => `Named location: ${inputs.displayName}`,
    properties: ({ displayName, country }) => ({
      OdataType: "#microsoft.graph.countryNamedLocation",
      DisplayName: displayName,
      CountriesAndRegions: country.countriesAndRegions,
      CountryLookupMethod: country.countryLookupMethod,
      IncludeUnknownCountriesAndRegions: country.includeUnknownCountriesAndRegions,
    }),
    origins: (_inputs, org) => ({ origin: null, propertyOrigins: { CountriesAndRegions: countriesField(org) } }),
  },
  "azuread:index/application:Application": {
    resourceType: "microsoft.entra.application",
    displayName: (inputs) => `Application: ${inputs.displayName}`,
    properties: (inputs, document) => ({
      DisplayName: inputs.displayName,
      AvailableToOtherTenants: inputs.signInAudience !== "AzureADMyOrg",
      Permissions: applicationPermissions(inputs, document),
    }),
    origins: () => ({ origin: null, propertyOrigins: { DisplayName: "identity.automation.displayName" } }),
  },
  "azuread:index/servicePrincipal:ServicePrincipal": {
    notCovered: { what: "Service principals", field: null, reason: "TCM finds one by its application id, which Entra ID assigns when the application is created" },
  },
  "azuread:index/applicationFederatedIdentityCredential:ApplicationFederatedIdentityCredential": {
    notCovered: { what: "The automation identity's federated credential", field: "identity.automation.federatedCredential", reason: "TCM has no resource type for it" },
  },
  "azuread:index/appRoleAssignment:AppRoleAssignment": {
    notCovered: { what: "The Exchange.ManageAsApp app role assignment as an object", field: null, reason: "watched through the application's Permissions (AdminConsentGranted) instead" },
  },
  "azuread:index/directoryRoleAssignment:DirectoryRoleAssignment": {
    notCovered: { what: "The automation identity's directory roles", field: "identity.automation.directoryRoleIds", reason: "TCM has no resource type for active role assignments" },
  },
};

/** The break-glass accounts by user principal name, when the file gives one for each (TCM names users that way). */
function breakGlassNames(ids: string[] | undefined, org: OrganizationFile): string[] | undefined {
  const names = org.identity.breakGlassUserPrincipalNames;
  if (!ids?.length || !names || names.length !== org.identity.breakGlassAccountIds.length) return undefined;
  const byId = new Map(org.identity.breakGlassAccountIds.map((id, index) => [id, names[index]!]));
  const mapped = ids.map((id) => byId.get(id));
  return mapped.every((name) => name !== undefined) ? (mapped as string[]) : undefined;
}

/** Built-in roles by their display names; undefined when any role is not a built-in one this project names. */
function roleNames(ids: string[] | undefined): string[] | undefined {
  if (!ids?.length) return undefined;
  const names = ids.map((id) => PRIVILEGED_ROLE_NAMES[id]);
  return names.every((name) => name !== undefined) ? (names as string[]) : undefined;
}

/**
 * Parts of the declared Entra ID baseline the monitor does not watch: Conditional Access names the
 * organization file does not hold, and the tenant-wide settings.
 */
export function entraNotCovered(org: OrganizationFile): NotCovered[] {
  const names = org.identity.breakGlassUserPrincipalNames;
  const unnamedRoles = org.identity.administratorRoleIds.filter((id) => !PRIVILEGED_ROLE_NAMES[id]);
  return [
    ...(names && names.length === org.identity.breakGlassAccountIds.length
      ? []
      : [{ what: "The break-glass accounts excluded from every Conditional Access policy", field: "identity.breakGlassUserPrincipalNames", reason: "TCM names users by user principal name; give one for each break-glass account" }]),
    ...(unnamedRoles.length
      ? [{ what: "The administrator roles CA03 holds to phishing-resistant MFA", field: "identity.administratorRoleIds", reason: `TCM names roles by display name; ${unnamedRoles.join(", ")} is not a built-in role this project knows by name` }]
      : []),
    {
      what: "The tenant-wide Entra settings: authentication methods, authorization policy, admin consent workflow, guest domains, password expiry, PIM",
      field: null,
      reason: "their TCM properties are not recorded in this project yet; the Microsoft365DSC export carries them",
    },
  ];
}

function applicationPermissions(inputs: Inputs, document: TenantDocument): TcmValue[] | undefined {
  const granted = (roleId: string) =>
    document.resources.some((resource: TenantResource) => resource.type === "azuread:index/appRoleAssignment:AppRoleAssignment" && resource.inputs.appRoleId === roleId);
  const permissions = ((inputs.requiredResourceAccesses ?? []) as { resourceAppId: string; resourceAccesses: { id: string; type: string }[] }[]).flatMap((api) =>
    api.resourceAccesses.map((access) => {
      const name = APIS[api.resourceAppId]?.roles[access.id];
      return name === undefined ? undefined : { Name: name, SourceAPI: APIS[api.resourceAppId]!.name, Type: access.type === "Role" ? "AppOnly" : "Delegated", AdminConsentGranted: granted(access.id) };
    }),
  );
  return permissions.length && permissions.every((permission) => permission !== undefined) ? (permissions as TcmValue[]) : undefined;
}

export function isEntraCovered(mapping: EntraMapping | EntraNotCovered): mapping is EntraMapping {
  return "resourceType" in mapping;
}
