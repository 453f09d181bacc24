// Svenska texter för ScubaGear-konfigurationen (export scubagear).
import type { scuba as en } from "../en/scuba";

export const scuba: typeof en = {
  description: (organization: string) =>
    `ScubaGear-konfiguration för ${organization}, skapad av exchange-iac från organisationsfilen: undantagen från villkorsstyrd åtkomst är nödkontona, utelämnade principer gäller inte denna klientorganisation och anteckningarna visar godkända undantag.`,
  reasons: {
    usFederalOnly: "Gäller bara amerikanska federala myndigheter (rapporter till CISA:s DMARC-adress); detta är en svensk kommun.",
    diagnosticSettingInOnlineStack: "Alla loggkategorier från Entra ID som baslinjen räknar upp, även aktivitetsloggarna för Microsoft Graph, går till kommunens Sentinel-arbetsyta genom diagnostikinställningen i onlinestacken (Terraform, inte dokumenten för klientorganisationen); att en säkerhetscentral bevakar arbetsytan ordnar kommunen själv.",
    riskyAgentsNotDeclarable: "Villkorsstyrd åtkomst för AI-agenters identiteter kan inte deklareras med de verktyg som klientorganisationen förvaltas med; den beslutas för hand i administrationscentret för Entra.",
    appCredentialPolicyNotDeclared: "Principen för programmens autentiseringsuppgifter i hela klientorganisationen är inte deklarerad; kommunens egen automatisering använder bara federerade autentiseringsuppgifter (inga lösenord eller certifikat som går ut).",
    riskNotificationNotDeclared: "Aviseringar om riskfyllda användare ställs in för hand i Identity Protection; de är inte deklarerade.",
    endpointDlpNeedsDevices: "DLP för enheter kräver anslutna enheter och en lista över begränsade program, som inte är deklarerade.",
  },
  licences: {
    entraIdP2: "Kräver Entra ID P2 (Identity Protection, PIM), som personalens licenser inte omfattar.",
    defenderForOffice365: "Kräver Defender för Office 365, som personalens licenser inte omfattar.",
    intune: "Kräver Intune, som personalens licenser inte omfattar.",
    sharePointDlp: "Kräver DLP för SharePoint och OneDrive, som personalens licenser inte omfattar.",
    teamsDlp: "Kräver DLP för Teams och enheter (E5 eller E5 Compliance), som personalens licenser inte omfattar.",
  },
  annotations: {
    "MS.EXO.6.2v1": "Standardprincipen för delning är avstängd och delar bara ledig/upptagen-tider; ScubaGear läser dess domänlista utan att se att principen är avstängd.",
    "MS.EXO.7.1v1": "Externa avsändare märks med Outlooks etikett Extern (Set-ExternalInOutlook), inte med en transportregel som ändrar ämnesraden.",
  },
  waiver: (rule: string, reason: string, approvedBy: string, expires: string) => `Godkänt undantag från ${rule} till och med ${expires} (${approvedBy}): ${reason}`,
};
