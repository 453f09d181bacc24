// Exchange Online, Microsoft Purview and Entra ID: service descriptions, limits, configuration, cmdlet and Graph reference.
import type { SourceArea } from "./types";

export const exchangeOnlineSources = {
  "microsoft-online-services-sla": {
    title: "Service Level Agreements (SLA) for Online Services",
    publisher: "Microsoft Licensing",
    url: "https://www.microsoft.com/licensing/docs/view/Service-Level-Agreements-SLA-for-Online-Services",
    read: "2026-12-01",
    says: "Exchange Online has a financially backed monthly uptime of 99.9 %; below it the customer gets service credits, not damages.",
    primary: false,
  },
  "learn-eu-data-boundary": {
    title: "What is the EU Data Boundary?",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/privacy/eudb/eu-data-boundary-learn",
    read: "2026-12-01",
    says: "Microsoft stores and processes customer data of its enterprise online services in the EU/EFTA, with documented limited transfers (among them security operations and some directory data).",
    primary: false,
  },
  "learn-customer-lockbox": {
    title: "Microsoft Purview Customer Lockbox",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/purview/customer-lockbox-requests",
    read: "2026-12-01",
    says: "With Customer Lockbox a Microsoft engineer reaches customer content only after the customer approves the request.",
    primary: false,
  },
  "learn-customer-key": {
    title: "Service encryption with Microsoft Purview Customer Key",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/purview/customer-key-overview",
    read: "2026-12-01",
    says: "Customer Key encrypts Exchange Online mailbox content with root keys the customer holds in two Azure Key Vaults; Microsoft keeps an availability key to recover service.",
    primary: false,
  },
  "learn-exo-data-resiliency": {
    title: "Exchange Online data resiliency in Microsoft 365",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/compliance/assurance/assurance-exchange-online-data-resiliency",
    read: "2026-12-01",
    says: "Exchange Online protects mailboxes with database copies in more than one datacenter and native data protection (single item recovery, retention) instead of point-in-time backups the customer holds.",
    primary: false,
  },
  "learn-inactive-mailboxes": {
    title: "Learn about inactive mailboxes",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/purview/inactive-mailboxes-in-office-365",
    read: "2026-12-01",
    says: "A mailbox under a retention policy or hold becomes inactive when its account is deleted, so its content stays searchable until the retention period ends.",
    primary: false,
  },
  "learn-exo-powershell": {
    title: "About the Exchange Online PowerShell module",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/powershell/exchange/exchange-online-powershell-v2",
    read: "2026-12-01",
    says: "The ExchangeOnlineManagement module (v3) runs its cmdlets through REST calls to the service; Microsoft documents the module and its cmdlets, not the REST endpoint underneath as an API.",
    primary: false,
  },
} satisfies SourceArea;
