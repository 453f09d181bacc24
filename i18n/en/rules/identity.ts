// English texts of the identity rules: title, remediation and each message a rule gives.
export const identity = {
  iam01: {
    title: "Conditional Access blocks legacy authentication",
    remediation: "Enable a Conditional Access policy for all users and applications with client app types exchangeActiveSync and other, granting block.",
  },
  iam02: {
    title: "MFA for all users; phishing-resistant MFA for administrators",
    remediation: "Enable a Conditional Access policy requiring MFA for all users, and one requiring the phishing-resistant authentication strength for the privileged roles (Global Administrator at least).",
  },
  iam03: {
    title: "Sign-ins are limited to allowed countries, break-glass accounts excepted",
    remediation: "Declare a country named location and a Conditional Access policy that blocks all locations except it (identity.allowedSignInCountries).",
  },
  iam04: {
    title: "Between 2 and 8 Global Administrators; break-glass accounts are excluded from Conditional Access",
    remediation: "Keep 2-8 Global Administrators (identity.globalAdministrators) and exclude every identity.breakGlassAccountIds entry from every Conditional Access policy.",
  },
  iam05: {
    title: "Automation identities use certificates or federated credentials, never client secrets",
    remediation: "Remove client secrets; give the application a federated identity credential for CI (identity.automation.federatedCredential) or a certificate.",
  },
};
