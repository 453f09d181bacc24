// The Exchange Online / Security & Compliance settings this project manages, as data: the one
// description of the desired tenant state. Field names are the cmdlet parameter names (and,
// almost always, Microsoft365DSC's parameter names), so the planner, the REST client and both
// renderers map them 1:1; every name and value is checked against Microsoft's cmdlet reference
// (model/cmdlet-reference/, test/cmdlet-conformance.test.ts). The same shape describes the
// desired state and a current state read back from a tenant (a snapshot); in a snapshot every
// section may be missing (= absent in the tenant).
import { z } from "zod";

const names = z.array(z.string());

/** Purview sensitive information type as a DLP rule condition: always name and id (the DLP cmdlets require the id). */
export const sensitiveInformationType = z.strictObject({
  name: z.string().min(1),
  id: z.string().min(1),
  minCount: z.number().int().positive().optional(),
  minConfidence: z.number().int().min(1).max(100).optional(),
});

// Customer Lockbox is not here: Set-OrganizationConfig -CustomerLockboxEnabled is "reserved for
// internal Microsoft use" (source: cmdlet-set-organizationconfig); it is turned on in the
// Microsoft 365 admin center, a manual step the document records (facts.manualSteps).
export const organizationConfig = z.strictObject({
  AuditDisabled: z.boolean(),
});

export const adminAuditLogConfig = z.strictObject({
  UnifiedAuditLogIngestionEnabled: z.boolean(),
});

export const transportConfig = z.strictObject({
  SmtpClientAuthenticationDisabled: z.boolean(),
  AllowLegacyTLSClients: z.boolean(),
});

export const externalInOutlook = z.strictObject({
  Enabled: z.boolean(),
  AllowList: names,
});

export const remoteDomain = z.strictObject({
  Identity: z.string().min(1),
  DomainName: z.string().min(1),
  AutoForwardEnabled: z.boolean(),
});

export const outboundSpamFilterPolicy = z.strictObject({
  Identity: z.string().min(1),
  AutoForwardingMode: z.enum(["Automatic", "Off", "On"]),
});

export const sharingPolicy = z.strictObject({
  Name: z.string().min(1),
  Domains: names,
  Enabled: z.boolean(),
});

/**
 * KeySize is New-/Rotate-DkimSigningConfig's parameter; Get-DkimSigningConfig reports the size per
 * selector (Selector1KeySize, Selector2KeySize), read as the larger one, so a key rotated to 2048
 * bits counts as done. Enabled is true only for domains whose selector CNAMEs are recorded as
 * published: the service refuses to enable DKIM before they resolve.
 */
export const dkimSigningConfig = z.strictObject({
  Identity: z.string().min(1),
  KeySize: z.union([z.literal(1024), z.literal(2048)]),
  Enabled: z.boolean(),
});

export const dataEncryptionPolicy = z.strictObject({
  Name: z.string().min(1),
  Description: z.string(),
  AzureKeyIDs: names,
  Enabled: z.boolean(),
});

/**
 * The mailbox DEP assigned to every mailbox (Set-Mailbox -DataEncryptionPolicy, one call per
 * mailbox; source: learn-customer-key-manage). Keyed by the DEP; MailboxesNotAssigned lists the
 * mailboxes with another DEP or none: empty in the desired state, read back from Get-Mailbox.
 */
export const mailboxDataEncryption = z.strictObject({
  DataEncryptionPolicy: z.string().min(1),
  MailboxesNotAssigned: names,
});

export const dlpCompliancePolicy = z.strictObject({
  Name: z.string().min(1),
  Comment: z.string(),
  Mode: z.enum(["Enable", "TestWithNotifications", "TestWithoutNotifications", "Disable", "PendingDeletion"]),
  ExchangeLocation: names,
  SharePointLocation: names,
  OneDriveLocation: names,
  TeamsLocation: names,
});

export const dlpComplianceRule = z.strictObject({
  Name: z.string().min(1),
  Policy: z.string().min(1),
  Comment: z.string(),
  ContentContainsSensitiveInformation: z.array(sensitiveInformationType),
  AccessScope: z.enum(["InOrganization", "NotInOrganization", "None"]),
  BlockAccess: z.boolean(),
  BlockAccessScope: z.enum(["All", "PerUser", "None"]),
  NotifyUser: names,
  NotifyPolicyTipCustomText: z.string(),
  ReportSeverityLevel: z.enum(["Low", "Medium", "High", "None"]),
});

export const retentionCompliancePolicy = z.strictObject({
  Name: z.string().min(1),
  Comment: z.string(),
  Enabled: z.boolean(),
  ExchangeLocation: names,
});

export const retentionComplianceRule = z.strictObject({
  Name: z.string().min(1),
  Policy: z.string().min(1),
  Comment: z.string(),
  RetentionComplianceAction: z.enum(["Delete", "Keep", "KeepAndDelete"]),
  RetentionDuration: z.string().regex(/^(\d+|Unlimited)$/, "a number of days or Unlimited"),
  ExpirationDateOption: z.enum(["CreationAgeInDays", "ModificationAgeInDays"]),
  ContentMatchQuery: z.string(),
});

