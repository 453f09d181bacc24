// Exchange security baseline rules over the example's real generated documents of both options,
// and over mutated copies of them.
import { describe, expect, it } from "vitest";
import { EXCHANGE_ONLINE_DOCUMENT_JSON } from "../model/exchange-online/document";
import { ONPREM_DOCUMENT_JSON } from "../policies/rules/exchange/documents";
import { exo01 } from "../policies/rules/exchange/exo-01-no-external-auto-forwarding";
import { exo02 } from "../policies/rules/exchange/exo-02-audit-logging";
import { exo03 } from "../policies/rules/exchange/exo-03-unified-audit-log";
import { exo04 } from "../policies/rules/exchange/exo-04-no-basic-smtp-auth";
import { exo05 } from "../policies/rules/exchange/exo-05-dkim-dmarc";
import { exo06 } from "../policies/rules/exchange/exo-06-external-sender-tag";
import { exo07 } from "../policies/rules/exchange/exo-07-no-sharing-with-all-domains";
import { exo08 } from "../policies/rules/exchange/exo-08-smtp-tls";
import { atDocumentPath, findingsOf, findingsOnDocuments } from "./helpers/policy";

const run = findingsOnDocuments;
const at = atDocumentPath;

describe("EXO-01 no automatic forwarding to external domains", () => {
  it("passes the example on both options", () => {
    expect(run(exo01, "onprem")).toEqual([]);
    expect(run(exo01, "online")).toEqual([]);
  });
  it("fails an on-prem remote domain that forwards", () => {
    expect(run(exo01, "onprem", (d) => (d.remoteDomains[0].autoForwardEnabled = true))).toMatchObject([
      { ruleId: "EXO-01", severity: "error", status: "fail", location: at("remoteDomains.0.autoForwardEnabled", ONPREM_DOCUMENT_JSON) },
    ]);
  });
  it("fails an outbound spam policy that allows forwarding and a missing * remote domain online", () => {
    const findings = run(exo01, "online", (d) => {
      d.settings.outboundSpamFilterPolicies[0].AutoForwardingMode = "On";
      d.settings.remoteDomains[0].DomainName = "partner.se";
    });
    expect(findings.map((f) => f.location)).toEqual(
      expect.arrayContaining([at("settings.outboundSpamFilterPolicies.0.AutoForwardingMode", EXCHANGE_ONLINE_DOCUMENT_JSON), at("settings.remoteDomains", EXCHANGE_ONLINE_DOCUMENT_JSON)]),
    );
    expect(findings).toHaveLength(2);
  });
  it("cannot decide without the document, and says so", () => {
    expect(findingsOf(exo01, "online")).toMatchObject([{ ruleId: "EXO-01", status: "undecided", location: at("", EXCHANGE_ONLINE_DOCUMENT_JSON) }]);
  });
});

describe("EXO-02 mailbox and admin audit", () => {
  it("passes the example on both options", () => {
    expect(run(exo02, "onprem")).toEqual([]);
    expect(run(exo02, "online")).toEqual([]);
  });
  it("fails mailbox audit off on-prem", () => {
    expect(run(exo02, "onprem", (d) => (d.audit.mailboxAudit.enabled = false))).toMatchObject([
      { ruleId: "EXO-02", severity: "error", status: "fail", location: at("audit.mailboxAudit.enabled", ONPREM_DOCUMENT_JSON) },
    ]);
  });
  it("fails AuditDisabled online", () => {
    expect(run(exo02, "online", (d) => (d.settings.organizationConfig.AuditDisabled = true))).toMatchObject([
      { status: "fail", location: at("settings.organizationConfig.AuditDisabled", EXCHANGE_ONLINE_DOCUMENT_JSON) },
    ]);
  });
  it("cannot decide a missing admin audit fact", () => {
    expect(run(exo02, "onprem", (d) => delete d.audit.adminAuditLog)).toMatchObject([{ status: "undecided", location: at("audit.adminAuditLog.enabled", ONPREM_DOCUMENT_JSON) }]);
  });
});

describe("EXO-03 unified audit log", () => {
  it("passes the example online and does not judge on-prem", () => {
    expect(run(exo03, "online")).toEqual([]);
    expect(run(exo03, "onprem")).toEqual([]);
  });
  it("fails retention shorter than a year", () => {
    const findings = run(exo03, "online", (d) => (d.settings.unifiedAuditLogRetentionPolicies[0].RetentionDuration = "SixMonths"));
    expect(findings).toMatchObject([{ ruleId: "EXO-03", severity: "error", status: "fail", location: at("settings.unifiedAuditLogRetentionPolicies", EXCHANGE_ONLINE_DOCUMENT_JSON) }]);
    expect(findings[0]?.message).toContain("180 days");
  });
  it("fails ingestion off and no retention policy (the 180-day default)", () => {
    const findings = run(exo03, "online", (d) => {
      d.settings.adminAuditLogConfig.UnifiedAuditLogIngestionEnabled = false;
      d.settings.unifiedAuditLogRetentionPolicies = [];
    });
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining("no retention policy"), expect.stringContaining("ingestion is off")]);
  });
  it("cannot decide an unknown duration", () => {
    expect(run(exo03, "online", (d) => (d.settings.unifiedAuditLogRetentionPolicies[0].RetentionDuration = "Forever"))).toMatchObject([{ status: "undecided" }]);
  });
});

