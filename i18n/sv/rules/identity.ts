// Svenska texter för identitetsreglerna: rubrik, åtgärd och varje iakttagelse.
import type { identity as en } from "../../en/rules/identity";

export const identity: typeof en = {
  iam01: {
    title: "Villkorsstyrd åtkomst (Conditional Access) blockerar äldre autentisering",
    remediation: "Aktivera en princip för villkorsstyrd åtkomst för alla användare och program med klientapptyperna exchangeActiveSync och other, som beviljar block.",
    subject: "blockeringen av äldre autentisering",
    notBlocked: "ingen aktiv princip för villkorsstyrd åtkomst blockerar äldre autentisering (exchangeActiveSync och other) för alla användare",
  },
  iam02: {
    title: "MFA för alla användare; nätfiskeresistent MFA för administratörer",
    remediation: "Aktivera en princip för villkorsstyrd åtkomst som kräver MFA för alla användare och en som kräver den nätfiskeresistenta autentiseringsstyrkan för de privilegierade rollerna (minst Global Administrator).",
    subject: "MFA-täckningen",
    noMfa: "ingen aktiv princip för villkorsstyrd åtkomst kräver MFA för alla användare",
    noStrongMfa: "ingen aktiv princip för villkorsstyrd åtkomst kräver nätfiskeresistent MFA för administratörer (rollen Global Administrator)",
  },
  iam03: {
    title: "Inloggning är begränsad till tillåtna länder, med undantag för nödkonton",
    remediation: "Ange en namngiven plats med land och en princip för villkorsstyrd åtkomst som blockerar alla platser utom den (identity.allowedSignInCountries).",
    subject: "begränsningen till vissa länder",
    notRestricted: "ingen aktiv princip för villkorsstyrd åtkomst blockerar inloggning från länder utanför de tillåtna",
  },
  iam04: {
    title: "Mellan 2 och 8 globala administratörer; nödkonton är undantagna från villkorsstyrd åtkomst",
    remediation: "Ha 2–8 globala administratörer (identity.globalAdministrators) och undanta varje post i identity.breakGlassAccountIds från varje princip för villkorsstyrd åtkomst.",
    subject: "undantagen för nödkonton",
    adminsUnknown: "antalet globala administratörer är inte angivet",
    adminsOutOfRange: (admins: number) => `${admins} globala administratörer; 2 till 8 krävs`,
    noBreakGlass: "inga nödkonton (break-glass) är registrerade",
    notExcluded: (policy: string, accounts: string[]) =>
      `principen för villkorsstyrd åtkomst ${policy} undantar inte ${accounts.length === 1 ? "nödkontot" : "nödkontona"} ${accounts.join(", ")}`,
  },
  iam05: {
    title: "Identiteter för automatisering använder certifikat eller federerade autentiseringsuppgifter, aldrig klienthemligheter",
    remediation: "Ta bort klienthemligheterna; ge programmet en federerad identitetsuppgift för CI (identity.automation.federatedCredential) eller ett certifikat.",
    subject: "autentiseringsuppgifterna för automatisering",
    clientSecret: (name: string) => `${name} är en klienthemlighet`,
    password: (app: string) => `programmet ${app} har ett lösenord som autentiseringsuppgift`,
    noCredential: (app: string) => `programmet ${app} saknar federerad autentiseringsuppgift och certifikat`,
  },
};
