// English texts of the exchange rules: title, remediation and each message a rule gives.
export const exchange = {
  exo01: {
    title: "Automatic forwarding to external domains is off (MS.EXO.1.1)",
    remediation: "Set AutoForwardEnabled false on the remote domain * (and AutoForwardingMode Off on the outbound spam filter policies in Exchange Online).",
  },
  exo02: {
    title: "Mailbox audit and admin audit logging are on (MS.EXO.13.1)",
    remediation: "Turn on mailbox auditing for every mailbox and the admin audit log (Exchange Online: AuditDisabled false, UnifiedAuditLogIngestionEnabled true).",
  },
  exo03: {
    title: "Unified audit log ingestion is on and audit retention is at least 1 year (MS.SECURITYSUITE.5.1, 5.2)",
    remediation: "Set UnifiedAuditLogIngestionEnabled true and add an audit log retention policy of TwelveMonths or longer.",
  },
  exo04: {
    title: "SMTP AUTH / basic authentication for clients is off; on-prem uses modern (OAuth) authentication (MS.EXO.5.1)",
    remediation: "Exchange Online: SmtpClientAuthenticationDisabled true. On-prem: modern authentication with OAuth2ClientProfileEnabled, an authentication policy that blocks Basic for every client protocol, and the client submission connectors disabled.",
  },
  exo05: {
    title: "DKIM signs every accepted domain with 2048-bit keys; DMARC is published with p=reject (p=quarantine gives a warning) (MS.EXO.3.1, 4.x)",
    remediation: "Sign every accepted domain with 2048-bit DKIM keys and publish v=DMARC1; p=reject for it.",
  },
  exo06: {
    title: "External senders are tagged (MS.EXO.7.1)",
    remediation: "Exchange Online: enable the External tag (Set-ExternalInOutlook -Enabled $true). On-prem: a transport rule that prepends a tag to the subject of mail from outside the organization.",
  },
  exo07: {
    title: "Calendar and contact details are not shared with all domains (MS.EXO.6.1, 6.2)",
    remediation: "Disable the sharing policies that share contacts or calendar details with *, or share free/busy only.",
  },
  exo08: {
    title: "SMTP uses TLS 1.2 or later; legacy TLS clients are refused",
    remediation: "Exchange Online: AllowLegacyTLSClients false. On-prem: disable TLS 1.0 and 1.1 in SCHANNEL and require TLS on every connector.",
  },
};
