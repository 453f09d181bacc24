// The Exchange Online configuration document: the facts policies read and the desired
// settings, derived from the organization file.
import { describe, expect, it } from "vitest";
import { auditRetentionDuration } from "../model/exchange-online/audit-retention";
import { buildExchangeOnlineDocument, exchangeOnlineDocumentText } from "../model/exchange-online/document";
import { validateOrganization } from "../model/load";
import { InputError } from "../model/input-error";
import { exampleData } from "./helpers/example";

function documentFor(change?: (data: Record<string, any>) => void) {
  const data = exampleData();
  change?.(data);
  return buildExchangeOnlineDocument(validateOrganization(data));
}

describe("Exchange Online configuration document", () => {
  it("declares data residency as facts without an API", () => {
    const facts = documentFor().facts.dataResidency;
    expect(facts).toEqual({
      declaredWithoutApi: true,
      tenantDataLocation: "EU",
      euDataBoundary: true,
      advancedDataResidency: false,
      advancedDataResidencyLicensed: false,
      providerJurisdiction: "non-EU",
    });
    const us = documentFor((data) => (data.online.dataLocation = "US")).facts.dataResidency;
    expect(us.euDataBoundary).toBe(false);
  });

  it("blocks Swedish personal identity numbers and the GDPR EU types to external recipients, in Enable mode", () => {
    const { settings, facts } = documentFor();
    expect(settings.dlpCompliancePolicies).toEqual([expect.objectContaining({ Mode: "Enable", ExchangeLocation: ["All"] })]);
    const [sweden, gdpr] = settings.dlpComplianceRules;
    expect(sweden!.ContentContainsSensitiveInformation).toEqual([
      { name: "Sweden national ID", id: "f69aaf40-79be-4fac-8f05-fd1910d272c8", minCount: 1, minConfidence: 75 },
    ]);
    expect(sweden).toMatchObject({ AccessScope: "NotInOrganization", BlockAccess: true, NotifyUser: ["Owner"] });
    // Every type by name and id: the DLP cmdlets refuse a type without its id.
    expect(gdpr!.ContentContainsSensitiveInformation.map((type) => [type.name, type.id])).toEqual([
      ["EU Debit Card Number", "0e9b3178-9678-47dd-a509-37222ca96b42"],
      ["EU Driver's License Number", "b8fe86d1-c056-453b-bfaa-9fe698699ecc"],
      ["EU Passport Number", "21883626-6245-4f3d-9b61-5cbb43e625ee"],
      ["EU Social Security Number (SSN) or Equivalent ID", "d24e32a4-c0bb-4ba8-899d-6303b95742d9"],
      ["EU Tax Identification Number (TIN)", "e09c07d3-66e5-4783-989d-49ac62748f5f"],
    ]);
    expect(facts.dlp).toMatchObject({ mode: "Enable", blocksExternalRecipients: true, notifiesSender: true });
  });

  it("derives one deleting rule per mailbox decision, never earlier than the decision and always with its id", () => {
    const { settings, facts } = documentFor((data) => {
      data.retention.deletionDecisions.push({ id: "KS 2024/9 p. 1", what: "Newsletters", retainYears: 0.5, contentMatchQuery: "subject:nyhetsbrev" });
    });
    const deleting = settings.retentionComplianceRules.filter((rule) => rule.RetentionComplianceAction !== "Keep");
    expect(deleting.map((rule) => [rule.Name, rule.RetentionDuration, rule.ContentMatchQuery])).toEqual([
      ["Gallring KS 2023-118 p. 4 rule", "731", ""],
      ["Gallring KS 2024-9 p. 1 rule", "183", "subject:nyhetsbrev"],
    ]);
    for (const rule of facts.retention.deletionRules) expect(rule.deleteAfterDays).toBeGreaterThanOrEqual(rule.retainYears * 365.25);
    expect(facts.retention.deletionRules.map((rule) => rule.decisionId)).toEqual(["KS 2023/118 p. 4", "KS 2024/9 p. 1"]);
    // The decision on logs is not a mailbox deletion; it lengthens audit retention instead.
    expect(facts.retention.logDecisions).toEqual([{ decisionId: "KS 2023/118 p. 7", retainYears: 2, days: 731 }]);
  });

  it("deletes nothing without a decision and keeps leavers' mailboxes without limit", () => {
    const { settings, facts } = documentFor((data) => (data.retention.deletionDecisions = []));
    expect(settings.retentionComplianceRules).toEqual([
      expect.objectContaining({ Name: "Leavers mailboxes retained rule", RetentionComplianceAction: "Keep", RetentionDuration: "Unlimited" }),
    ]);
    expect(facts.retention.leaverMailboxes).toEqual({ mode: "inactive-mailbox", policy: "Leavers mailboxes retained", keep: "Unlimited" });
    const deleted = documentFor((data) => (data.retention.leaverMailboxes = "delete")).facts.retention.leaverMailboxes;
    expect(deleted.mode).toBe("deleted-with-account");
  });

  it("keeps audit records at least a year, as long as asked, mapped to the service's durations", () => {
    // The cmdlet accepts ThreeMonths, SixMonths, NineMonths, TwelveMonths and TenYears: two years need TenYears.
    expect(documentFor().facts.audit).toMatchObject({ requestedDays: 731, retentionDuration: "TenYears", retentionDays: 3653 });
    const short = documentFor((data) => {
      data.retention.auditLogRetentionDays = 90;
      data.retention.deletionDecisions = [];
    });
    expect(short.settings.unifiedAuditLogRetentionPolicies[0]!.RetentionDuration).toBe("TwelveMonths");
    expect(auditRetentionDuration(365)).toBe("TwelveMonths");
    // A year keeps what a 1-year decision asks (366 days, model/retention-periods.ts); a day more needs TenYears.
    expect(auditRetentionDuration(366)).toBe("TwelveMonths");
    expect(auditRetentionDuration(367)).toBe("TenYears");
    expect(auditRetentionDuration(3650)).toBe("TenYears");
    expect(() => validateOrganization({ ...exampleData(), retention: { auditLogRetentionDays: 4000 } })).toThrow(InputError);
    expect(() => validateOrganization({ ...exampleData(), retention: { auditLogRetentionDays: 4000 } })).toThrow(
      "retention.auditLogRetentionDays: received 4000; expected a value of at most 3650",
    );
  });

  it("turns off forwarding, SMTP AUTH and legacy TLS, signs every domain with 2048-bit DKIM and expects DMARC reject", () => {
    const { settings, facts } = documentFor((data) => {
      data.organization.acceptedDomains.push("exempel.se");
      data.online.manualSteps.dkimCnamesPublished = [];
    });
    expect(settings.remoteDomains).toEqual([{ Identity: "Default", DomainName: "*", AutoForwardEnabled: false }]);
    expect(settings.outboundSpamFilterPolicies).toEqual([{ Identity: "Default", AutoForwardingMode: "Off" }]);
    expect(settings.transportConfig).toEqual({ SmtpClientAuthenticationDisabled: true, AllowLegacyTLSClients: false });
    // Customer Lockbox is not a cmdlet setting: it is a recorded manual step.
    expect(settings.organizationConfig).toEqual({ AuditDisabled: false });
    // The example's Microsoft 365 E3 does not license Customer Lockbox (LIC-02), so it is not asked for.
    expect(facts.manualSteps.customerLockbox).toEqual({ required: false, enabledOn: null });
    expect(settings.adminAuditLogConfig).toEqual({ UnifiedAuditLogIngestionEnabled: true });
    expect(settings.externalInOutlook.Enabled).toBe(true);
    // Enabled only where the selector CNAMEs are recorded as published.
    expect(settings.dkimSigningConfigs).toEqual([
      { Identity: "exempel.se", KeySize: 2048, Enabled: false },
      { Identity: "exempelkommun.se", KeySize: 2048, Enabled: false },
    ]);
    expect(facts.manualSteps.dkimCnames[1]).toEqual({
      domain: "exempelkommun.se",
      records: [
        { name: "selector1._domainkey.exempelkommun.se", target: "Selector1CNAME" },
        { name: "selector2._domainkey.exempelkommun.se", target: "Selector2CNAME" },
      ],
      published: false,
    });
    const published = documentFor((data) => (data.online.manualSteps = { dkimCnamesPublished: ["exempelkommun.se"] }));
    expect(published.settings.dkimSigningConfigs).toEqual([{ Identity: "exempelkommun.se", KeySize: 2048, Enabled: true }]);
    expect(facts.mail.dmarc.map((record) => [record.name, record.value])).toEqual([
      ["_dmarc.exempel.se", "v=DMARC1; p=reject; rua=mailto:dmarc@exempel.se; ruf=mailto:dmarc@exempel.se"],
      ["_dmarc.exempelkommun.se", "v=DMARC1; p=reject; rua=mailto:dmarc@exempelkommun.se; ruf=mailto:dmarc@exempelkommun.se"],
    ]);
    // SPF names Exchange Online and fails every other sender (MS.EXO.2.2).
    expect(facts.mail.spf.map((record) => [record.name, record.value])).toEqual([
      ["exempel.se", "v=spf1 include:spf.protection.outlook.com -all"],
      ["exempelkommun.se", "v=spf1 include:spf.protection.outlook.com -all"],
    ]);
    expect(settings.sharingPolicies[0]).toMatchObject({ Name: "Default Sharing Policy", Enabled: false });
  });

  it("uses both vault keys for the data encryption policy only when Customer Key is on", () => {
    expect(documentFor().settings.dataEncryptionPolicies).toEqual([]);
    expect(documentFor().settings.mailboxDataEncryption).toEqual([]);
    const on = documentFor((data) => (data.online.customerKey = { enabled: true }));
    // Assigned to every mailbox: a DEP no mailbox has encrypts nothing.
    expect(on.settings.mailboxDataEncryption).toEqual([{ DataEncryptionPolicy: "Customer Key mailbox DEP", MailboxesNotAssigned: [] }]);
    expect(on.facts.manualSteps.customerKeyRegistration).toEqual({ required: true, confirmedOn: null });
    const [policy] = on.settings.dataEncryptionPolicies;
    // The URIs of the keys the online stack creates (constructs/online/names.ts).
    expect(policy!.AzureKeyIDs).toEqual([
      "https://kv-exempelkommun-ck1.vault.azure.net/keys/exchange-online-dep",
      "https://kv-exempelkommun-ck2.vault.azure.net/keys/exchange-online-dep",
    ]);
    expect(on.facts.customerKey.keys.map((key) => [key.region, key.placeholder])).toEqual([
      ["swedencentral", false],
      ["swedensouth", false],
    ]);
    const unnamed = documentFor((data) => {
      data.online.customerKey = { enabled: true };
      data.organization.name = "123";
      delete data.azure.namePrefix;
    });
    expect(unnamed.facts.customerKey.keys.every((key) => key.placeholder && key.keyUri.includes("placeholder"))).toBe(true);
  });

  it("grants search, export and hold to a role group per records-access role", () => {
    const { settings } = documentFor();
    expect(settings.roleGroups.map((group) => group.Name)).toEqual(["Records access Registrator", "Records access Arkivarie"]);
    expect(settings.roleGroups[0]!.Roles).toEqual(expect.arrayContaining(["Compliance Search", "Export", "Hold"]));
  });

  it("is the same document for the same file, written as JSON for policies to read", () => {
    expect(JSON.stringify(documentFor())).toBe(JSON.stringify(documentFor()));
    const text = exchangeOnlineDocumentText(validateOrganization(exampleData()));
    expect(JSON.parse(text)).toEqual(documentFor());
    expect(text.endsWith("}\n")).toBe(true);
  });
});
