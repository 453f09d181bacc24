// English texts of the Exchange Online rules: title, remediation and each message a rule gives.
export const online = {
  onl01: {
    title: "The tenant's data location is in the EU; if the highest confidentiality allowed in e-mail is 2 or more, Advanced Data Residency (storage in Sweden) gives a warning when absent",
    remediation: "Keep the tenant's data location in the EU (online.dataLocation EU or SE); where e-mail may hold confidentiality 2 or more, buy the ADVANCED_DATA_RESIDENCY add-on and set online.advancedDataResidency: true.",
    subject: "the data location",
    noLocation: "the document does not declare the tenant's data location",
    outsideEu: (location: string) => `the tenant's data location is ${location}, outside the EU`,
    noMax: "the highest confidentiality allowed in e-mail is not declared, so the need for Advanced Data Residency cannot be judged",
    noResidency: (max: number) => `confidentiality ${max} is allowed in e-mail but Advanced Data Residency (storage in Sweden) is not in place`,
    notLicensed: "Advanced Data Residency is declared but its add-on is not licensed, so the commitment to storage in Sweden is absent",
  },
  onl02: {
    title: "Customer Lockbox is on",
    remediation: "Set online.customerLockbox: true (needs an E5 or E5 Compliance licence) and turn it on in the Microsoft 365 admin center (ONL-04).",
    subject: "Customer Lockbox",
    unknown: "the document does not say whether Customer Lockbox is asked for",
    off: "Customer Lockbox is off: Microsoft support can reach content without the organization's approval",
  },
  onl03: {
    title: "Customer Key is used when the highest confidentiality allowed in e-mail is 2 or more",
    remediation: "Set online.customerKey.enabled: true (E5 or E5 Compliance licences, two subscriptions) so the stack creates the vaults and the settings an enabled data encryption policy with both keys.",
    subject: "Customer Key",
    noMax: "the highest confidentiality allowed in e-mail is not declared, so the need for Customer Key cannot be judged",
    notUsed: (max: number) => `confidentiality ${max} is allowed in e-mail but Customer Key is not used: Microsoft holds every key to the mailbox content`,
    noPolicy: "Customer Key is declared but no enabled data encryption policy names a key in each of the two vaults",
    notAssigned: "the data encryption policy is not assigned to the mailboxes, so it encrypts nothing",
  },
  onl04: {
    title: "Customer Lockbox is recorded as turned on in the Microsoft 365 admin center",
    remediation:
      "Turn Customer Lockbox on in the Microsoft 365 admin center (Settings > Org settings > Security & Privacy > Customer Lockbox, Require approval for all data access requests; needs E5 or an add-on), then record the day in online.manualSteps.customerLockboxEnabled.",
    notRecorded: "Customer Lockbox is asked for but not recorded as turned on: no cmdlet turns it on, it is done in the Microsoft 365 admin center",
  },
  onl05: {
    title: "The DKIM selector CNAME records of every accepted domain are recorded as published",
    remediation:
      "Publish selector1._domainkey.<domain> and selector2._domainkey.<domain> as CNAMEs to the Selector1CNAME and Selector2CNAME that Get-DkimSigningConfig shows (exchange-iac export powershell prints them), then add the domain to online.manualSteps.dkimCnamesPublished.",
    subject: "the DKIM CNAME records",
    noList: "the document lists no DKIM CNAME records",
    notPublished: (domain: string) => `the DKIM CNAMEs of ${domain} are not recorded as published, so DKIM signing stays off for it`,
  },
  onl06: {
    title: "With Customer Key, Microsoft's confirmation of both subscriptions is recorded",
    remediation:
      "Register both Azure subscriptions for Customer Key (mandatory retention period) and wait for Microsoft's confirmation, then record the day in online.manualSteps.customerKeyRegistered.",
    subject: "the Customer Key registration",
    unknown: "the document does not say whether Customer Key is used",
    notConfirmed: "Customer Key is enabled but Microsoft's confirmation of both subscriptions is not recorded: the data encryption policy cannot use the keys before it",
  },
};
