// Which cmdlets read, create and change each settings section, on which endpoint.
// Exchange Online PowerShell owns organization, transport, mail flow, DKIM and Customer Key
// settings; Security & Compliance PowerShell owns DLP, retention, audit retention and role
// groups (source: cmdlet-connect-ippssession). Every cmdlet, parameter and parameter set used
// here is checked against the cmdlet reference (test/cmdlet-conformance.test.ts).
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
  /** Parameters of the Get- call that reads the whole section (e.g. -ResultSize Unlimited). */
  getParameters?: CmdletParameters;
  /**
   * How a script finds one item: by -Identity (the default), or, where the Get- cmdlet has no
   * -Identity (Get-UnifiedAuditLogRetentionPolicy), by listing and matching the key.
   */
  find?: "identity" | "list";
  /** Turns the Get- results into the section's items, given the desired ones (default: one item per result). */
  read?: (results: Record<string, unknown>[], desired: Item[]) => Item[];
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

// Set-*CompliancePolicy changes locations (ExchangeLocation, SharePointLocation, ...) with
// Add*/Remove* lists, not by replacing them.
function locationChange(cmdlet: string) {
  return (identity: string, drift: Item, current: Item) => {
    const parameters: CmdletParameters = { Identity: identity };
    for (const [field, value] of Object.entries(drift)) {
      if (!field.endsWith("Location")) {
        parameters[field] = value;
        continue;
      }
      const wanted = value as string[];
      const present = (current[field] as string[] | undefined) ?? [];
      const add = wanted.filter((location) => !present.includes(location));
      const remove = present.filter((location) => !wanted.includes(location));
      if (add.length) parameters[`Add${field}`] = add;
      if (remove.length) parameters[`Remove${field}`] = remove;
    }
    return [{ cmdlet, parameters }];
  };
}

/** A default policy every tenant has, named by -Identity: only set; created by -Name where a New- cmdlet exists. */
const tenantDefault = (section: SettingsSection, get: string, set: string, create?: string): SectionSpec => ({
  section,
  endpoint: "exchange",
  singleton: false,
  key: "Identity",
  get,
  set,
  create: ({ Identity, ...rest }) => (create ? [{ cmdlet: create, parameters: compact({ Name: Identity!, ...rest }) }] : []),
});

/** A Safe Links or Safe Attachments policy or rule, created by name. */
const namedPolicy = (section: SettingsSection, get: string, set: string, create: string, createOnly: string[] = []): SectionSpec => ({
  section,
  endpoint: "exchange",
  singleton: false,
  key: "Name",
  get,
  set,
  createOnly,
  create: created(create),
});

