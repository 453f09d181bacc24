// Svenska texter för styrningsreglerna: rubrik, åtgärd och varje iakttagelse.
import type { governance as en } from "../../en/rules/governance";

export const governance: typeof en = {
  gov01: {
    title: "E-posten har en KLASSA-klassning och en angiven högsta konfidentialitetsnivå",
    remediation: "Klassa e-posten med KLASSA (classification.email) och ange classification.maxConfidentialityInEmail.",
    maxNotDeclared: "den högsta konfidentialitetsnivå som får förekomma i e-post är inte angiven",
    ratedAboveMax: (rated: number, max: number) => `e-posten är klassad med konfidentialitet ${rated}, men högst ${max} får förekomma i e-post: klassningen och riktlinjen stämmer inte överens`,
  },
  gov02: {
    title: "Konfidentialitetsnivå 4 (säkerhetsskydd) får aldrig förekomma i e-post",
    remediation: "Håll information med konfidentialitetsnivå 4 borta från e-posten och sänk classification.maxConfidentialityInEmail till högst 3.",
    level4Allowed: "nivå 4 (säkerhetsskydd) är angiven som tillåten i e-post",
    level4Rated: "e-posten är klassad med konfidentialitetsnivå 4 (säkerhetsskydd)",
  },
  gov03: {
    title: "Det finns en daterad och godkänd bedömning enligt 10 kap. 2 a § OSL när en leverantör utanför EU lagrar e-posten (ett fel när konfidentialitet 3 eller högre får förekomma, annars en varning: inkommande e-post kan alltid innehålla sekretessuppgifter)",
    remediation: "Gör och dokumentera bedömningen enligt 10 kap. 2 a § OSL (governance.oslSuitabilityAssessment: dag och vem som godkände den); den behövs även när riktlinjerna håller nivå 3 och högre utanför e-posten, eftersom inkommande e-post kan innehålla sekretessuppgifter.",
    noAssessment: (max: number) => `konfidentialitet ${max} får förekomma i e-post hos en leverantör under jurisdiktion utanför EU, och ingen lämplighetsbedömning finns registrerad`,
    incomingMail: (max: number) => `ingen lämplighetsbedömning finns registrerad; riktlinjerna tillåter högst konfidentialitet ${max} i e-post som personalen skickar, men inkommande e-post kan innehålla uppgifter som omfattas av sekretess`,
    noApprover: "lämplighetsbedömningen anger inte vem som har godkänt den",
    date: "lämplighetsbedömningens datum",
  },
  gov04: {
    title: "En konsekvensbedömning (DPIA) för e-posten finns och har setts över de senaste 12 månaderna",
    remediation: "Se över konsekvensbedömningen för e-posten och ange datumet i governance.dpia.reviewed.",
    noDpia: "ingen konsekvensbedömning (DPIA) för e-posten finns registrerad",
    date: "datumet för översynen av konsekvensbedömningen",
    stale: (reviewed: string, months: number, asOf: string) => `konsekvensbedömningen sågs senast över ${reviewed}, ${months} månader före ${asOf}`,
  },
  gov05: {
    title: "Ett personuppgiftsbiträdesavtal finns och anger underbiträdenas länder",
    remediation: "Ange governance.processorAgreement med datum för undertecknandet och subProcessorCountries.",
    noAgreement: "inget personuppgiftsbiträdesavtal finns registrerat",
    noCountries: "personuppgiftsbiträdesavtalet anger inga länder för underbiträden",
    date: "datumet då personuppgiftsbiträdesavtalet undertecknades",
  },
  gov06: {
    title: "En grund för överföring vid åtkomst från tredjeland finns (EU-US DPF med beslut om adekvat skyddsnivå, eller SCC med en konsekvensbedömning av överföringen)",
    remediation: "Ange governance.transferBasis: mechanism dpf-adequacy, eller scc med transferImpactAssessment.",
    noBasis: "ingen grund för överföring vid åtkomst från tredjeland finns registrerad",
    sccWithoutTia: "SCC är registrerade utan en konsekvensbedömning av överföringen (TIA)",
    date: "datumet för konsekvensbedömningen av överföringen",
  },
  gov07: {
    title: "En plan för utträde och dataportabilitet finns",
    remediation: "Ta fram en plan för utträde och dataportabilitet och ange den i governance.exitPlan.",
    noPlan: "ingen plan för utträde och dataportabilitet finns registrerad",
    date: "datumet för utträdesplanen",
  },
  gov08: {
    title: "En incidentrutin anger CSIRT-fristerna 24 h, 72 h och en månad samt 72 h till IMY",
    remediation: "Ange governance.incidentRunbook med frister som inte är längre än de lagstadgade.",
    noRunbook: "ingen incidentrutin finns registrerad",
    deadline: {
      csirtEarlyWarningHours: "den tidiga varningen till CSIRT",
      csirtNotificationHours: "incidentanmälan till CSIRT",
      csirtFinalReportDays: "slutrapporten till CSIRT (en månad)",
      imyNotificationHours: "anmälan av personuppgiftsincident till IMY",
    },
    tooLate: (allowed: number, unit: "hours" | "days", what: string, limit: number) =>
      `rutinen ger ${allowed} ${unit === "hours" ? "timmar" : "dagar"} för ${what}; lagen tillåter ${limit}`,
  },
  gov09: {
    title: "Överföringen vilar på DPF utan SCC som reserv (DPF är överklagat, C-703/25 P)",
    remediation: "Ha SCC redo som reserv och ange governance.transferBasis.sccFallback: true.",
    noFallback: "överföringarna vilar enbart på DPF, utan SCC som reserv",
  },
};
