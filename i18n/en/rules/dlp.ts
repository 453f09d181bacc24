// English texts of the dlp rules: title, remediation and each message a rule gives.
export const dlp = {
  dlp01: {
    title: "Outbound mail that contains Swedish personal identity numbers is blocked or encrypted when sent outside the organization",
    remediation: "Add a rule on the type \"Sweden national ID\" (f69aaf40-79be-4fac-8f05-fd1910d272c8), count 1, that blocks (Exchange Online DLP, in an enabled policy on all Exchange mailboxes) or rejects or encrypts (on-prem transport rule) mail to recipients outside the organization.",
    subject: "DLP for personal identity numbers",
    noRule: (id: string) => `no rule on mail to recipients outside the organization matches Sweden national ID (${id}) from one number`,
    inactive: (rule: string, mode: string) => `rule ${rule} matches Sweden national ID but its policy is in mode ${mode}, so it does nothing`,
    doesNotProtect: (rule: string) => `rule ${rule} matches Sweden national ID but neither blocks nor encrypts the message`,
  },
  dlp02: {
    title: "DLP also covers the EU identity types of the GDPR template and notifies the sender",
    remediation: "Add the types EU Debit Card Number, EU Driver's License Number, EU Passport Number, EU Social Security Number (SSN) or Equivalent ID, EU Tax Identification Number (TIN) to a rule on mail to recipients outside the organization that notifies the sender.",
    subject: "DLP for EU identity types",
    uncovered: (types: string[]) => `no active rule on mail leaving the organization covers ${types.join(", ")}`,
    silent: (rule: string) => `rule ${rule} covers EU identity types but does not notify the sender`,
  },
  dlp03: {
    title: "No DLP policy that DLP-01 relies on is in a test mode",
    remediation: "Set Mode Enable on the DLP policy that holds the Sweden national ID rule.",
    subject: "the DLP policy mode",
    testMode: (policy: string, mode: string) => `DLP policy ${policy} is in mode ${mode}: it reports but does not block`,
  },
  dlp04: {
    title: "DLP blocks credit card numbers to recipients outside the organization, in every location the licences cover (MS.SECURITYSUITE.3.1, 3.2)",
    remediation: "Keep the DLP rule on the type Credit Card Number that blocks external sharing, and the policy on Exchange, SharePoint, OneDrive and (with E5) Teams.",
    subject: "DLP for credit card numbers",
    noCreditCards: (id: string) => `no enabled DLP rule blocks Credit Card Number (${id}) to recipients outside the organization`,
    locationMissing: (field: string) => `the DLP policy with the credit card rule leaves out ${field}, which the licences cover`,
  },
};
