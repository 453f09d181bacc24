// The Exchange Online and Purview settings as TCM baseline resources: one row per settings
// section (model/exchange-online/settings.ts), the same desired state the tenant plan and the
// Microsoft365DSC export use. A row names the TCM resource type, the resource's display name,
// the fields TCM has no property for, properties it adds, and the organization-file field each
// property comes from; a section TCM cannot watch says why. A new section fails the compiler
// until it has a row here.
import { compact, type Item } from "../exchange-online/cmdlets";
import type { ExchangeOnlineDocument } from "../exchange-online/document";
import type { SettingsSection } from "../exchange-online/settings";
import type { OrganizationFile } from "../schema";
import type { NotCovered, Origin, TcmValue } from "./body";
import type { TcmResourceType } from "./reference";

export interface MappingContext {
  org: OrganizationFile;
  document: ExchangeOnlineDocument;
}

interface Origins {
  origin: Origin;
  propertyOrigins?: Record<string, Origin>;
}

export interface SectionMapping {
  resourceType: TcmResourceType;
  displayName: (item: Item) => string;
  /** Settings fields that have no property in the TCM type. */
  omit?: string[];
  /** Properties the TCM type needs besides the settings' own (IsSingleInstance of a singleton, a key). */
  add?: (item: Item) => Record<string, TcmValue>;
  /** Turns a settings value into the shape TCM takes; default: unchanged. */
  convert?: Partial<Record<string, (value: TcmValue) => TcmValue>>;
  origins: (item: Item, context: MappingContext) => Origins;
}

export interface SectionNotCovered {
  notCovered: NotCovered;
}

/** Values exchange-iac always declares: no field of the organization file sets them. */
const ALWAYS: Origins = { origin: null };

const decisionIndex = (org: OrganizationFile, decisionId: string) => org.retention.deletionDecisions.findIndex((decision) => decision.id === decisionId);

/** The deletion decision a retention policy or rule is named after; the leavers' policy comes from retention.leaverMailboxes. */
function retentionOrigins(policy: string, context: MappingContext): Origins {
  const rule = context.document.facts.retention.deletionRules.find((candidate) => candidate.policy === policy);
  if (!rule) return { origin: "retention.leaverMailboxes", propertyOrigins: { RetentionDuration: "retention.deletionDecisions (the longest retainYears)" } };
  const decision = `retention.deletionDecisions.${decisionIndex(context.org, rule.decisionId)}`;
  return { origin: decision, propertyOrigins: { RetentionDuration: `${decision}.retainYears`, ContentMatchQuery: `${decision}.contentMatchQuery` } };
}

/** The security suite's sections: Microsoft lists types for them, but this project has not recorded their TCM properties yet. */
const UNVERIFIED = "its TCM properties are not yet recorded in model/tcm/reference.ts (not verified against the TCM schema); Microsoft365DSC and the tenant plan carry it";

