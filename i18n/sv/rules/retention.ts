// Svenska texter för reglerna om bevarande och gallring: rubrik, åtgärd och varje iakttagelse.
import type { retention as en } from "../../en/rules/retention";

export const retention: typeof en = {
  ret01: {
    title: "Varje bevaranderegel som raderar e-post hänvisar till ett gallringsbeslut och raderar inte tidigare än beslutet medger",
    remediation: "Ange gallringsbesluten i retention.deletionDecisions och härled varje raderande bevaranderegel eller tagg från dem, med minst beslutets tid.",
    subject: "gallring genom bevarandeinställningar",
    deletion: "gallring",
    tag: (name: string) => `bevarandetaggen ${name}`,
    rule: (name: string) => `bevaranderegeln ${name}`,
    noDecision: (what: string) => `${what} raderar e-post men hänvisar inte till något gallringsbeslut`,
    unknownDecision: (what: string, id: string) => `${what} hänvisar till ${id}, som inte är ett gallringsbeslut i retention.deletionDecisions`,
    unknownAge: (what: string) => `det är inte känt efter hur lång tid ${what} raderar`,
    allMail: (id: string) => `beslut ${id} tillämpas på all e-post i alla postlådor (ingen contentMatchQuery avgränsar det): även handlingar som ska bevaras raderas om de inte registreras eller flyttas först, eller om beslutet inte omfattar all e-post`,
    tooEarly: (what: string, days: number, decision: string, years: number, least: number) =>
      `${what} raderar efter ${days} dagar; beslut ${decision} medger gallring tidigast efter ${years} år (${least} dagar)`,
  },
  ret02: {
    title: "Postlådor för personer som slutar bevaras (inaktiv postlåda eller bevarande) och raderas inte med kontot",
    remediation: "Ange retention.leaverMailboxes: retain (Exchange Online: en aktiverad bevarandeprincip för alla postlådor som behåller innehållet, så att postlådan för den som slutar blir inaktiv).",
    subject: "postlådor för personer som slutar",
    deletedWithAccount: "postlådor för personer som slutar raderas tillsammans med kontot",
    noKeepingPolicy: "ingen aktiverad bevarandeprincip behåller innehållet i alla postlådor, så postlådan för den som slutar raderas med kontot i stället för att bli inaktiv",
  },
  ret03: {
    title: "Sökning, export och bevarande (hold) i alla postlådor är tilldelat minst två namngivna roller",
    remediation: "Ange minst två namngivna roller i governance.recordsAccessRoles; var och en får en rollgrupp med sökning, export och bevarande.",
    subject: "åtkomst till allmänna handlingar",
    searchExportHold: "sökning, export och bevarande",
    tooFew: (roles: string[], granted: string[]) =>
      `sökning, export och bevarande (${roles.join(", ")}) är tilldelat ${granted.length} rollgrupp${granted.length === 1 ? "" : "er"}${granted.length ? ` (${granted.join(", ")})` : ""}; minst två namngivna roller krävs`,
  },
  ret04: {
    title: "Meddelandespårning och granskningsloggar sparas minst så länge som organisationen har beslutat",
    remediation: "Fatta ett gallringsbeslut om loggar (retention.deletionDecisions med appliesTo: logs) och spara meddelandespårning och granskningsloggar minst så länge.",
    subject: "hur länge loggar sparas",
    auditRetention: "hur länge granskningsloggen sparas",
    noDecision: "inget gallringsbeslut om loggar finns registrerat, så det är inte avgjort hur länge loggarna ska sparas",
    why: (decision: string, years: number, auditDays: number) => `gallringsbeslut ${decision} (${years} år) tillsammans med retention.auditLogRetentionDays ${auditDays}`,
    traceWhy: (decision: string, years: number) => `gallringsbeslut ${decision} (${years} år)`,
    log: { messageTrace: "meddelandespårningen i Exchange Online (sökbar i 90 dagar om den inte exporteras, online.messageTraceExport)", messageTracking: "loggarna för meddelandespårning", adminAudit: "granskningsloggarna för administratörer", mailboxAudit: "granskningsloggarna för postlådor", auditRecords: "granskningsposterna" },
    unknownDuration: "en lagringstid för granskningsloggen är inte en känd lagringstid",
    unknownKept: (what: string) => `det är inte känt hur länge ${what} sparas`,
    keptTooShort: (what: string, days: number, why: string, least: number) => `${what} sparas i ${days} dagar; ${why} kräver minst ${least} dagar`,
  },
};
