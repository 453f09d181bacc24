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
} satisfies SourceArea;