/**
 * The durations New-/Set-UnifiedAuditLogRetentionPolicy accept, shortest first (source:
 * cmdlet-new-unifiedauditlogretentionpolicy). Microsoft365DSC's schema lists more (SevenDays,
 * OneMonth, ThreeYears, FiveYears, SevenYears), which the cmdlet does not document, so they are
 * never sent.
 */
export const AUDIT_RETENTION_DURATIONS = ["ThreeMonths", "SixMonths", "NineMonths", "TwelveMonths", "TenYears"] as const;

/** What a tenant may report (Microsoft365DSC's ValueMap, source: m365dsc-release-1-25-226-1), shortest first: read, never sent. */
export const REPORTED_AUDIT_RETENTION_DURATIONS = [
  "SevenDays",
  "OneMonth",
  "ThreeMonths",
  "SixMonths",
  "NineMonths",
  "TwelveMonths",
  "ThreeYears",
  "FiveYears",
  "SevenYears",
  "TenYears",
] as const;

export const unifiedAuditLogRetentionPolicy = z.strictObject({
  Name: z.string().min(1),
  Description: z.string(),
  Priority: z.number().int().min(1).max(10000),
  RetentionDuration: z.enum(REPORTED_AUDIT_RETENTION_DURATIONS),
});

export const roleGroup = z.strictObject({
  Name: z.string().min(1),
  Description: z.string(),
  Roles: names,
});

// The security suite (MS.SECURITYSUITE, source: cisa-scubagear-securitysuite): the default
// anti-malware, anti-spam and connection filter policies every tenant has (Exchange Online
// Protection), and with Defender for Office 365 anti-phishing impersonation protection, Safe
// Links and Safe Attachments with the rules that apply them to every accepted domain.
export const malwareFilterPolicy = z.strictObject({
  Identity: z.string().min(1),
  EnableFileFilter: z.boolean(),
  FileTypes: names,
  ZapEnabled: z.boolean(),
});

const spamAction = z.enum(["MoveToJmf", "AddXHeader", "ModifySubject", "Redirect", "Delete", "Quarantine"]);

export const hostedContentFilterPolicy = z.strictObject({
  Identity: z.string().min(1),
  SpamAction: spamAction,
  HighConfidenceSpamAction: spamAction,
  BulkSpamAction: spamAction,
  PhishSpamAction: spamAction,
  HighConfidencePhishAction: z.enum(["MoveToJmf", "AddXHeader", "ModifySubject", "Redirect", "Delete", "Quarantine"]),
  AllowedSenderDomains: names,
  AllowedSenders: names,
  SpamZapEnabled: z.boolean(),
  PhishZapEnabled: z.boolean(),
});

export const hostedConnectionFilterPolicy = z.strictObject({
  Identity: z.string().min(1),
  IPAllowList: names,
  EnableSafeList: z.boolean(),
});

export const antiPhishPolicy = z.strictObject({
  Identity: z.string().min(1),
  Enabled: z.boolean(),
  EnableTargetedUserProtection: z.boolean(),
  TargetedUsersToProtect: names,
  TargetedUserProtectionAction: z.enum(["NoAction", "BccMessage", "Delete", "MoveToJmf", "Quarantine", "Redirect"]),
  EnableOrganizationDomainsProtection: z.boolean(),
  EnableTargetedDomainsProtection: z.boolean(),
  TargetedDomainsToProtect: names,
  TargetedDomainProtectionAction: z.enum(["NoAction", "BccMessage", "Delete", "MoveToJmf", "Quarantine", "Redirect"]),
  EnableMailboxIntelligenceProtection: z.boolean(),
  EnableFirstContactSafetyTips: z.boolean(),
  EnableSimilarUsersSafetyTips: z.boolean(),
  EnableSimilarDomainsSafetyTips: z.boolean(),
  EnableUnusualCharactersSafetyTips: z.boolean(),
});

export const safeLinksPolicy = z.strictObject({
  Name: z.string().min(1),
  EnableSafeLinksForEmail: z.boolean(),
  EnableSafeLinksForTeams: z.boolean(),
  EnableSafeLinksForOffice: z.boolean(),
  ScanUrls: z.boolean(),
  DeliverMessageAfterScan: z.boolean(),
  EnableForInternalSenders: z.boolean(),
  TrackClicks: z.boolean(),
  AllowClickThrough: z.boolean(),
});

export const safeAttachmentPolicy = z.strictObject({
  Name: z.string().min(1),
  Enable: z.boolean(),
  Action: z.enum(["Block", "DynamicDelivery", "Allow"]),
  Redirect: z.boolean(),
});

/** A Safe Links or Safe Attachments rule: which recipients the policy applies to. */
const protectionRule = {
  Name: z.string().min(1),
  RecipientDomainIs: names,
  Priority: z.number().int().min(0),
  Enabled: z.boolean(),
};
export const safeLinksRule = z.strictObject({ ...protectionRule, SafeLinksPolicy: z.string().min(1) });
export const safeAttachmentRule = z.strictObject({ ...protectionRule, SafeAttachmentPolicy: z.string().min(1) });

