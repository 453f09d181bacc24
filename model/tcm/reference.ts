// What Microsoft documents about Tenant Configuration Management (TCM, Graph v1.0), recorded as
// our own data: the limits of a monitor and, for every resource type exchange-iac puts into a
// baseline, the properties it uses with their JSON types and allowed values. Types are in
// Microsoft's list of supported types (source: learn-tcm-supported-resource-types); properties
// and values are those of the TCM monitor schema that list points to (source:
// schemastore-tcm-monitor) and of the workload pages (sources: learn-tcm-exchange-resources,
// learn-tcm-securityandcompliance-resources, learn-tcm-entra-resources). A type or property
// that is not recorded here is not put into a monitor (test/tcm-export.test.ts).
import type { SourceId } from "../../sources";

export const TCM_LIMITS = {
  /** Monitors per tenant (source: learn-graph-create-configurationmonitor). */
  monitorsPerTenant: 30,
  /** Monitored resources per day per tenant, across all monitors (same source). */
  monitoredResourcesPerDay: 800,
  /** A monitor runs every six hours: four runs a day, each counting every resource (source: learn-tcm-api-overview). */
  runsPerDay: 4,
  runEveryHours: 6,
} as const;

/** The most resources one monitor may hold when it is the tenant's only monitor. */
export const MAX_RESOURCES_PER_MONITOR = TCM_LIMITS.monitoredResourcesPerDay / TCM_LIMITS.runsPerDay;


/** A property's JSON type: a scalar, a list of strings, one of fixed values, an object, or a list of objects. */
export type PropertyKind =
  | "string"
  | "boolean"
  | "integer"
  | "string[]"
  | { oneOf: readonly (string | number)[] }
  | { object: Record<string, PropertyKind> }
  | { list: Record<string, PropertyKind> };

export interface ResourceTypeReference {
  sources: SourceId[];
  /** Properties the schema requires in every resource of the type. */
  required: string[];
  properties: Record<string, PropertyKind>;
}

const EXCHANGE: SourceId[] = ["learn-tcm-supported-resource-types", "learn-tcm-exchange-resources", "schemastore-tcm-monitor"];
const COMPLIANCE: SourceId[] = ["learn-tcm-supported-resource-types", "learn-tcm-securityandcompliance-resources", "schemastore-tcm-monitor"];
const ENTRA: SourceId[] = ["learn-tcm-supported-resource-types", "learn-tcm-entra-resources", "schemastore-tcm-monitor"];

/** Whether the object should exist: every type that can be absent has it. */
const ENSURE: PropertyKind = { oneOf: ["Absent", "Present"] };
/** The key and the policy of a Purview rule. */
const RULE_OF_POLICY: Record<string, PropertyKind> = { Name: "string", Policy: "string", Comment: "string" };

