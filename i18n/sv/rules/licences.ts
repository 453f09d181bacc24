// Svenska texter för licensreglerna: rubrik, åtgärd och varje iakttagelse.
import type { licences as en } from "../../en/rules/licences";

export const licences: typeof en = {
  licenceNeed: {
    "customer-key": { cause: () => "Customer Key (online.customerKey.enabled)", providedBy: "Microsoft 365 E5 eller tillägget E5_COMPLIANCE" },
    "customer-lockbox": { cause: () => "Customer Lockbox (online.customerLockbox)", providedBy: "Microsoft 365 E5 eller tillägget E5_COMPLIANCE" },
    "audit-premium": {
      cause: (days: number) => `att granskningsposter sparas i ${days} dagar (retention.auditLogRetentionDays, gallringsbeslut om loggar, minst ett år)`,
      providedBy: "Microsoft 365 E5 eller tillägget E5_COMPLIANCE eller E5_EDISCOVERY_AUDIT (Audit Premium)",
    },
    "audit-10-year": { cause: (days: number) => `att granskningsposter sparas i ${days} dagar, längre än det år som Audit Premium sparar`, providedBy: "tillägget AUDIT_LOG_RETENTION_10_YEARS utöver Audit Premium" },
    "advanced-data-residency": { cause: () => "Advanced Data Residency (online.advancedDataResidency)", providedBy: "tillägget ADVANCED_DATA_RESIDENCY för alla användare" },
    "exchange-online-dlp": { cause: () => "DLP-principen för alla Exchange-postlådor (DLP-01)", providedBy: "Exchange Online Plan 2, Office 365 E3, Microsoft 365 E3 eller E5" },
  },
  unmetNeed: (cause: string, providedBy: string, plan: string, addOns: string[], addOn: string | null) =>
    `${cause} kräver ${providedBy}; personalen har ${plan}${addOns.length ? ` med ${addOns.join(", ")}` : " utan tillägg"}${addOn ? `; kostnadsberäkningen lägger till tillägget ${addOn} för varje anställd` : ""}`,
  lic01: {
    title: "Customer Key är licensierat för varje anställd (Microsoft 365 E5 eller tillägget E5 Compliance)",
    remediation: "Ge personalen Microsoft 365 E5 (online.licences.staff: M365_E5) eller lägg till E5_COMPLIANCE i online.addOns (säljs ovanpå Microsoft 365 eller Office 365 E3), eller ange online.customerKey.enabled: false.",
  },
  lic02: {
    title: "Customer Lockbox är licensierat för varje anställd (Microsoft 365 E5 eller tillägget E5 Compliance)",
    remediation: "Ge personalen Microsoft 365 E5 (online.licences.staff: M365_E5) eller lägg till E5_COMPLIANCE i online.addOns, eller ange online.customerLockbox: false.",
  },
  lic03: {
    title: "Lagring av granskningsloggen utöver planens är licensierad: Audit Premium efter 180 dagar, tillägget för tio år efter ett år",
    remediation: "För mer än 180 dagar: ge personalen Microsoft 365 E5 eller lägg till E5_COMPLIANCE eller E5_EDISCOVERY_AUDIT i online.addOns; för mer än ett år: lägg också till AUDIT_LOG_RETENTION_10_YEARS.",
  },
  lic04: {
    title: "Advanced Data Residency är licensierat för alla användare och klientorganisationen finns i tjänstens lokala region (Sverige)",
    remediation: "Lägg till ADVANCED_DATA_RESIDENCY i online.addOns (för alla användare) och behåll klientorganisationen i den lokala regionen (organization.country SE, online.dataLocation: SE), eller ange online.advancedDataResidency: false.",
    notLocalRegion: (country: string) => `Advanced Data Residency är angivet, men organization.country ${country} är ingen Local Region Geography`,
    notProvisionedInSweden: (location: string) => `Advanced Data Residency binder postlådornas innehåll till Sverige bara när klientorganisationens data är etablerade där; online.dataLocation är ${location}`,
  },
  lic05: {
    title: "DLP är licensierat för den e-post den omfattar i molnet: en plan med DLP för Exchange Online",
    remediation: "Ge personalen Exchange Online Plan 2, Office 365 E3 eller Microsoft 365 E3/E5 (online.licences.staff). Vid lokal drift räknar kostnadsberäkningen in Enterprise CAL för transportregeln för DLP för varje användare vars licens saknar den.",
  },
  lic06: {
    title: "Det framgår hur licenserna köps: det avgör de utökade användningsrättigheterna och om Exchange SE köps med Software Assurance eller som prenumeration",
    remediation: "Ange cost.licensing.programme efter hur licenserna köps (EA, EAS, MPSA, OpenValue, CSP, MOSA med flera); licenspartnern inom Kammarkollegiets volymavtal kan ge besked om vilket.",
    notStated: "cost.licensing.programme saknas: beräkningen antar inga utökade användningsrättigheter, så Microsoft 365 E3/E5 licensierar ingen Exchange-server",
  },
  lic07: {
    title: "Ägda Exchange-licenser utan aktiv Software Assurance köps på nytt för Exchange SE",
    remediation: "Budgetera licenserna på nytt (med Software Assurance, eller som prenumeration genom CSP); Software Assurance som har upphört kan inte återupptas.",
    lapsed: (owned: number, key: string, since: string) => `Software Assurance för de ${owned} ägda ${key} upphörde ${since}; Exchange SE får inte köras på dem, så beräkningen köper dem på nytt`,
  },
};