export const atpPolicyForO365 = z.strictObject({
  Identity: z.string().min(1),
  EnableATPForSPOTeamsODB: z.boolean(),
});

/** A built-in alert policy: on, and who is told (MS.SECURITYSUITE.4.1, 4.2). */
export const protectionAlert = z.strictObject({
  Identity: z.string().min(1),
  Disabled: z.boolean(),
  NotifyUser: names,
});

/** Everything the planner compares. A section left out of a snapshot is absent in the tenant. */
export const tenantSettings = z.strictObject({
  organizationConfig: organizationConfig.optional(),
  adminAuditLogConfig: adminAuditLogConfig.optional(),
  transportConfig: transportConfig.optional(),
  externalInOutlook: externalInOutlook.optional(),
  remoteDomains: z.array(remoteDomain).optional(),
  outboundSpamFilterPolicies: z.array(outboundSpamFilterPolicy).optional(),
  sharingPolicies: z.array(sharingPolicy).optional(),
  dkimSigningConfigs: z.array(dkimSigningConfig).optional(),
  dataEncryptionPolicies: z.array(dataEncryptionPolicy).optional(),
  mailboxDataEncryption: z.array(mailboxDataEncryption).optional(),
  dlpCompliancePolicies: z.array(dlpCompliancePolicy).optional(),
  dlpComplianceRules: z.array(dlpComplianceRule).optional(),
  retentionCompliancePolicies: z.array(retentionCompliancePolicy).optional(),
  retentionComplianceRules: z.array(retentionComplianceRule).optional(),
  unifiedAuditLogRetentionPolicies: z.array(unifiedAuditLogRetentionPolicy).optional(),
  roleGroups: z.array(roleGroup).optional(),
  malwareFilterPolicies: z.array(malwareFilterPolicy).optional(),
  hostedContentFilterPolicies: z.array(hostedContentFilterPolicy).optional(),
  hostedConnectionFilterPolicies: z.array(hostedConnectionFilterPolicy).optional(),
  antiPhishPolicies: z.array(antiPhishPolicy).optional(),
  safeLinksPolicies: z.array(safeLinksPolicy).optional(),
  safeLinksRules: z.array(safeLinksRule).optional(),
  safeAttachmentPolicies: z.array(safeAttachmentPolicy).optional(),
  safeAttachmentRules: z.array(safeAttachmentRule).optional(),
  atpPolicyForO365: z.array(atpPolicyForO365).optional(),
  protectionAlerts: z.array(protectionAlert).optional(),
});

export type TenantSettings = z.output<typeof tenantSettings>;
export type SettingsSection = keyof TenantSettings;
export type SensitiveInformationType = z.output<typeof sensitiveInformationType>;
export type DlpComplianceRule = z.output<typeof dlpComplianceRule>;
export type RetentionComplianceRule = z.output<typeof retentionComplianceRule>;
/** A duration the cmdlets accept (the desired state uses only these). */
export type AuditRetentionDuration = (typeof AUDIT_RETENTION_DURATIONS)[number];
export type ReportedAuditRetentionDuration = (typeof REPORTED_AUDIT_RETENTION_DURATIONS)[number];
/** The desired state: every section present. */
export type DesiredSettings = Required<TenantSettings>;

/** The schema of one item of each section (a singleton section is one item). */
export const SECTION_ITEM_SCHEMAS = {
  organizationConfig,
  adminAuditLogConfig,
  transportConfig,
  externalInOutlook,
  remoteDomains: remoteDomain,
  outboundSpamFilterPolicies: outboundSpamFilterPolicy,
  sharingPolicies: sharingPolicy,
  dkimSigningConfigs: dkimSigningConfig,
  dataEncryptionPolicies: dataEncryptionPolicy,
  mailboxDataEncryption,
  dlpCompliancePolicies: dlpCompliancePolicy,
  dlpComplianceRules: dlpComplianceRule,
  retentionCompliancePolicies: retentionCompliancePolicy,
  retentionComplianceRules: retentionComplianceRule,
  unifiedAuditLogRetentionPolicies: unifiedAuditLogRetentionPolicy,
  roleGroups: roleGroup,
  malwareFilterPolicies: malwareFilterPolicy,
  hostedContentFilterPolicies: hostedContentFilterPolicy,
  hostedConnectionFilterPolicies: hostedConnectionFilterPolicy,
  antiPhishPolicies: antiPhishPolicy,
  safeLinksPolicies: safeLinksPolicy,
  safeLinksRules: safeLinksRule,
  safeAttachmentPolicies: safeAttachmentPolicy,
  safeAttachmentRules: safeAttachmentRule,
  atpPolicyForO365,
  protectionAlerts: protectionAlert,
} satisfies Record<SettingsSection, z.ZodObject>;
