// Svenska texter för sammanställningen över flera organisationer (compare --config <katalog>).
import type { PortfolioMessages } from "../catalog";

export const portfolio: PortfolioMessages = {
  title: (count: number) => `Sammanställning av ${count} organisation(er): Exchange Online eller utbyggd lokal Exchange`,
  tableTitle: (count: number) => `Sammanställning: ${count} organisation(er)`,
  intro: (asOf: string) =>
    `Varje organisations beslutsunderlag (bedömt per ${asOf}) finns i dess mapp. Total kostnad avser utbetalningar under respektive organisations planeringsperiod inklusive egen personal, i kronor exklusive moms; riskpoängen går från 1 (låg) till 5 (hög).`,
  columns: {
    organization: "Organisation",
    file: "Fil",
    recommended: "Rekommenderas",
    cheaper: "Billigast",
    by: "Skillnad",
    tco: (option: string) => `Total kostnad ${option}`,
    blocking: (option: string) => `Blockerande ${option}`,
    risks: (option: string) => `Högsta risker ${option}`,
    report: "Underlag",
  },
  total: "Totalt",
  noRisks: "inga över 1",
  counts: (onprem: number, online: number, onpremLabel: string, onlineLabel: string) => `${onpremLabel} ${onprem}, ${onlineLabel} ${online}`,
};
