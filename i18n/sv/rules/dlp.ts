// Svenska texter för DLP-reglerna: rubrik, åtgärd och varje iakttagelse.
import type { dlp as en } from "../../en/rules/dlp";

export const dlp: typeof en = {
  dlp01: {
    title: "Utgående e-post med svenska personnummer blockeras eller krypteras när den skickas utanför organisationen",
    remediation:
      "Lägg till en regel för typen \"Sweden national ID\" (f69aaf40-79be-4fac-8f05-fd1910d272c8), antal 1, som blockerar (DLP i Exchange Online, i en aktiverad princip för alla Exchange-postlådor) eller avvisar eller krypterar (transportregel vid lokal drift) e-post till mottagare utanför organisationen.",
    subject: "DLP för personnummer",
    noRule: (id: string) => `ingen regel för e-post till mottagare utanför organisationen reagerar på Sweden national ID (${id}) redan vid ett nummer`,
    inactive: (rule: string, mode: string) => `regeln ${rule} reagerar på Sweden national ID, men dess princip har läget ${mode}, så den gör ingenting`,
    doesNotProtect: (rule: string) => `regeln ${rule} reagerar på Sweden national ID men varken blockerar eller krypterar meddelandet`,
  },
  dlp02: {
    title: "DLP omfattar även EU-identitetstyperna i GDPR-mallen och meddelar avsändaren",
    remediation:
      "Lägg till typerna EU Debit Card Number, EU Driver's License Number, EU Passport Number, EU Social Security Number (SSN) or Equivalent ID, EU Tax Identification Number (TIN) i en regel för e-post till mottagare utanför organisationen som meddelar avsändaren.",
    subject: "DLP för EU-identitetstyper",
    uncovered: (types: string[]) => `ingen aktiv regel för e-post som lämnar organisationen omfattar ${types.join(", ")}`,
    silent: (rule: string) => `regeln ${rule} omfattar EU-identitetstyper men meddelar inte avsändaren`,
  },
  dlp03: {
    title: "Ingen DLP-princip som DLP-01 bygger på är i testläge",
    remediation: "Ange Mode Enable för den DLP-princip som innehåller regeln för Sweden national ID.",
    subject: "DLP-principens läge",
    testMode: (policy: string, mode: string) => `DLP-principen ${policy} har läget ${mode}: den rapporterar men blockerar inte`,
  },
  dlp04: {
    title: "DLP blockerar kortnummer till mottagare utanför organisationen, på alla platser som licenserna omfattar (MS.SECURITYSUITE.3.1, 3.2)",
    remediation: "Behåll DLP-regeln för typen Credit Card Number som blockerar delning utåt, och principen på Exchange, SharePoint, OneDrive och (med E5) Teams.",
    subject: "DLP för kortnummer",
    noCreditCards: (id: string) => `ingen aktiv DLP-regel blockerar Credit Card Number (${id}) till mottagare utanför organisationen`,
    locationMissing: (field: string) => `DLP-principen med kortnummerregeln saknar ${field}, som licenserna omfattar`,
  },
};