export const TCM_RESOURCE_TYPES = {
  "microsoft.exchange.organizationconfig": {
    sources: EXCHANGE,
    required: ["IsSingleInstance"],
    properties: {
      IsSingleInstance: { oneOf: ["Yes"] },
      AuditDisabled: "boolean",
      CustomerLockboxEnabled: "boolean",
    },
  },
  "microsoft.exchange.transportconfig": {
    sources: EXCHANGE,
    required: ["IsSingleInstance"],
    properties: {
      IsSingleInstance: { oneOf: ["Yes"] },
      SmtpClientAuthenticationDisabled: "boolean",
      AllowLegacyTLSClients: "boolean",
    },
  },
  "microsoft.exchange.remotedomain": {
    sources: EXCHANGE,
    required: ["Identity"],
    properties: {
      Identity: "string",
      DomainName: "string",
      AutoForwardEnabled: "boolean",
      Ensure: ENSURE,
    },
  },
  "microsoft.exchange.hostedoutboundspamfilterpolicy": {
    sources: EXCHANGE,
    required: ["Identity"],
    properties: {
      Identity: "string",
      AutoForwardingMode: "string",
      Ensure: ENSURE,
    },
  },
  "microsoft.exchange.sharingpolicy": {
    sources: EXCHANGE,
    required: ["Name"],
    properties: {
      Name: "string",
      Domains: "string[]",
      Enabled: "boolean",
      Ensure: ENSURE,
    },
  },
  "microsoft.exchange.dkimsigningconfig": {
    sources: EXCHANGE,
    required: ["Identity"],
    properties: {
      Identity: "string",
      KeySize: { oneOf: [1024, 2048] },
      Enabled: "boolean",
      Ensure: ENSURE,
    },
  },
  "microsoft.exchange.dataencryptionpolicy": {
    sources: EXCHANGE,
    required: ["Identity"],
    properties: {
      Identity: "string",
      Name: "string",
      Description: "string",
      AzureKeyIDs: "string[]",
      Enabled: "boolean",
      Ensure: ENSURE,
    },
  },
  "microsoft.securityandcompliance.dlpcompliancepolicy": {
    sources: COMPLIANCE,
    required: ["Name"],
    properties: {
      Name: "string",
      Comment: "string",
      Mode: { oneOf: ["Disable", "Enable", "PendingDeletion", "TestWithNotifications", "TestWithoutNotifications"] },
      ExchangeLocation: "string[]",
      // As Microsoft365DSC's SCDLPCompliancePolicy names them (TCM's types follow its schemas).
      SharePointLocation: "string[]",
      OneDriveLocation: "string[]",
      TeamsLocation: "string[]",
      Ensure: ENSURE,
    },
  },
  "microsoft.securityandcompliance.dlpcompliancerule": {
    sources: COMPLIANCE,
    required: ["Name", "Policy"],
    properties: {
      ...RULE_OF_POLICY,
      ContentContainsSensitiveInformation: { object: { SensitiveInformation: { list: { name: "string", id: "string", mincount: "string", minconfidence: "string" } } } },
      AccessScope: { oneOf: ["InOrganization", "None", "NotInOrganization"] },
      BlockAccess: "boolean",
      BlockAccessScope: { oneOf: ["All", "None", "PerUser"] },
      NotifyUser: "string[]",
      NotifyPolicyTipCustomText: "string",
      ReportSeverityLevel: { oneOf: ["High", "Low", "Medium", "None"] },
      Ensure: ENSURE,
    },
  },
  "microsoft.securityandcompliance.retentioncompliancepolicy": {
    sources: COMPLIANCE,
    required: ["Name"],
    properties: {
      Name: "string",
      Comment: "string",
      Enabled: "boolean",
      ExchangeLocation: "string[]",
      Ensure: ENSURE,
    },
  },
  "microsoft.securityandcompliance.retentioncompliancerule": {
    sources: COMPLIANCE,
    required: ["Name", "Policy"],
    properties: {
      ...RULE_OF_POLICY,
      RetentionComplianceAction: { oneOf: ["Delete", "Keep", "KeepAndDelete"] },
      RetentionDuration: "string",
      ExpirationDateOption: { oneOf: ["CreationAgeInDays", "ModificationAgeInDays"] },
      ContentMatchQuery: "string",
      Ensure: ENSURE,
    },
  },
  "microsoft.entra.conditionalaccesspolicy": {
    sources: ENTRA,
    required: ["DisplayName"],
    properties: {
      DisplayName: "string",
      State: { oneOf: ["disabled", "enabled", "enabledForReportingButNotEnforced"] },
      IncludeApplications: "string[]",
      IncludeUsers: "string[]",
      // As Microsoft365DSC's AADConditionalAccessPolicy names them (TCM's types follow its schemas).
      ExcludeUsers: "string[]",
      IncludeRoles: "string[]",
      IncludeUserActions: "string[]",
      UserRiskLevels: "string[]",
      SignInRiskLevels: "string[]",
      TransferMethods: "string",
      IncludeGroups: "string[]",
      ExcludeGroups: "string[]",
      ClientAppTypes: "string[]",
      IncludeLocations: "string[]",
      ExcludeLocations: "string[]",
      GrantControlOperator: { oneOf: ["AND", "OR"] },
      BuiltInControls: "string[]",
      AuthenticationStrength: "string",
      Ensure: ENSURE,
    },
  },
  "microsoft.entra.group": {
    sources: ENTRA,
    required: ["DisplayName", "MailNickname", "SecurityEnabled", "MailEnabled"],
    properties: {
      DisplayName: "string",
      MailNickname: "string",
      Description: "string",
      SecurityEnabled: "boolean",
      MailEnabled: "boolean",
      IsAssignableToRole: "boolean",
      Ensure: ENSURE,
    },
  },
  "microsoft.entra.namedlocationpolicy": {
    sources: ENTRA,
    required: ["DisplayName"],
    properties: {
      OdataType: { oneOf: ["#microsoft.graph.compliantNetworkNamedLocation", "#microsoft.graph.countryNamedLocation", "#microsoft.graph.ipNamedLocation"] },
      DisplayName: "string",
      CountriesAndRegions: "string[]",
      CountryLookupMethod: { oneOf: ["authenticatorAppGps", "clientIpAddress"] },
      IncludeUnknownCountriesAndRegions: "boolean",
      Ensure: ENSURE,
    },
  },
  "microsoft.entra.application": {
    sources: ENTRA,
    required: ["DisplayName"],
    properties: {
      DisplayName: "string",
      AvailableToOtherTenants: "boolean",
      Permissions: { list: { Name: "string", SourceAPI: "string", Type: { oneOf: ["AppOnly", "Delegated"] }, AdminConsentGranted: "boolean" } },
      Ensure: ENSURE,
    },
  },
} satisfies Record<string, ResourceTypeReference>;

export type TcmResourceType = keyof typeof TCM_RESOURCE_TYPES;
