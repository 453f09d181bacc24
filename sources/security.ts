// Security advisories and baselines: CISA directives and the Known Exploited Vulnerabilities catalog, ScubaGear.
import type { SourceArea } from "./types";

export const securitySources = {
  "cisa-ed-21-02": {
    title: "Emergency Directive 21-02: Mitigate Microsoft Exchange On-Premises Product Vulnerabilities",
    publisher: "CISA",
    url: "https://www.cisa.gov/news-events/directives/ed-21-02-mitigate-microsoft-exchange-premises-product-vulnerabilities",
    read: "2026-12-01",
    says: "March 2021 (ProxyLogon): US federal agencies had to patch or disconnect on-premises Exchange servers at once because pre-authentication flaws were being exploited at scale.",
    primary: false,
  },
  "cisa-ed-25-02": {
    title: "Emergency Directive 25-02: Mitigate Microsoft Exchange Vulnerability",
    publisher: "CISA",
    url: "https://www.cisa.gov/news-events/directives/ed-25-02-mitigate-microsoft-exchange-vulnerability",
    read: "2026-12-01",
    says: "7 Aug 2025 (CVE-2025-53786): an administrator of an on-premises Exchange server in a hybrid configuration can move into the Microsoft 365 tenant; agencies had four days to update and disconnect end-of-life servers.",
    primary: false,
  },
  "msrc-proxyshell-proxynotshell": {
    title: "Customer Guidance for Reported Zero-day Vulnerabilities in Microsoft Exchange Server (ProxyNotShell)",
    publisher: "Microsoft Security Response Center",
    url: "https://msrc.microsoft.com/blog/2022/09/customer-guidance-for-reported-zero-day-vulnerabilities-in-microsoft-exchange-server/",
    read: "2026-12-01",
    says: "Sept 2022: two Exchange Server zero-days (CVE-2022-41040, CVE-2022-41082) were exploited in limited targeted attacks before a fix existed; Exchange Online customers were not affected.",
    primary: false,
  },
  "cve-2026-42897": {
    title: "CVE-2026-42897: Microsoft Exchange Server Spoofing Vulnerability (CVE record)",
    publisher: "CVE Program (record by Microsoft as CNA, enriched by CISA ADP)",
    url: "https://github.com/CVEProject/cvelistV5/blob/main/cves/2026/42xxx/CVE-2026-42897.json",
    read: "2026-12-01",
    says: "OWA cross-site scripting in Exchange 2016, 2019 and SE; Exchange SE RTM builds before 15.2.2562.43 are affected; CISA added it to the Known Exploited Vulnerabilities catalog on 2026-05-15 (exploitation: active).",
    primary: true,
  },
  "cve-2026-70279": {
    title: "CVE-2026-70279: Microsoft Exchange Server Spoofing Vulnerability (CVE record)",
    publisher: "CVE Program (record by Microsoft as CNA)",
    url: "https://github.com/CVEProject/cvelistV5/blob/main/cves/2026/70xxx/CVE-2026-70279.json",
    read: "2026-12-01",
    says: "Published 2026-10-13: Exchange SE RTM builds before 15.2.2562.56 are affected (the latest Exchange SE fix found by 2026-12-01).",
    primary: true,
  },
  "cisa-scubagear-aad": {
    title: "ScubaGear Microsoft Entra ID baseline (aad.md)",
    publisher: "CISA (GitHub)",
    url: "https://github.com/cisagov/ScubaGear/blob/main/PowerShell/ScubaGear/baselines/aad.md",
    read: "2026-12-01",
    says: "MS.AAD.1.1 legacy authentication blocked; 3.2 MFA for all users; 3.6 phishing-resistant MFA for highly privileged roles; 7.1 two to eight Global Administrators; 4.1v1: security logs shall be sent to the security operations center; the Entra ID diagnostic settings include AuditLogs, SignInLogs, NonInteractiveUserSignInLogs, ServicePrincipalSignInLogs and ManagedIdentitySignInLogs.",
    primary: true,
  },
  "cisa-scubagear-exo": {
    title: "ScubaGear Exchange Online baseline (exo.md)",
    publisher: "CISA (GitHub)",
    url: "https://github.com/cisagov/ScubaGear/blob/main/PowerShell/ScubaGear/baselines/exo.md",
    read: "2026-12-01",
    says: "MS.EXO.1.1 no automatic forwarding to external domains; 3.1 DKIM for all domains; 4.1-4.4 DMARC with p=reject; 5.1 SMTP AUTH disabled; 6.1-6.2 no contact or calendar sharing with all domains; 7.1 external sender warnings; 13.1 mailbox auditing (commit 4d34e9a4, 2026-08-20).",
    primary: true,
  },
  "cisa-scubagear-securitysuite": {
    title: "ScubaGear Microsoft 365 security suite baseline (securitysuite.md)",
    publisher: "CISA (GitHub)",
    url: "https://github.com/cisagov/ScubaGear/blob/main/PowerShell/ScubaGear/baselines/securitysuite.md",
    read: "2026-12-01",
    says: "MS.SECURITYSUITE.5.1 unified audit logging shall be enabled; 5.2 audit logs retained and searchable at least 3 months and retrievable at least 12 months (commit 4d34e9a4).",
    primary: true,
  },
} satisfies SourceArea;
