// English texts of the identity rules: title, remediation and each message a rule gives.
export const identity = {
  iam01: {
    title: "Conditional Access blocks legacy authentication",
    remediation: "Enable a Conditional Access policy for all users and applications with client app types exchangeActiveSync and other, granting block.",
    subject: "legacy authentication blocking",
    notBlocked: "no enforced Conditional Access policy blocks legacy authentication (exchangeActiveSync and other) for all users",
  },
  iam02: {
    title: "MFA for all users; phishing-resistant MFA for administrators",
    remediation: "Enable a Conditional Access policy requiring MFA for all users, and one requiring the phishing-resistant authentication strength for the privileged roles (Global Administrator at least).",
    subject: "MFA coverage",
    noMfa: "no enforced Conditional Access policy requires MFA for all users",
    noStrongMfa: "no enforced Conditional Access policy requires phishing-resistant MFA of administrators (Global Administrator role)",
  },
  iam03: {
    title: "Sign-ins are limited to allowed countries, break-glass accounts excepted",
    remediation: "Declare a country named location and a Conditional Access policy that blocks all locations except it (identity.allowedSignInCountries).",
    subject: "the country restriction",
    notRestricted: "no enforced Conditional Access policy blocks sign-ins from outside the allowed countries",
  },
  iam04: {
    title: "Between 2 and 8 Global Administrators; break-glass accounts are excluded from Conditional Access",
    remediation: "Keep 2-8 Global Administrators (identity.globalAdministrators) and exclude every identity.breakGlassAccountIds entry from every Conditional Access policy.",
    subject: "break-glass exclusions",
    adminsUnknown: "the number of Global Administrators is not recorded",
    adminsOutOfRange: (admins: number) => `${admins} Global Administrators; 2 to 8 are required`,
    noBreakGlass: "no break-glass accounts are recorded",
    notExcluded: (policy: string, accounts: string[]) => `Conditional Access policy ${policy} does not exclude break-glass account(s) ${accounts.join(", ")}`,
  },
  iam05: {
    title: "Automation identities use certificates or federated credentials, never client secrets",
    remediation: "Remove client secrets; give the application a federated identity credential for CI (identity.automation.federatedCredential) or a certificate.",
    subject: "automation credentials",
    clientSecret: (name: string) => `${name} is a client secret`,
    password: (app: string) => `application ${app} declares a password credential`,
    noCredential: (app: string) => `application ${app} has no federated credential or certificate`,
  },
};
