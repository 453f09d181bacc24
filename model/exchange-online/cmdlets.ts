// Which cmdlets read, create and change each settings section, on which endpoint.
// Exchange Online PowerShell owns organization, transport, mail flow and DKIM settings;
// Security & Compliance PowerShell owns DLP, retention, audit retention and role groups
// (exo-tenant.md §6: none of these has a Graph write API).
import type { SettingsSection, TenantSettings } from "./settings";

export type Endpoint = "exchange" | "compliance";
export type CmdletValue = string | number | boolean | CmdletValue[] | { [key: string]: CmdletValue };
export type CmdletParameters = Record<string, CmdletValue>;

/** One cmdlet call: what the REST client sends, the PowerShell script runs, the plan shows. */
export interface CmdletCall {
  cmdlet: string;
  parameters: CmdletParameters;
  endpoint: Endpoint;
}

export type Item = Record<string, CmdletValue>;
type Call = { cmdlet: string; parameters: CmdletParameters };

export interface SectionSpec {
  section: SettingsSection;
  endpoint: Endpoint;
  /** One object per tenant that always exists: never created, only set. */
  singleton: boolean;
  /** The field that names an item (its -Identity). */
  key?: string;
  get: string;
  set: string;
  /** Calls that create an absent item; absent for objects the service always has. */
  create?: (item: Item) => { cmdlet: string; parameters: CmdletParameters }[];
  /** Fields the Set- cmdlet cannot change; compared nowhere (the name says what it is). */
  createOnly?: string[];
  /** Turns drifted fields into calls; default: one Set- with -Identity and the drifted fields. */
  change?: (identity: string, drift: Item, current: Item) => { cmdlet: string; parameters: CmdletParameters }[];
}

/** Drops empty strings and lists, which the New- cmdlets reject or treat as "not given". */
export function compact(parameters: CmdletParameters): CmdletParameters {
  return Object.fromEntries(
    Object.entries(parameters).filter(([, value]) => value !== "" && !(Array.isArray(value) && value.length === 0)),
  );
}

const created = (cmdlet: string) => (item: Item) => [{ cmdlet, parameters: compact(item) }];

// Set-*CompliancePolicy changes locations with Add*/Remove* lists, not by replacing them.
function locationChange(cmdlet: string) {
  return (identity: string, drift: Item, current: Item) => {
    const parameters: CmdletParameters = { Identity: identity };
    for (const [field, value] of Object.entries(drift)) {
      if (field !== "ExchangeLocation") {
        parameters[field] = value;
        continue;
      }
      const wanted = value as string[];
      const present = (current.ExchangeLocation as string[] | undefined) ?? [];
      const add = wanted.filter((location) => !present.includes(location));
      const remove = present.filter((location) => !wanted.includes(location));
      if (add.length) parameters.AddExchangeLocation = add;
      if (remove.length) parameters.RemoveExchangeLocation = remove;
    }
    return [{ cmdlet, parameters }];
  };
}

