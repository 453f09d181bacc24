// The Entra ID objects of the tenant as plain, typed data (issue 17): what the tenant Pulumi
// program declares with @pulumi/azuread (stacks/tenant/program.ts maps each object to one
// resource) and what check, cost and compare judge (inventory/tenant.ts), with no engine.
// `type` is the Pulumi type token of the azuread resource; `name` its resource name; `inputs`
// its arguments with azuread's property names.

/** A value Entra assigns at creation (an id), named by the object that will hold it. */
export interface EntraReference {
  readonly ref: string;
  readonly attribute: "id" | "objectId" | "clientId";
}

export const GROUP = "azuread:index/group:Group";
export const NAMED_LOCATION = "azuread:index/namedLocation:NamedLocation";
export const CONDITIONAL_ACCESS_POLICY = "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy";
export const APPLICATION = "azuread:index/application:Application";
export const SERVICE_PRINCIPAL = "azuread:index/servicePrincipal:ServicePrincipal";
export const FEDERATED_IDENTITY_CREDENTIAL = "azuread:index/applicationFederatedIdentityCredential:ApplicationFederatedIdentityCredential";
export const APP_ROLE_ASSIGNMENT = "azuread:index/appRoleAssignment:AppRoleAssignment";
export const DIRECTORY_ROLE_ASSIGNMENT = "azuread:index/directoryRoleAssignment:DirectoryRoleAssignment";

export interface GroupInputs {
  readonly displayName: string;
  readonly description: string;
  readonly mailNickname: string;
  readonly securityEnabled: boolean;
  readonly mailEnabled: boolean;
  readonly assignableToRole: boolean;
  readonly preventDuplicateNames: boolean;
}

export interface NamedLocationInputs {
  readonly displayName: string;
  readonly country: { readonly countriesAndRegions: string[]; readonly countryLookupMethod: string; readonly includeUnknownCountriesAndRegions: boolean };
}

export interface ConditionalAccessPolicyInputs {
  readonly displayName: string;
  readonly state: string;
  readonly conditions: {
    readonly users: {
      readonly includedUsers?: string[];
      readonly excludedUsers?: string[];
      readonly includedRoles?: string[];
      readonly includedGroups?: EntraReference[];
      readonly excludedGroups?: EntraReference[];
    };
    readonly applications: { readonly includedApplications: string[] } | { readonly includedUserActions: string[] };
    readonly clientAppTypes: string[];
    readonly locations?: { readonly includedLocations: string[]; readonly excludedLocations: EntraReference[] };
    /** deviceCodeFlow, authenticationTransfer */
    readonly authenticationFlowTransferMethods?: string[];
    readonly userRiskLevels?: string[];
    readonly signInRiskLevels?: string[];
  };
  readonly grantControls: { readonly operator: string; readonly builtInControls?: string[]; readonly authenticationStrengthPolicyId?: string };
}

export interface ApplicationInputs {
  readonly displayName: string;
  readonly signInAudience: string;
  readonly preventDuplicateNames: boolean;
  readonly requiredResourceAccesses: { readonly resourceAppId: string; readonly resourceAccesses: { readonly id: string; readonly type: string }[] }[];
}

export interface ServicePrincipalInputs {
  readonly clientId: string | EntraReference;
  readonly useExisting?: boolean;
}

export interface FederatedIdentityCredentialInputs {
  readonly applicationId: EntraReference;
  readonly displayName: string;
  readonly description: string;
  readonly issuer: string;
  readonly subject: string;
  readonly audiences: string[];
}

export interface AppRoleAssignmentInputs {
  readonly appRoleId: string;
  readonly principalObjectId: EntraReference;
  readonly resourceObjectId: EntraReference;
}

export interface DirectoryRoleAssignmentInputs {
  readonly roleId: string;
  readonly principalObjectId: EntraReference;
}

interface Declared<Type extends string, Inputs> {
  readonly type: Type;
  readonly name: string;
  readonly inputs: Inputs;
  /** Kept in Entra when removed from the program (an object Microsoft owns, only looked up). */
  readonly retainOnDelete?: boolean;
  /** Never deleted or replaced by a run (Pulumi's protect): the identity the run signs in as. */
  readonly protect?: boolean;
}

export type GroupObject = Declared<typeof GROUP, GroupInputs>;
export type NamedLocationObject = Declared<typeof NAMED_LOCATION, NamedLocationInputs>;
export type ConditionalAccessPolicyObject = Declared<typeof CONDITIONAL_ACCESS_POLICY, ConditionalAccessPolicyInputs>;
export type ApplicationObject = Declared<typeof APPLICATION, ApplicationInputs>;
export type ServicePrincipalObject = Declared<typeof SERVICE_PRINCIPAL, ServicePrincipalInputs>;
export type FederatedIdentityCredentialObject = Declared<typeof FEDERATED_IDENTITY_CREDENTIAL, FederatedIdentityCredentialInputs>;
export type AppRoleAssignmentObject = Declared<typeof APP_ROLE_ASSIGNMENT, AppRoleAssignmentInputs>;
export type DirectoryRoleAssignmentObject = Declared<typeof DIRECTORY_ROLE_ASSIGNMENT, DirectoryRoleAssignmentInputs>;

export type EntraObject =
  | GroupObject
  | NamedLocationObject
  | ConditionalAccessPolicyObject
  | ApplicationObject
  | ServicePrincipalObject
  | FederatedIdentityCredentialObject
  | AppRoleAssignmentObject
  | DirectoryRoleAssignmentObject;

/**
 * The tenant's Entra objects, grouped as the program's components hold them (the group is part
 * of each resource's Pulumi URN, so it is fixed). A reference only points at an object of an
 * earlier group, or earlier in its own group.
 */
export interface EntraBaseline {
  /** Component "scope": privileged administrators, sign-in country exceptions, records access per role. */
  policyScopeGroups: { administrators: GroupObject; signInCountryExceptions: GroupObject; recordsAccess: GroupObject[] };
  /** Component "allowed-countries": the named location of the allowed sign-in countries. */
  allowedCountries: NamedLocationObject;
  /** Component "baseline": CA01..CA04, then those of CA05..CA09 the licences allow, in that order. */
  conditionalAccess: ConditionalAccessPolicyObject[];
  /** Component "automation": the identity CI applies the Exchange Online configuration with. */
  automation: {
    application: ApplicationObject;
    servicePrincipal: ServicePrincipalObject;
    federatedCredential: FederatedIdentityCredentialObject;
    exchangeOnline: ServicePrincipalObject;
    manageAsApp: AppRoleAssignmentObject;
    directoryRoles: DirectoryRoleAssignmentObject[];
  };
}

/** Every object of the baseline, each after the objects it refers to. */
export function entraObjectList(baseline: EntraBaseline): EntraObject[] {
  const { policyScopeGroups: groups, automation } = baseline;
  return [
    groups.administrators,
    groups.signInCountryExceptions,
    ...groups.recordsAccess,
    baseline.allowedCountries,
    ...baseline.conditionalAccess,
    automation.application,
    automation.servicePrincipal,
    automation.federatedCredential,
    automation.exchangeOnline,
    automation.manageAsApp,
    ...automation.directoryRoles,
  ];
}

export const reference = (object: EntraObject, attribute: EntraReference["attribute"]): EntraReference => ({ ref: object.name, attribute });

export function isReference(value: unknown): value is EntraReference {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as EntraReference).ref === "string" && typeof (value as EntraReference).attribute === "string" && Object.keys(value).length === 2;
}
