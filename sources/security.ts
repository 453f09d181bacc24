// Security advisories and baselines: CISA directives and the Known Exploited Vulnerabilities catalog, ScubaGear.
import type { SourceArea } from "./types";

export const securitySources = {
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
} satisfies SourceArea;
