// English texts of the portfolio summary (compare --config <directory>).
export const portfolio = {
  title: (count: number) => `Portfolio of ${count} organization(s): Exchange Online or expanded on-prem Exchange`,
  tableTitle: (count: number) => `Portfolio: ${count} organization(s)`,
  intro: (asOf: string) =>
    `Each organization's decision paper (judged as of ${asOf}) is in its folder. TCO is cash over each organization's planning years including in-house staff, SEK excluding VAT; risk scores run from 1 (low) to 5 (high).`,
  columns: {
    organization: "Organization",
    file: "File",
    recommended: "Recommended",
    cheaper: "Cheaper",
    by: "By",
    tco: (option: string) => `TCO ${option}`,
    blocking: (option: string) => `Blocking ${option}`,
    risks: (option: string) => `Top risks ${option}`,
    report: "Report",
  },
  total: "Total",
  noRisks: "none above 1",
  counts: (onprem: number, online: number, onpremLabel: string, onlineLabel: string) => `${onpremLabel} ${onprem}, ${onlineLabel} ${online}`,
};
