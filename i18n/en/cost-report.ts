// English texts of the cost report (`cost`, text and markdown): headings, column heads and
// the sentences around the tables. Money comes formatted (i18n/format.ts for Swedish; the
// English report keeps its plain grouped figures).
type OptionId = "onprem" | "online";
type ScenarioId = "organization" | "extended-use-rights" | "csp-subscription" | "cal-equivalent-plans" | "plans-without-cal-rights";
type EurReason = "applies" | "programme-not-stated" | "programme-without-rights" | "users-without-plan";

export const costReport = {
  option: { onprem: "On-prem (expanded Exchange Server SE)", online: "Online (Exchange Online)" } satisfies Record<OptionId, string>,
  optionId: { onprem: "onprem", online: "online" } satisfies Record<OptionId, string>,
  year: (n: number) => `Year ${n}`,
  /** A licence plan as the report names it: its id in English. */
  plan: (id: string) => id,
  /** Where an unpriced item comes from: "model" or a Terraform address. */
  source: (source: string) => source,
  heading: (org: string, years: number) => `Cost estimate for ${org} over ${years} years`,
  intro: "SEK excluding VAT. Cash is what is paid in each year; amortized spreads hardware, perpetual licences and projects over their life. In-house staff time is included and also shown apart.",
  componentColumns: (years: string[]) => ["Component", "Category", "Quantity", ...years, "Total", "Prices"],
  overridden: (id: string) => `${id} (overridden)`,
  totalsColumns: (years: string[]) => ["Totals", ...years, "Total"],
  totalsRows: { cash: "Cash", cashCumulative: "Cash, cumulative", amortized: "Amortized", amortizedCumulative: "Amortized, cumulative" },
  spend: (external: string, staff: string, oneOff: string, drivers: string[]) =>
    `Spend outside in-house staff: ${external}; in-house staff: ${staff}; one-off: ${oneOff}. Largest drivers: ${drivers.join(", ") || "none"}.`,
  unpricedCount: (n: number) => `${n} item(s) unpriced and NOT in these totals (see "Unpriced").`,
  cheaper: (years: number, option: string, by: string) => `Cheaper over ${years} years (cash including staff): ${option}, by ${by}.`,
  keyFiguresHeading: "Key figures",
  keyFigureColumns: ["Figure", "SEK", "Catalog entries driving it"],
  keyFigure: {
    "online.migration-consultants": "Online: one-off migration, consultants",
    "online.seat-licences": "Online: seat licences over the period",
    "online.add-ons": "Online: add-ons for staff over the period (compliance, residency)",
    "onprem.expansion-external": "On-prem: expansion spend over the period (licences, hardware, Azure, energy, consultants; not the staff plan both options pay)",
    "onprem.seat-licences": "On-prem: seat licences (staff plan and CALs) over the period",
    "seat-licences.onprem-minus-online": "Seat licences: on-prem minus online (positive: on-prem dearer)",
  } as Record<string, string>,
  scenariosHeading: "Licence scenarios (seat and Exchange server licences over the period)",
  scenarioColumns: ["Situation", "Programme", "Staff plan", "CAL rights", "Servers licensed by", "Seats on-prem", "Seats online", "Seats on-prem minus online", "Exchange servers on-prem"],
  yes: "yes",
  no: "no",
  notStated: "not stated",
  scenario: {
    organization: "The organization's licences",
    "extended-use-rights": "A programme with Extended Use Rights (EA)",
    "csp-subscription": "CSP: no Extended Use Rights, Exchange SE as subscriptions",
    "cal-equivalent-plans": "Staff on a plan that stands in for the CALs (Office 365 E3)",
    "plans-without-cal-rights": "Worst case: staff on a plan that stands in for no CAL (Microsoft 365 F3)",
  } satisfies Record<ScenarioId, string>,
  serversBy: (reason: EurReason, route: "software-assurance" | "subscription" | "perpetual"): string =>
    reason === "applies" ? "Extended Use Rights" : route === "subscription" ? "subscriptions" : route === "perpetual" ? "perpetual licences" : "licences with SA",
  scenarioSentence: (years: number, own: string, ownServers: string, eur: string, csp: string, cspServers: string, calPlans: string, calServers: string, worst: string, unpriced: boolean) =>
    `Staff keep their plan in every situation, so the seat difference is what only one option needs: Exchange CALs on-prem for users whose plan stands in for none, and plans for mailboxes online. ` +
    `Over ${years} years seats on-prem minus online are ${own} with the organization's licences (Exchange servers ${ownServers}); ${eur} with Microsoft 365 E3 under a programme with Extended Use Rights (servers 0); ${csp} through CSP (servers ${cspServers}); ${calPlans} with Office 365 E3, which stands in for the CALs but not the servers (servers ${calServers}); and at worst ${worst}, with a plan that stands in for no CAL.${unpriced ? " Some prices are missing and not in these figures." : ""}`,
  sensitivityHeading: "Sensitivity (largest drivers over their sourced range, else +-20 %)",
  sensitivityBasis: (onprem: string, online: string, cheaper: string) => `Basis: cash over the period, including in-house staff. Base: on-prem ${onprem}, online ${online}; ${cheaper} is cheaper.`,
  sensitivityColumns: ["Driver", "Change", "On-prem", "Online", "Cheaper", "Changes the answer"],
  /** The driver as the English report names it: the catalog id. */
  driver: (id: string) => id,
  usdRate: "USD exchange rate",
  change: (percent: number) => `${percent > 0 ? "+" : "-"}${Math.abs(percent)} %`,
  flipsYes: "YES",
  flipsNo: "no",
  couldFlip: (drivers: string[]) => `Could change which option is cheaper: ${drivers.join(", ")}.`,
  noFlip: "No single driver at either end of its range changes which option is cheaper.",
  excludedHeading: "Already owned (excluded)",
  kind: { owned: "owned", covered: "covered", waived: "waived" },
  excludedItem: (option: string, description: string, quantity: string, kind: string, worth: string, note: string) => `${option}: ${description}, ${quantity}, ${kind}, worth ${worth}: ${note}`,
  worthUnknown: "unknown (no public price)",
  nothingOwned: "Nothing: cost.ownedLicences is empty.",
  unpricedHeading: "Unpriced (not in the totals)",
  unpricedItem: (option: string, description: string, source: string, reason: string) => `${option}: ${description} [${source}]: ${reason}`,
  none: "None.",
  freeHeading: "Free resources",
  freeItem: (option: string, type: string, count: number, reason: string) => `${option}: ${type} x ${count}: ${reason}`,
  overriddenHeading: "Overridden prices",
  overriddenItem: (id: string, amount: number | null, currency: string, unit: string, used: number | null) =>
    `${id}: catalog ${amount ?? "no price"} ${currency} per ${unit}, overridden to ${used} ${currency === "%" ? "%" : "SEK"} (cost.priceOverrides)`,
  noOverrides: "None: every price is the catalog's.",
  usageHeading: "Usage assumptions",
  usageChanged: (changes: string) => `Changed in the organization file (cost.usage): ${changes}. The rest keep the defaults documented in cost/usage.ts.`,
  usageDefault: "All at the defaults documented in cost/usage.ts (change them under cost.usage).",
  pricesHeading: "Prices used",
  priceColumns: ["Id", "Catalog", "Used (SEK)", "Confidence", "Source", "Address"],
  catalogAmount: (amount: number | null, currency: string, unit: string) => `${amount ?? "not found"} ${currency}/${unit}`,
  used: (used: number | null, currency: string) => (used === null ? "unpriced" : currency === "%" ? `${used} %` : used.toFixed(2)),
  confidence: { high: "high", medium: "medium", low: "LOW" },
  rateConfidence: { high: "high", medium: "medium", low: "low" },
  lowConfidence: (ids: string[]) => `Low confidence (estimates or unverified; get quotes): ${ids.join(", ")}.`,
  rate: (currency: string, sek: number, confidence: string, source: string | undefined) => `${currency} ${sek} SEK (${confidence} confidence, source: ${source ?? "none"})`,
  rates: (rates: string[]) => `Exchange rates: ${rates.join("; ")}.`,
  baseline: {
    none: "Baseline: no staff plan is set (online.licences.staff: none), so each option prices only its own licences.",
    mailOnly: (plan: string) => `Baseline: ${plan} is a mail-only plan, so it is an online cost only; on-prem staff need Exchange CALs instead.`,
    owned: (n: number) => ` beyond the ${n} owned`,
    both: (plan: string, owned: string) =>
      `Baseline: staff keep their ${plan} plan in both options, so its seats${owned} are priced alike in both (cost.usage.staffPlanBaseline: both-options) and only what differs makes a difference.`,
    neither: (plan: string) => `Baseline: staff keep their ${plan} plan in both options, so it is priced in neither (cost.usage.staffPlanBaseline: neither-option) and only what differs is counted.`,
  },
  detailLabel: { category: "Category", quantity: "Quantity", prices: "Prices" },
};