export const EXCHANGE_SECTIONS: Record<SettingsSection, SectionMapping | SectionNotCovered> = {
  organizationConfig: {
    resourceType: "microsoft.exchange.organizationconfig",
    displayName: () => "Organization config",
    add: () => ({ IsSingleInstance: "Yes" }),
    origins: () => ALWAYS,
  },
  adminAuditLogConfig: {
    notCovered: { what: "Unified audit log ingestion (Set-AdminAuditLogConfig -UnifiedAuditLogIngestionEnabled)", field: null, reason: "TCM has no resource type for it" },
  },
  transportConfig: { resourceType: "microsoft.exchange.transportconfig", displayName: () => "Transport config", add: () => ({ IsSingleInstance: "Yes" }), origins: () => ALWAYS },
  externalInOutlook: {
    notCovered: { what: "External sender tagging (Set-ExternalInOutlook)", field: null, reason: "not among the Exchange Online types Microsoft lists as supported" },
  },
  remoteDomains: { resourceType: "microsoft.exchange.remotedomain", displayName: (item) => `Remote domain: ${item.Identity}`, origins: () => ALWAYS },
  outboundSpamFilterPolicies: {
    resourceType: "microsoft.exchange.hostedoutboundspamfilterpolicy",
    displayName: (item) => `Outbound spam filter policy: ${item.Identity}`,
    origins: () => ALWAYS,
  },
  sharingPolicies: { resourceType: "microsoft.exchange.sharingpolicy", displayName: (item) => `Sharing policy: ${item.Name}`, origins: () => ALWAYS },
  dkimSigningConfigs: {
    resourceType: "microsoft.exchange.dkimsigningconfig",
    displayName: (item) => `DKIM signing: ${item.Identity}`,
    origins: (item, { org }) => ({ origin: `organization.acceptedDomains.${org.organization.acceptedDomains.indexOf(String(item.Identity))}`, propertyOrigins: { KeySize: null, Enabled: "online.manualSteps.dkimCnamesPublished" } }),
  },
  dataEncryptionPolicies: {
    resourceType: "microsoft.exchange.dataencryptionpolicy",
    displayName: (item) => `Data encryption policy: ${item.Name}`,
    // TCM keys the policy by Identity; a policy's identity is its name.
    add: (item) => ({ Identity: item.Name! }),
    origins: () => ({ origin: "online.customerKey.enabled", propertyOrigins: { AzureKeyIDs: "online.customerKey.regions" } }),
  },
  mailboxDataEncryption: {
    notCovered: {
      what: "The data encryption policy assigned to each mailbox (Set-Mailbox -DataEncryptionPolicy)",
      field: "online.customerKey.enabled",
      reason: "a per-mailbox setting: the monitor covers tenant-wide settings, and mailboxes come and go",
    },
  },
  dlpCompliancePolicies: {
    resourceType: "microsoft.securityandcompliance.dlpcompliancepolicy",
    displayName: (item) => `DLP policy: ${item.Name}`,
    origins: () => ALWAYS,
  },
  dlpComplianceRules: {
    resourceType: "microsoft.securityandcompliance.dlpcompliancerule",
    displayName: (item) => `DLP rule: ${item.Name}`,
    // TCM takes the conditions as {SensitiveInformation: [...]} with lower-case string attributes.
    convert: {
      ContentContainsSensitiveInformation: (types) => ({
        SensitiveInformation: (types as Record<string, TcmValue>[]).map((type) =>
          compact({
            name: type.name!,
            id: type.id ?? "",
            mincount: type.minCount === undefined ? "" : String(type.minCount),
            minconfidence: type.minConfidence === undefined ? "" : String(type.minConfidence),
          }),
        ),
      }),
    },
    origins: () => ALWAYS,
  },
  retentionCompliancePolicies: {
    resourceType: "microsoft.securityandcompliance.retentioncompliancepolicy",
    displayName: (item) => `Retention policy: ${item.Name}`,
    origins: (item, context) => retentionOrigins(String(item.Name), context),
  },
  retentionComplianceRules: {
    resourceType: "microsoft.securityandcompliance.retentioncompliancerule",
    displayName: (item) => `Retention rule: ${item.Name}`,
    origins: (item, context) => retentionOrigins(String(item.Policy), context),
  },
  unifiedAuditLogRetentionPolicies: {
    notCovered: { what: "Audit log retention policy (New-UnifiedAuditLogRetentionPolicy)", field: "retention.auditLogRetentionDays", reason: "TCM has no resource type for it" },
  },
  roleGroups: {
    notCovered: { what: "Purview role groups for search, export and hold", field: "governance.recordsAccessRoles", reason: "TCM's roleGroup type is Exchange Online's role groups, not the Purview portal's" },
  },
  malwareFilterPolicies: {
    notCovered: { what: "The default anti-malware policy (Set-MalwareFilterPolicy)", field: null, reason: UNVERIFIED },
  },
  hostedContentFilterPolicies: {
    notCovered: { what: "The default anti-spam policy (Set-HostedContentFilterPolicy)", field: null, reason: UNVERIFIED },
  },
  hostedConnectionFilterPolicies: {
    notCovered: { what: "The default connection filter policy (Set-HostedConnectionFilterPolicy)", field: null, reason: UNVERIFIED },
  },
  antiPhishPolicies: {
    notCovered: { what: "Anti-phishing impersonation protection (Set-AntiPhishPolicy)", field: "online.threatProtection.protectedUsers", reason: UNVERIFIED },
  },
  safeLinksPolicies: {
    notCovered: { what: "The Safe Links policy", field: null, reason: UNVERIFIED },
  },
  safeLinksRules: {
    notCovered: { what: "The Safe Links rule", field: null, reason: UNVERIFIED },
  },
  safeAttachmentPolicies: {
    notCovered: { what: "The Safe Attachments policy", field: null, reason: UNVERIFIED },
  },
  safeAttachmentRules: {
    notCovered: { what: "The Safe Attachments rule", field: null, reason: UNVERIFIED },
  },
  atpPolicyForO365: {
    notCovered: { what: "Safe Attachments for SharePoint, OneDrive and Teams (Set-AtpPolicyForO365)", field: null, reason: UNVERIFIED },
  },
  protectionAlerts: {
    notCovered: { what: "The required alert policies and their recipients (Set-ProtectionAlert)", field: "online.threatProtection.alertRecipients", reason: UNVERIFIED },
  },
};

export function isCovered(mapping: SectionMapping | SectionNotCovered): mapping is SectionMapping {
  return "resourceType" in mapping;
}