describe("EXO-04 no SMTP AUTH or Basic", () => {
  it("passes the example on both options", () => {
    expect(run(exo04, "onprem")).toEqual([]);
    expect(run(exo04, "online")).toEqual([]);
  });
  it("fails on-prem when Basic stays open for POP and the client connectors are on", () => {
    const findings = run(exo04, "onprem", (d) => {
      d.authentication.basicAuthenticationBlockedFor = d.authentication.basicAuthenticationBlockedFor.filter((p: string) => p !== "Pop");
      d.transport.clientSubmission.enabled = true;
    });
    expect(findings).toMatchObject([
      { ruleId: "EXO-04", status: "fail", location: at("authentication.basicAuthenticationBlockedFor", ONPREM_DOCUMENT_JSON), message: expect.stringContaining("Pop") },
      { status: "fail", location: at("transport.clientSubmission.enabled", ONPREM_DOCUMENT_JSON) },
    ]);
  });
  it("fails SMTP AUTH online", () => {
    expect(run(exo04, "online", (d) => (d.settings.transportConfig.SmtpClientAuthenticationDisabled = false))).toMatchObject([
      { severity: "error", location: at("settings.transportConfig.SmtpClientAuthenticationDisabled", EXCHANGE_ONLINE_DOCUMENT_JSON) },
    ]);
  });
});

describe("EXO-05 DKIM 2048 and DMARC reject", () => {
  it("passes the example on both options", () => {
    expect(run(exo05, "onprem")).toEqual([]);
    expect(run(exo05, "online")).toEqual([]);
  });
  it("warns on p=quarantine and fails p=none (organization file, on-prem)", () => {
    expect(run(exo05, "onprem", undefined, (d) => (d.onprem.mailAuthentication.dmarcPolicy = "quarantine"))).toMatchObject([
      { ruleId: "EXO-05", severity: "warning", status: "fail", location: at("mailAuthentication.dmarc.0.record", ONPREM_DOCUMENT_JSON) },
    ]);
    expect(run(exo05, "onprem", undefined, (d) => (d.onprem.mailAuthentication.dmarcPolicy = "none"))).toMatchObject([{ severity: "error", message: expect.stringContaining("p=none") }]);
  });
  it("fails 1024-bit DKIM and warns on quarantine online", () => {
    const findings = run(exo05, "online", (d) => {
      d.settings.dkimSigningConfigs[0].KeySize = 1024;
      d.facts.mail.dmarc[0].value = "v=DMARC1; p=quarantine; rua=mailto:dmarc@exempelkommun.se";
    });
    expect(findings).toEqual([
      expect.objectContaining({ severity: "error", location: at("settings.dkimSigningConfigs.0.KeySize", EXCHANGE_ONLINE_DOCUMENT_JSON) }),
      expect.objectContaining({ severity: "warning", location: at("facts.mail.dmarc.0.value", EXCHANGE_ONLINE_DOCUMENT_JSON) }),
    ]);
  });
  it("fails SPF that does not end in -all or leaves out Exchange Online, and warns on DMARC without rua (MS.EXO.2.2, 4.4)", () => {
    expect(run(exo05, "online", (d) => (d.facts.mail.spf[0].value = "v=spf1 include:spf.protection.outlook.com ~all"))).toMatchObject([
      { severity: "error", location: at("facts.mail.spf.0.value", EXCHANGE_ONLINE_DOCUMENT_JSON), message: expect.stringContaining("-all") },
    ]);
    expect(run(exo05, "online", (d) => (d.facts.mail.spf[0].value = "v=spf1 mx -all"))).toMatchObject([
      { severity: "error", message: expect.stringContaining("include:spf.protection.outlook.com") },
    ]);
    expect(run(exo05, "online", (d) => (d.facts.mail.spf = []))).toMatchObject([{ severity: "error", message: "no SPF record is published for exempelkommun.se" }]);
    expect(run(exo05, "online", (d) => (d.facts.mail.dmarc[0].value = "v=DMARC1; p=reject"))).toMatchObject([
      { severity: "warning", location: at("facts.mail.dmarc.0.value", EXCHANGE_ONLINE_DOCUMENT_JSON), message: expect.stringContaining("rua") },
    ]);
  });
  it("fails DKIM that is off once its CNAMEs are recorded as published", () => {
    expect(run(exo05, "online", (d) => (d.settings.dkimSigningConfigs[0].Enabled = false))).toMatchObject([
      { severity: "error", location: at("settings.dkimSigningConfigs.0.Enabled", EXCHANGE_ONLINE_DOCUMENT_JSON) },
    ]);
  });
  it("fails an accepted domain the document does not sign", () => {
    const findings = run(exo05, "online", (d) => (d.settings.dkimSigningConfigs = []));
    expect(findings).toMatchObject([{ status: "fail", message: "no DKIM signing configuration for exempelkommun.se" }]);
  });
  it("covers every accepted domain the organization adds", () => {
    const twoDomains = (d: Record<string, any>) => d.organization.acceptedDomains.push("bygglov.exempelkommun.se");
    expect(run(exo05, "online", undefined, twoDomains)).toEqual([]);
    expect(run(exo05, "onprem", undefined, twoDomains)).toEqual([]);
  });
});

