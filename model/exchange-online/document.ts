// The Exchange Online configuration document: built from the organization file alone,
// it holds the declared facts that have no API (data location, EU Data Boundary,
// Advanced Data Residency), the steps a tenant administrator does by hand (Customer Lockbox,
// DKIM CNAMEs, Customer Key registration) and the desired tenant settings that the planner
// turns into cmdlet calls. Policies (policies/RULES.md: EXO-01..08, DLP-01..03, RET-01..04,
// ONL-01..06) read the facts below, never the code.
import type { OrganizationFile } from "../schema";
import { InputError } from "../input-error";
import { MAXIMUM_AUDIT_RETENTION_DAYS, MAXIMUM_AUDIT_RETENTION_YEARS, auditRetentionDays, auditRetentionDuration } from "./audit-retention";
import { customerKeyReferences, type CustomerKeyReference } from "./customer-key";
import { DLP_GDPR_RULE_NAME, DLP_POLICY_NAME, DLP_SWEDEN_RULE_NAME, dlpSettings } from "./dlp";
import { deleteAfterDays, purviewName, retentionSettings, type DeletionRuleFact, type LeaverMailboxFact } from "./retention";
import { GDPR_EU_TYPES, SWEDEN_NATIONAL_ID } from "./sensitive-information-types";
import { threatProtectionSettings } from "./threat-protection";
import type { AuditRetentionDuration, DesiredSettings } from "./settings";

export const DOCUMENT_KIND = "exchange-online-configuration";
export const DATA_ENCRYPTION_POLICY_NAME = "Customer Key mailbox DEP";
/** The SPF record of a domain that sends only through Exchange Online (source: learn-spf-configure). */
export const EXCHANGE_ONLINE_SPF = "v=spf1 include:spf.protection.outlook.com -all";
export const AUDIT_RETENTION_POLICY_NAME = "Audit log retention";
/** Purview roles that give search, export and hold across all mailboxes (TF 2 kap.; RET-03). */
export const RECORDS_ACCESS_ROLES = ["Case Management", "Compliance Search", "Export", "Hold", "Preview", "Review"] as const;

export interface ExchangeOnlineFacts {
  /** Declared, not read: Microsoft offers no API for the data location card. */
  dataResidency: {
    declaredWithoutApi: true;
    tenantDataLocation: OrganizationFile["online"]["dataLocation"];
    euDataBoundary: boolean;
    advancedDataResidency: boolean;
    advancedDataResidencyLicensed: boolean;
    providerJurisdiction: OrganizationFile["online"]["providerJurisdiction"];
  };
  maxConfidentialityInEmail: number | null;
  /** Asked for in the organization file; turned on by hand (manualSteps.customerLockbox). */
  customerLockbox: boolean;
  customerKey: {
    enabled: boolean;
    dataEncryptionPolicy: string | null;
    /** The DEP is assigned to every mailbox (Set-Mailbox -DataEncryptionPolicy). */
    assignedToAllMailboxes: boolean;
    keys: CustomerKeyReference[];
  };
  /** What no cmdlet does: the tenant administrator does it and records it in the organization file. */
  manualSteps: {
    /** Microsoft 365 admin center > Settings > Org settings > Security & privacy > Customer lockbox (source: learn-customer-lockbox-configure). */
    customerLockbox: { required: boolean; enabledOn: string | null };
    /** The two CNAMEs per domain; their targets are Selector1CNAME and Selector2CNAME of Get-DkimSigningConfig (source: learn-dkim-configure). */
    dkimCnames: { domain: string; records: { name: string; target: "Selector1CNAME" | "Selector2CNAME" }[]; published: boolean }[];
    /** Microsoft confirms both subscriptions for Customer Key before a DEP can use their keys (source: learn-customer-key-set-up). */
    customerKeyRegistration: { required: boolean; confirmedOn: string | null };
  };
  dlp: {
    policy: string;
    mode: DesiredSettings["dlpCompliancePolicies"][number]["Mode"];
    swedenNationalIdRule: string;
    swedenNationalId: { name: string; id: string };
    gdprRule: string;
    gdprTypes: string[];
    blocksExternalRecipients: boolean;
    notifiesSender: boolean;
  };
  retention: {
    deletionRules: DeletionRuleFact[];
    /** Decisions on logs: audit and trace logs must be kept at least this long (RET-04). */
    logDecisions: { decisionId: string; retainYears: number; days: number }[];
    leaverMailboxes: LeaverMailboxFact;
    recordsAccess: { role: string; roleGroup: string; roles: string[] }[];
  };
  audit: {
    mailboxAuditing: boolean;
    unifiedAuditLogIngestion: boolean;
    requestedDays: number;
    retentionDuration: AuditRetentionDuration;
    retentionDays: number;
  };
  mail: {
    externalAutoForwarding: boolean;
    smtpClientAuthentication: boolean;
    legacyTlsClients: boolean;
    externalSenderTagging: boolean;
    sharesCalendarDetailsWithAllDomains: boolean;
    sharesContactsWithAllDomains: boolean;
    dkim: { domain: string; keySize: number; enabled: boolean }[];
    /** DNS is outside Exchange Online: the records each accepted domain must publish (EXO-05). */
    spf: { domain: string; name: string; value: string }[];
    dmarc: { domain: string; name: string; value: string; policy: "reject"; reportAddress: string }[];
  };
}