/** In planning order: settings before the objects that depend on them, policies before rules. */
export const SECTION_SPECS: readonly SectionSpec[] = [
  { section: "organizationConfig", endpoint: "exchange", singleton: true, get: "Get-OrganizationConfig", set: "Set-OrganizationConfig" },
  { section: "adminAuditLogConfig", endpoint: "exchange", singleton: true, get: "Get-AdminAuditLogConfig", set: "Set-AdminAuditLogConfig" },
  { section: "transportConfig", endpoint: "exchange", singleton: true, get: "Get-TransportConfig", set: "Set-TransportConfig" },
  { section: "externalInOutlook", endpoint: "exchange", singleton: true, get: "Get-ExternalInOutlook", set: "Set-ExternalInOutlook" },
  {
    section: "remoteDomains",
    endpoint: "exchange",
    singleton: false,
    key: "Identity",
    get: "Get-RemoteDomain",
    set: "Set-RemoteDomain",
    createOnly: ["DomainName"],
    // New-RemoteDomain takes only the name and domain; the rest is set afterwards.
    create: ({ Identity, DomainName, ...rest }): Call[] => [
      { cmdlet: "New-RemoteDomain", parameters: { Name: Identity!, DomainName: DomainName! } },
      { cmdlet: "Set-RemoteDomain", parameters: { Identity: Identity!, ...rest } },
    ],
  },
  {
    section: "outboundSpamFilterPolicies",
    endpoint: "exchange",
    singleton: false,
    key: "Identity",
    get: "Get-HostedOutboundSpamFilterPolicy",
    set: "Set-HostedOutboundSpamFilterPolicy",
    create: ({ Identity, ...rest }) => [{ cmdlet: "New-HostedOutboundSpamFilterPolicy", parameters: { Name: Identity!, ...rest } }],
  },
  {
    section: "sharingPolicies",
    endpoint: "exchange",
    singleton: false,
    key: "Name",
    get: "Get-SharingPolicy",
    set: "Set-SharingPolicy",
    create: created("New-SharingPolicy"),
  },
  {
    section: "dkimSigningConfigs",
    endpoint: "exchange",
    singleton: false,
    key: "Identity",
    get: "Get-DkimSigningConfig",
    set: "Set-DkimSigningConfig",
    create: ({ Identity, ...rest }) => [{ cmdlet: "New-DkimSigningConfig", parameters: { DomainName: Identity!, ...rest } }],
    // A key size changes only by rotating the key (Rotate-DkimSigningConfig -KeySize).
    change: (identity, { KeySize, ...rest }): Call[] => [
      ...(KeySize === undefined ? [] : [{ cmdlet: "Rotate-DkimSigningConfig", parameters: { Identity: identity, KeySize } }]),
      ...(Object.keys(rest).length ? [{ cmdlet: "Set-DkimSigningConfig", parameters: { Identity: identity, ...rest } }] : []),
    ],
  },
  {
    section: "dataEncryptionPolicies",
    endpoint: "exchange",
    singleton: false,
    key: "Name",
    get: "Get-DataEncryptionPolicy",
    set: "Set-DataEncryptionPolicy",
    // The keys of a DEP are fixed when it is created (Set-DataEncryptionPolicy has no -AzureKeyIDs).
    createOnly: ["AzureKeyIDs"],
    create: ({ Enabled: _enabled, ...rest }) => [{ cmdlet: "New-DataEncryptionPolicy", parameters: compact(rest) }],
  },
  {
    section: "dlpCompliancePolicies",
    endpoint: "compliance",
    singleton: false,
    key: "Name",
    get: "Get-DlpCompliancePolicy",
    set: "Set-DlpCompliancePolicy",
    create: created("New-DlpCompliancePolicy"),
    change: locationChange("Set-DlpCompliancePolicy"),
  },
  {
    section: "dlpComplianceRules",
    endpoint: "compliance",
    singleton: false,
    key: "Name",
    get: "Get-DlpComplianceRule",
    set: "Set-DlpComplianceRule",
    createOnly: ["Policy"],
    create: created("New-DlpComplianceRule"),
  },
  {
    section: "retentionCompliancePolicies",
    endpoint: "compliance",
    singleton: false,
    key: "Name",
    get: "Get-RetentionCompliancePolicy",
    set: "Set-RetentionCompliancePolicy",
    create: created("New-RetentionCompliancePolicy"),
    change: locationChange("Set-RetentionCompliancePolicy"),
  },
  {
    section: "retentionComplianceRules",
    endpoint: "compliance",
    singleton: false,
    key: "Name",
    get: "Get-RetentionComplianceRule",
    set: "Set-RetentionComplianceRule",
    createOnly: ["Policy"],
    create: created("New-RetentionComplianceRule"),
  },
  {
    section: "unifiedAuditLogRetentionPolicies",
    endpoint: "compliance",
    singleton: false,
    key: "Name",
    get: "Get-UnifiedAuditLogRetentionPolicy",
    set: "Set-UnifiedAuditLogRetentionPolicy",
    create: created("New-UnifiedAuditLogRetentionPolicy"),
  },
  {
    section: "roleGroups",
    endpoint: "compliance",
    singleton: false,
    key: "Name",
    get: "Get-RoleGroup",
    set: "Set-RoleGroup",
    // Set-RoleGroup cannot change the roles of a group; they are given at creation.
    createOnly: ["Roles"],
    create: created("New-RoleGroup"),
  },
];

export function itemsOf(settings: TenantSettings, spec: SectionSpec): Item[] | undefined {
  const value = settings[spec.section] as unknown;
  if (value === undefined) return undefined;
  return (spec.singleton ? [value] : value) as Item[];
}