describe("EXO-06 external sender tag", () => {
  it("passes the example on both options", () => {
    expect(run(exo06, "onprem")).toEqual([]);
    expect(run(exo06, "online")).toEqual([]);
  });
  // MS.EXO.7.1 is a SHALL: a violation is an error.
  it("fails without the on-prem tagging rule", () => {
    expect(run(exo06, "onprem", (d) => (d.transportRules = d.transportRules.filter((r: any) => r.purpose !== "external-sender-tag")))).toMatchObject([
      { ruleId: "EXO-06", severity: "error", status: "fail", location: at("transportRules", ONPREM_DOCUMENT_JSON) },
    ]);
  });
  it("fails when the External tag is off online", () => {
    expect(run(exo06, "online", (d) => (d.settings.externalInOutlook.Enabled = false))).toMatchObject([{ severity: "error", location: at("settings.externalInOutlook.Enabled", EXCHANGE_ONLINE_DOCUMENT_JSON) }]);
  });
});

describe("EXO-07 no calendar or contact sharing with all domains", () => {
  it("passes the example on both options", () => {
    expect(run(exo07, "onprem")).toEqual([]);
    expect(run(exo07, "online")).toEqual([]);
  });
  // MS.EXO.6.1 and 6.2 are SHALLs: a violation is an error.
  it("allows free/busy with all domains but fails details and contacts", () => {
    expect(run(exo07, "online", (d) => (d.settings.sharingPolicies[0].Enabled = true))).toEqual([]);
    const findings = run(exo07, "online", (d) => {
      d.settings.sharingPolicies[0].Enabled = true;
      d.settings.sharingPolicies[0].Domains = ["*:CalendarSharingFreeBusyDetail, ContactsSharing"];
    });
    expect(findings).toMatchObject([
      { ruleId: "EXO-07", severity: "error", status: "fail", location: at("settings.sharingPolicies.0.Domains", EXCHANGE_ONLINE_DOCUMENT_JSON), message: expect.stringContaining("CalendarSharingFreeBusyDetail, ContactsSharing") },
    ]);
  });
  it("fails when on-prem shares calendars with all domains", () => {
    expect(run(exo07, "onprem", (d) => (d.sharing.calendarSharedWithAllDomains = true))).toMatchObject([{ severity: "error", location: at("sharing.calendarSharedWithAllDomains", ONPREM_DOCUMENT_JSON) }]);
  });
});

describe("EXO-08 TLS 1.2 for SMTP", () => {
  it("passes the example on both options", () => {
    expect(run(exo08, "onprem")).toEqual([]);
    expect(run(exo08, "online")).toEqual([]);
  });
  it("fails TLS 1.1 left on and a connector without TLS on-prem", () => {
    const findings = run(exo08, "onprem", (d) => {
      d.transport.tls.legacyVersionsDisabled = ["TLS 1.0"];
      d.transport.receiveConnectors[0].requireTls = false;
    });
    expect(findings).toMatchObject([
      { ruleId: "EXO-08", severity: "error", location: at("transport.receiveConnectors.0.requireTls", ONPREM_DOCUMENT_JSON) },
      { message: "TLS 1.1 is not disabled", location: at("transport.tls.legacyVersionsDisabled", ONPREM_DOCUMENT_JSON) },
    ]);
  });
  it("fails legacy TLS clients online", () => {
    expect(run(exo08, "online", (d) => (d.settings.transportConfig.AllowLegacyTLSClients = true))).toMatchObject([{ status: "fail", location: at("settings.transportConfig.AllowLegacyTLSClients", EXCHANGE_ONLINE_DOCUMENT_JSON) }]);
  });
});