/** The security suite (model/exchange-online/threat-protection.ts), after the mail flow settings. */
const THREAT_PROTECTION_SPECS: SectionSpec[] = [
  tenantDefault("malwareFilterPolicies", "Get-MalwareFilterPolicy", "Set-MalwareFilterPolicy", "New-MalwareFilterPolicy"),
  tenantDefault("hostedContentFilterPolicies", "Get-HostedContentFilterPolicy", "Set-HostedContentFilterPolicy", "New-HostedContentFilterPolicy"),
  tenantDefault("hostedConnectionFilterPolicies", "Get-HostedConnectionFilterPolicy", "Set-HostedConnectionFilterPolicy"),
  tenantDefault("antiPhishPolicies", "Get-AntiPhishPolicy", "Set-AntiPhishPolicy", "New-AntiPhishPolicy"),
  namedPolicy("safeLinksPolicies", "Get-SafeLinksPolicy", "Set-SafeLinksPolicy", "New-SafeLinksPolicy"),
  namedPolicy("safeLinksRules", "Get-SafeLinksRule", "Set-SafeLinksRule", "New-SafeLinksRule", ["SafeLinksPolicy"]),
  namedPolicy("safeAttachmentPolicies", "Get-SafeAttachmentPolicy", "Set-SafeAttachmentPolicy", "New-SafeAttachmentPolicy"),
  namedPolicy("safeAttachmentRules", "Get-SafeAttachmentRule", "Set-SafeAttachmentRule", "New-SafeAttachmentRule", ["SafeAttachmentPolicy"]),
  // One per tenant with Defender for Office 365; it cannot be created.
  { section: "atpPolicyForO365", endpoint: "exchange", singleton: false, key: "Identity", get: "Get-AtpPolicyForO365", set: "Set-AtpPolicyForO365", create: () => [] },
  // Built-in alert policies: always there, only switched on and given recipients.
  { section: "protectionAlerts", endpoint: "compliance", singleton: false, key: "Identity", get: "Get-ProtectionAlert", set: "Set-ProtectionAlert", create: () => [] },
];

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
    // -Enabled is mandatory; it is $true only once the selector CNAMEs are published
    // (source: cmdlet-new-dkimsigningconfig, learn-dkim-configure).
    create: ({ Identity, ...rest }) => [{ cmdlet: "New-DkimSigningConfig", parameters: { DomainName: Identity!, ...rest } }],
    // A key size changes only by rotating the key (source: cmdlet-rotate-dkimsigningconfig).
    // Signing is only ever turned on: Enabled false means "CNAMEs not recorded yet", not "stop
    // signing a domain whose CNAMEs someone already published".
    change: (identity, { KeySize, Enabled, ...rest }): Call[] => {
      const set = { ...(Enabled === true ? { Enabled } : {}), ...rest };
      return [
        ...(KeySize === undefined ? [] : [{ cmdlet: "Rotate-DkimSigningConfig", parameters: { Identity: identity, KeySize } }]),
        ...(Object.keys(set).length ? [{ cmdlet: "Set-DkimSigningConfig", parameters: { Identity: identity, ...set } }] : []),
      ];
    },
  },
  {
    section: "dataEncryptionPolicies",
    endpoint: "exchange",
    singleton: false,
    key: "Name",
    get: "Get-DataEncryptionPolicy",
    set: "Set-DataEncryptionPolicy",
    // The keys of a DEP are fixed when it is created: Set-DataEncryptionPolicy changes them only
    // with -Replace, a key replacement this project leaves to the administrator (source: learn-new-dataencryptionpolicy).
    createOnly: ["AzureKeyIDs"],
    create: ({ Enabled: _enabled, ...rest }) => [{ cmdlet: "New-DataEncryptionPolicy", parameters: compact(rest) }],
  },
  {
    section: "mailboxDataEncryption",
    endpoint: "exchange",
    singleton: false,
    key: "DataEncryptionPolicy",
    get: "Get-Mailbox",
    getParameters: { ResultSize: "Unlimited" },
    read: mailboxesByPolicy,
    set: "Set-Mailbox",
    // Read against the desired DEP, so the item always exists once read; from a snapshot that
    // lacks it nothing is known about mailboxes, so nothing is planned.
    create: () => [],
    // One Set-Mailbox per mailbox that lacks the DEP (source: learn-customer-key-manage).
    change: (identity, _drift, current) =>
      ((current.MailboxesNotAssigned as string[] | undefined) ?? []).map((mailbox) => ({ cmdlet: "Set-Mailbox", parameters: { Identity: mailbox, DataEncryptionPolicy: identity } })),
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
    // Get-UnifiedAuditLogRetentionPolicy has no -Identity (source: cmdlet-get-unifiedauditlogretentionpolicy).
    find: "list",
    set: "Set-UnifiedAuditLogRetentionPolicy",
    create: created("New-UnifiedAuditLogRetentionPolicy"),
    // Set-UnifiedAuditLogRetentionPolicy needs -Priority and -RetentionDuration on every call
    // (source: cmdlet-set-unifiedauditlogretentionpolicy): the desired ones, drifted or not.
    change: (identity, drift, current): Call[] => {
      const wanted = { ...current, ...drift };
      return [{ cmdlet: "Set-UnifiedAuditLogRetentionPolicy", parameters: { Identity: identity, ...drift, Priority: wanted.Priority!, RetentionDuration: wanted.RetentionDuration! } }];
    },
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
  ...THREAT_PROTECTION_SPECS,
];

/** Get-Mailbox results as one item per desired DEP: which mailboxes are not assigned it. */
function mailboxesByPolicy(results: Record<string, unknown>[], desired: Item[]): Item[] {
  const nameOf = (value: unknown) => String((value as { Name?: unknown } | null)?.Name ?? value ?? "");
  const policies = desired.map((item) => String(item.DataEncryptionPolicy));
  // Without a desired state (reading for its own sake), one item per DEP any mailbox has.
  const keys = policies.length ? policies : [...new Set(results.map((mailbox) => nameOf(mailbox.DataEncryptionPolicy)).filter(Boolean))];
  return keys.map((policy) => ({
    DataEncryptionPolicy: policy,
    MailboxesNotAssigned: results
      .filter((mailbox) => nameOf(mailbox.DataEncryptionPolicy).toLowerCase() !== policy.toLowerCase())
      .map((mailbox) => String(mailbox.Identity ?? mailbox.Name))
      .sort(),
  }));
}

export function itemsOf(settings: TenantSettings, spec: SectionSpec): Item[] | undefined {
  const value = settings[spec.section] as unknown;
  if (value === undefined) return undefined;
  return (spec.singleton ? [value] : value) as Item[];
}
