// The Exchange Online / Security & Compliance settings this project manages, as data.
// Field names are the cmdlet parameter names (and, almost always, Microsoft365DSC's
// parameter names), so the planner, the REST client and both renderers map them 1:1.
// The same shape describes the desired state and a current state read back from a
// tenant (a snapshot); in a snapshot every section may be missing (= absent in the tenant).
// Sources: ../shared/reference/exo-tenant.md §1.1 (M365DSC .schema.mof parameters), §6, §9.
import { z } from "zod";

const names = z.array(z.string());

/** Purview sensitive information type as a DLP rule condition (§5: always name + id). */
export const sensitiveInformationType = z.strictObject({
  name: z.string().min(1),
  id: z.string().optional(),
  minCount: z.number().int().positive().optional(),
  minConfidence: z.number().int().min(1).max(100).optional(),
});

export const organizationConfig = z.strictObject({
  AuditDisabled: z.boolean(),
  CustomerLockboxEnabled: z.boolean(),
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

export const dlpCompliancePolicy = z.strictObject({
  Name: z.string().min(1),
  Comment: z.string(),
  Mode: z.enum(["Enable", "TestWithNotifications", "TestWithoutNotifications", "Disable", "PendingDeletion"]),
  ExchangeLocation: names,
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

export const AUDIT_RETENTION_DURATIONS = [
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
  RetentionDuration: z.enum(AUDIT_RETENTION_DURATIONS),
});

export const roleGroup = z.strictObject({
  Name: z.string().min(1),
  Description: z.string(),
  Roles: names,
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
  dlpCompliancePolicies: z.array(dlpCompliancePolicy).optional(),
  dlpComplianceRules: z.array(dlpComplianceRule).optional(),
  retentionCompliancePolicies: z.array(retentionCompliancePolicy).optional(),
  retentionComplianceRules: z.array(retentionComplianceRule).optional(),
  unifiedAuditLogRetentionPolicies: z.array(unifiedAuditLogRetentionPolicy).optional(),
  roleGroups: z.array(roleGroup).optional(),
});

export type TenantSettings = z.output<typeof tenantSettings>;
export type SettingsSection = keyof TenantSettings;
export type SensitiveInformationType = z.output<typeof sensitiveInformationType>;
export type DlpComplianceRule = z.output<typeof dlpComplianceRule>;
export type RetentionComplianceRule = z.output<typeof retentionComplianceRule>;
export type AuditRetentionDuration = (typeof AUDIT_RETENTION_DURATIONS)[number];
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
  dlpCompliancePolicies: dlpCompliancePolicy,
  dlpComplianceRules: dlpComplianceRule,
  retentionCompliancePolicies: retentionCompliancePolicy,
  retentionComplianceRules: retentionComplianceRule,
  unifiedAuditLogRetentionPolicies: unifiedAuditLogRetentionPolicy,
  roleGroups: roleGroup,
} satisfies Record<SettingsSection, z.ZodObject>;