export interface ExchangeOnlineDocument {
  kind: typeof DOCUMENT_KIND;
  version: 1;
  organization: string;
  facts: ExchangeOnlineFacts;
  settings: DesiredSettings;
}

/** File name of the document beside the online stack's cdk.tf.json, where policies read it. */
export const EXCHANGE_ONLINE_DOCUMENT_JSON = "exchange-online-configuration.json";

export function exchangeOnlineDocumentText(org: OrganizationFile): string {
  return `${JSON.stringify(buildExchangeOnlineDocument(org), null, 2)}\n`;
}

export function buildExchangeOnlineDocument(org: OrganizationFile): ExchangeOnlineDocument {
  const online = org.online;
  const domains = [...org.organization.acceptedDomains].sort();
  const retention = retentionSettings(org);
  const logDecisions = org.retention.deletionDecisions
    .filter((decision) => decision.appliesTo === "logs")
    .map((decision) => ({ decisionId: decision.id, retainYears: decision.retainYears, days: deleteAfterDays(decision.retainYears) }));
  // Audit records are kept as long as the organization asks, and as long as any decision on logs.
  const requestedDays = Math.max(org.retention.auditLogRetentionDays, ...logDecisions.map((decision) => decision.days));
  // Found by the property tests: a decision on logs longer than Exchange Online can keep audit
  // records (TenYears) threw a RangeError (a stack trace); it is the user's input to fix.
  const tooLong = org.retention.deletionDecisions.findIndex((decision) => decision.appliesTo === "logs" && deleteAfterDays(decision.retainYears) > MAXIMUM_AUDIT_RETENTION_DAYS);
  if (tooLong >= 0) {
    throw new InputError(
      `retention.deletionDecisions.${tooLong}.retainYears`,
      String(org.retention.deletionDecisions[tooLong]!.retainYears),
      `at most ${MAXIMUM_AUDIT_RETENTION_YEARS} years for a decision on logs: Exchange Online keeps audit records at most ${MAXIMUM_AUDIT_RETENTION_YEARS} years (TenYears, the longest duration New-UnifiedAuditLogRetentionPolicy accepts)`,
    );
  }
  const duration = auditRetentionDuration(requestedDays);
  const keys = online.customerKey.enabled ? customerKeyReferences(org) : [];
  const recordsAccess = [...new Set(org.governance.recordsAccessRoles)].map((role) => ({
    role,
    roleGroup: purviewName(`Records access ${role}`),
    roles: [...RECORDS_ACCESS_ROLES],
  }));
  const sharing = { Name: "Default Sharing Policy", Domains: ["*:CalendarSharingFreeBusySimple"], Enabled: false };
  const steps = online.manualSteps;
  // DKIM is enabled only where the CNAMEs are recorded as published: the service refuses it before.
  const dkimPublished = (domain: string) => steps.dkimCnamesPublished.includes(domain);

  const settings: DesiredSettings = {
    organizationConfig: { AuditDisabled: false },
    adminAuditLogConfig: { UnifiedAuditLogIngestionEnabled: true },
    transportConfig: { SmtpClientAuthenticationDisabled: true, AllowLegacyTLSClients: false },
    externalInOutlook: { Enabled: true, AllowList: [] },
    remoteDomains: [{ Identity: "Default", DomainName: "*", AutoForwardEnabled: false }],
    outboundSpamFilterPolicies: [{ Identity: "Default", AutoForwardingMode: "Off" }],
    // The default policy shares free/busy with every domain; disabled, it shares nothing (EXO-07).
    sharingPolicies: [sharing],
    dkimSigningConfigs: domains.map((domain) => ({ Identity: domain, KeySize: 2048 as const, Enabled: dkimPublished(domain) })),
    dataEncryptionPolicies: online.customerKey.enabled
      ? [
          {
            Name: DATA_ENCRYPTION_POLICY_NAME,
            Description: "Mailbox data encryption with the keys of both Customer Key vaults.",
            AzureKeyIDs: keys.map((key) => key.keyUri),
            Enabled: true,
          },
        ]
      : [],
    mailboxDataEncryption: online.customerKey.enabled ? [{ DataEncryptionPolicy: DATA_ENCRYPTION_POLICY_NAME, MailboxesNotAssigned: [] }] : [],
    ...dlpSettings(org),
    ...retention.settings,
    unifiedAuditLogRetentionPolicies: [
      {
        Name: AUDIT_RETENTION_POLICY_NAME,
        Description: `Keeps all audit records at least ${requestedDays} days (EXO-03, RET-04).`,
        Priority: 100,
        RetentionDuration: duration,
      },
    ],
    roleGroups: recordsAccess.map((access) => ({
      Name: access.roleGroup,
      Description: `Search, export and hold across all mailboxes for the role ${access.role} (RET-03).`,
      Roles: access.roles,
    })),
    ...threatProtectionSettings(org),
  };

  const location = online.dataLocation;
  return {
    kind: DOCUMENT_KIND,
    version: 1,
    organization: org.organization.name,
    facts: {
      dataResidency: {
        declaredWithoutApi: true,
        tenantDataLocation: location,
        euDataBoundary: location === "EU" || location === "SE",
        advancedDataResidency: online.advancedDataResidency,
        advancedDataResidencyLicensed: online.addOns.includes("ADVANCED_DATA_RESIDENCY"),
        providerJurisdiction: online.providerJurisdiction,
      },
      maxConfidentialityInEmail: org.classification.maxConfidentialityInEmail ?? null,
      customerLockbox: online.customerLockbox,
      customerKey: {
        enabled: online.customerKey.enabled,
        dataEncryptionPolicy: online.customerKey.enabled ? DATA_ENCRYPTION_POLICY_NAME : null,
        assignedToAllMailboxes: online.customerKey.enabled,
        keys,
      },
      manualSteps: {
        customerLockbox: { required: online.customerLockbox, enabledOn: steps.customerLockboxEnabled ?? null },
        dkimCnames: domains.map((domain) => ({
          domain,
          records: [
            { name: `selector1._domainkey.${domain}`, target: "Selector1CNAME" as const },
            { name: `selector2._domainkey.${domain}`, target: "Selector2CNAME" as const },
          ],
          published: dkimPublished(domain),
        })),
        customerKeyRegistration: { required: online.customerKey.enabled, confirmedOn: steps.customerKeyRegistered ?? null },
      },
      dlp: {
        policy: DLP_POLICY_NAME,
        mode: "Enable",
        swedenNationalIdRule: DLP_SWEDEN_RULE_NAME,
        swedenNationalId: { name: SWEDEN_NATIONAL_ID.name, id: SWEDEN_NATIONAL_ID.id },
        gdprRule: DLP_GDPR_RULE_NAME,
        gdprTypes: GDPR_EU_TYPES.map((type) => type.name),
        blocksExternalRecipients: true,
        notifiesSender: true,
      },
      retention: { deletionRules: retention.deletionRules, logDecisions, leaverMailboxes: retention.leavers, recordsAccess },
      audit: {
        mailboxAuditing: true,
        unifiedAuditLogIngestion: true,
        requestedDays,
        retentionDuration: duration,
        retentionDays: auditRetentionDays(duration),
      },
      mail: {
        externalAutoForwarding: false,
        smtpClientAuthentication: false,
        legacyTlsClients: false,
        externalSenderTagging: true,
        sharesCalendarDetailsWithAllDomains: false,
        sharesContactsWithAllDomains: false,
        dkim: domains.map((domain) => ({ domain, keySize: 2048, enabled: dkimPublished(domain) })),
        // Exchange Online sends from Microsoft's addresses: SPF names them and fails every other
        // sender (MS.EXO.2.2; source: learn-spf-configure), so the domain's own mail passes DMARC.
        spf: domains.map((domain) => ({ domain, name: domain, value: EXCHANGE_ONLINE_SPF })),
        // Aggregate and failure reports to the municipality's own mailbox (MS.EXO.4.4).
        dmarc: domains.map((domain) => ({
          domain,
          name: `_dmarc.${domain}`,
          value: `v=DMARC1; p=reject; rua=mailto:dmarc@${domain}; ruf=mailto:dmarc@${domain}`,
          policy: "reject" as const,
          reportAddress: `dmarc@${domain}`,
        })),
      },
    },
    settings,
  };
}
