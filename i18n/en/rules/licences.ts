// English texts of the licences rules: title, remediation and each message a rule gives.
export const licences = {
  /** What asks for a licence and what provides it (model/licences.ts), by need. */
  licenceNeed: {
    "customer-key": { cause: () => "Customer Key (online.customerKey.enabled)", providedBy: "Microsoft 365 E5, or the E5_COMPLIANCE add-on" },
    "customer-lockbox": { cause: () => "Customer Lockbox (online.customerLockbox)", providedBy: "Microsoft 365 E5, or the E5_COMPLIANCE add-on" },
    "audit-premium": {
      cause: (days: number) => `audit records kept ${days} days (retention.auditLogRetentionDays, decisions on logs, at least a year)`,
      providedBy: "Microsoft 365 E5, or the E5_COMPLIANCE or E5_EDISCOVERY_AUDIT add-on (Audit Premium)",
    },
    "audit-10-year": { cause: (days: number) => `audit records kept ${days} days, beyond the year Audit Premium keeps`, providedBy: "the AUDIT_LOG_RETENTION_10_YEARS add-on, on top of Audit Premium" },
    "advanced-data-residency": { cause: () => "Advanced Data Residency (online.advancedDataResidency)", providedBy: "the ADVANCED_DATA_RESIDENCY add-on for all users" },
    "exchange-online-dlp": { cause: () => "the DLP policy on all Exchange mailboxes (DLP-01)", providedBy: "Exchange Online Plan 2, Office 365 E3, Microsoft 365 E3 or E5" },
  },
  unmetNeed: (cause: string, providedBy: string, plan: string, addOns: string[], addOn: string | null) =>
    `${cause} needs ${providedBy}; staff hold ${plan}${addOns.length ? ` with ${addOns.join(", ")}` : " and no add-on"}${addOn ? `; the cost estimate adds the ${addOn} add-on for every staff user` : ""}`,
  lic01: {
    title: "Customer Key is licensed for every staff user (Microsoft 365 E5 or the E5 Compliance add-on)",
    remediation: "Give staff Microsoft 365 E5 (online.licences.staff: M365_E5) or add E5_COMPLIANCE to online.addOns (sold on top of Microsoft 365 or Office 365 E3), or set online.customerKey.enabled: false.",
  },
  lic02: {
    title: "Customer Lockbox is licensed for every staff user (Microsoft 365 E5 or the E5 Compliance add-on)",
    remediation: "Give staff Microsoft 365 E5 (online.licences.staff: M365_E5) or add E5_COMPLIANCE to online.addOns, or set online.customerLockbox: false.",
  },
  lic03: {
    title: "Audit retention beyond the plan's is licensed: Audit Premium beyond 180 days, the 10-year add-on beyond one year",
    remediation: "Beyond 180 days give staff Microsoft 365 E5 or add E5_COMPLIANCE or E5_EDISCOVERY_AUDIT to online.addOns; beyond one year also add AUDIT_LOG_RETENTION_10_YEARS.",
  },
  lic04: {
    title: "Advanced Data Residency is licensed for all users and the tenant is in its local region (Sweden)",
    remediation: "Add ADVANCED_DATA_RESIDENCY to online.addOns (for all users) and keep the tenant in the local region (organization.country SE, online.dataLocation: SE), or set online.advancedDataResidency: false.",
    notLocalRegion: (country: string) => `Advanced Data Residency is declared but organization.country ${country} is not a Local Region Geography`,
    notProvisionedInSweden: (location: string) => `Advanced Data Residency commits mailbox content to Sweden only when the tenant's data is provisioned there; online.dataLocation is ${location}`,
  },
  lic05: {
    title: "DLP is licensed for the mail it covers online: a plan with Exchange Online DLP",
    remediation: "Give staff Exchange Online Plan 2, Office 365 E3 or Microsoft 365 E3/E5 (online.licences.staff). On-prem the cost estimate buys the Enterprise CAL the DLP transport rule needs for every user whose plan lacks it.",
  },
  lic06: {
    title: "The licensing programme is stated: it decides the Extended Use Rights and whether Exchange SE is bought with Software Assurance or as subscriptions",
    remediation: "Set cost.licensing.programme to how the licences are bought (EA, EAS, MPSA, OpenValue, CSP, MOSA, ...); through Kammarkollegiet's volume agreement the licence partner can say which.",
    notStated: "cost.licensing.programme is not set: the estimate assumes no Extended Use Rights, so Microsoft 365 E3/E5 license no Exchange server",
  },
  lic07: {
    title: "Owned Exchange licences without active Software Assurance are bought again for Exchange SE",
    remediation: "Budget the licences anew (with SA, or as subscriptions under CSP); Software Assurance that lapsed cannot be resumed.",
    lapsed: (owned: number, key: string, since: string) => `the ${owned} owned ${key} lost Software Assurance on ${since}; Exchange SE does not run on them, so the estimate buys them again`,
  },
};
