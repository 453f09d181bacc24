// Svenska texter för reglerna om Exchange Online: rubrik, åtgärd och varje iakttagelse.
import type { online as en } from "../../en/rules/online";

export const online: typeof en = {
  onl01: {
    title: "Klientorganisationens data lagras inom EU; om den högsta tillåtna konfidentialiteten i e-post är 2 eller högre ger det en varning när Advanced Data Residency (lagring i Sverige) saknas",
    remediation: "Behåll klientorganisationens datalagring inom EU (online.dataLocation EU eller SE); där e-posten kan innehålla konfidentialitet 2 eller högre, köp tillägget ADVANCED_DATA_RESIDENCY och ange online.advancedDataResidency: true.",
    subject: "var data lagras",
    noLocation: "dokumentet anger inte var klientorganisationens data lagras",
    outsideEu: (location: string) => `klientorganisationens data lagras i ${location}, utanför EU`,
    noMax: "den högsta tillåtna konfidentialiteten i e-post är inte angiven, så behovet av Advanced Data Residency kan inte bedömas",
    noResidency: (max: number) => `konfidentialitet ${max} får förekomma i e-post, men Advanced Data Residency (lagring i Sverige) saknas`,
    notLicensed: "Advanced Data Residency är angivet men tillägget är inte licensierat, så åtagandet om lagring i Sverige saknas",
  },
  onl02: {
    title: "Customer Lockbox är påslaget",
    remediation: "Ange online.customerLockbox: true (kräver en E5- eller E5 Compliance-licens) och slå på funktionen i administrationscentret för Microsoft 365 (ONL-04).",
    subject: "Customer Lockbox",
    unknown: "dokumentet anger inte om Customer Lockbox efterfrågas",
    off: "Customer Lockbox är avstängt: Microsofts support kan komma åt innehåll utan organisationens godkännande",
  },
  onl03: {
    title: "Customer Key används när den högsta tillåtna konfidentialiteten i e-post är 2 eller högre",
    remediation: "Ange online.customerKey.enabled: true (E5- eller E5 Compliance-licenser, två prenumerationer), så att stacken skapar valven och inställningarna får en aktiverad krypteringsprincip med båda nycklarna.",
    subject: "Customer Key",
    noMax: "den högsta tillåtna konfidentialiteten i e-post är inte angiven, så behovet av Customer Key kan inte bedömas",
    notUsed: (max: number) => `konfidentialitet ${max} får förekomma i e-post, men Customer Key används inte: Microsoft har alla nycklar till innehållet i postlådorna`,
    noPolicy: "Customer Key är angivet, men ingen aktiverad krypteringsprincip anger en nyckel i vart och ett av de två valven",
    notAssigned: "krypteringsprincipen är inte tilldelad postlådorna, så den krypterar ingenting",
  },
  onl04: {
    title: "Customer Lockbox är antecknat som påslaget i administrationscentret för Microsoft 365",
    remediation:
      "Slå på Customer Lockbox i administrationscentret för Microsoft 365 (Settings > Org settings > Security & Privacy > Customer Lockbox, Require approval for all data access requests; kräver E5 eller ett tillägg) och ange sedan dagen i online.manualSteps.customerLockboxEnabled.",
    notRecorded: "Customer Lockbox efterfrågas, men det finns ingen uppgift om att det är påslaget: ingen cmdlet slår på det, det görs i administrationscentret för Microsoft 365",
  },
  onl05: {
    title: "DKIM-selektorernas CNAME-poster för varje accepterad domän är antecknade som publicerade",
    remediation:
      "Publicera selector1._domainkey.<domän> och selector2._domainkey.<domän> som CNAME-poster till de Selector1CNAME och Selector2CNAME som Get-DkimSigningConfig visar (exchange-iac export powershell skriver ut dem) och lägg sedan till domänen i online.manualSteps.dkimCnamesPublished.",
    subject: "DKIM-posterna (CNAME)",
    noList: "dokumentet innehåller inga CNAME-poster för DKIM",
    notPublished: (domain: string) => `det finns ingen uppgift om att DKIM-posterna (CNAME) för ${domain} är publicerade, så DKIM-signeringen förblir avstängd för domänen`,
  },
  onl06: {
    title: "Med Customer Key är Microsofts bekräftelse av båda prenumerationerna antecknad",
    remediation:
      "Registrera båda Azure-prenumerationerna för Customer Key (obligatorisk kvarhållningsperiod), vänta på Microsofts bekräftelse och ange sedan dagen i online.manualSteps.customerKeyRegistered.",
    subject: "registreringen av Customer Key",
    unknown: "dokumentet anger inte om Customer Key används",
    notConfirmed: "Customer Key är aktiverat, men det finns ingen uppgift om att Microsoft har bekräftat båda prenumerationerna: krypteringsprincipen kan inte använda nycklarna innan dess",
  },
};
