// Svenska texter för kostnadsrapporten (`cost`, text och markdown). Beloppen kommer formaterade.
import type { costReport as en } from "../en/cost-report";
import { formatFor } from "../format";

const f = formatFor("sv");

/** Licensplanernas namn som läsaren känner dem. */
const PLAN: Record<string, string> = {
  EXO_P1: "Exchange Online Plan 1",
  EXO_P2: "Exchange Online Plan 2",
  EXO_KIOSK: "Exchange Online Kiosk",
  M365_F3: "Microsoft 365 F3",
  O365_E3: "Office 365 E3",
  M365_E3: "Microsoft 365 E3",
  M365_E5: "Microsoft 365 E5",
};
export const planName = (id: string): string => PLAN[id] ?? id;

/** Priskatalogens enheter (cost/catalog/prices.yaml) på svenska. */
const UNIT: Record<string, string> = {
  "user-month": "användare och månad",
  user: "användare",
  server: "server",
  "server-year": "server och år",
  "server-month": "server och månad",
  "percent-per-year": "år",
  "16-cores": "16 kärnor",
  "physical-core-month": "fysisk kärna och månad",
  "key-month": "nyckel och månad",
  "10k-operations": "10 000 operationer",
  GB: "GB",
  "GB-month": "GB och månad",
  hour: "timme",
  "address-month": "adress och månad",
  "disk-month": "disk och månad",
  TB: "TB",
  kWh: "kWh",
};
const unit = (id: string) => UNIT[id] ?? id;
/** Öre med två decimaler: 374,40. */
const twoDecimals = (value: number) => {
  const [whole, fraction] = value.toFixed(2).split(".") as [string, string];
  return `${f.integer(Number(whole))},${fraction}`;
};

export const costReport: typeof en = {
  option: { onprem: "Lokal drift (utbyggd Exchange Server SE)", online: "Molntjänst (Exchange Online)" },
  optionId: { onprem: "lokal drift", online: "molntjänst" },
  year: (n) => `År ${n}`,
  plan: planName,
  source: (source) => (source === "model" ? "modell" : source),
  heading: (org, years) => `Kostnadsberäkning för ${org} över ${years} år`,
  intro:
    "Belopp i kronor exklusive moms. Utbetalning är det som betalas respektive år. Avskrivet fördelar hårdvara, eviga licenser och projekt över deras livslängd. Egen personals tid ingår och redovisas också för sig.",
  componentColumns: (years) => ["Post", "Kategori", "Mängd", ...years, "Summa", "Priser"],
  overridden: (id) => `${id} (kommunens pris)`,
  totalsColumns: (years) => ["Summor", ...years, "Summa"],
  totalsRows: { cash: "Utbetalning", cashCumulative: "Utbetalning, ackumulerad", amortized: "Avskrivet", amortizedCumulative: "Avskrivet, ackumulerat" },
  spend: (external, staff, oneOff, drivers) =>
    `Kostnader utöver egen personal: ${external}. Egen personal: ${staff}. Engångskostnader: ${oneOff}. Största kostnadsdrivare: ${drivers.length ? f.list(drivers) : "inga"}.`,
  unpricedCount: (n) => `${n} ${n === 1 ? "post saknar" : "poster saknar"} pris och ingår INTE i summorna (se ”Poster utan pris”).`,
  cheaper: (years, option, by) => `Billigast över ${years} år (utbetalningar inklusive egen personal): ${option}, med ${by}.`,
  keyFiguresHeading: "Nyckeltal",
  keyFigureColumns: ["Nyckeltal", "Kronor", "Priser som driver beloppet"],
  keyFigure: {
    "online.migration-consultants": "Molntjänst: engångskostnad för flytten, konsulter",
    "online.seat-licences": "Molntjänst: användarlicenser under perioden",
    "online.add-ons": "Molntjänst: tillägg för personalen under perioden (regelefterlevnad, datalagringsplats)",
    "onprem.expansion-external": "Lokal drift: kostnader för utbyggnaden under perioden (licenser, hårdvara, Azure, energi, konsulter; inte personalens licenser som båda alternativen betalar)",
    "onprem.seat-licences": "Lokal drift: användarlicenser (personalens licenser och CAL) under perioden",
    "seat-licences.onprem-minus-online": "Användarlicenser: lokal drift minus molntjänst (positivt: lokal drift dyrare)",
  },
  scenariosHeading: "Licensscenarier (användarlicenser och Exchange-serverlicenser under perioden)",
  scenarioColumns: ["Situation", "Licensavtal", "Personalens licens", "Ersätter CAL", "Servrarna licensieras genom", "Användarlicenser lokal drift", "Användarlicenser molntjänst", "Användarlicenser, skillnad", "Exchange-servrar lokal drift"],
  yes: "ja",
  no: "nej",
  notStated: "inte angivet",
  scenario: {
    organization: "Kommunens licenser",
    "extended-use-rights": "Licensavtal med utökade användningsrättigheter (EA)",
    "csp-subscription": "CSP: inga utökade användningsrättigheter, Exchange SE som prenumeration",
    "cal-equivalent-plans": "Personalen har en licens som ersätter CAL (Office 365 E3)",
    "plans-without-cal-rights": "Värsta fall: personalen har en licens som inte ersätter någon CAL (Microsoft 365 F3)",
  },
  serversBy: (reason, route) =>
    reason === "applies" ? "utökade användningsrättigheter" : route === "subscription" ? "prenumerationer" : route === "perpetual" ? "eviga licenser" : "licenser med Software Assurance",
  scenarioSentence: (years, own, ownServers, eur, csp, cspServers, calPlans, calServers, worst, unpriced) =>
    `Personalen behåller sin licens i alla situationer. Skillnaden i användarlicenser är därför det som bara ett alternativ behöver: Exchange CAL vid lokal drift för användare vars licens inte ersätter någon CAL, och licenser för postlådorna i molntjänsten. ` +
    `Över ${years} år är användarlicenserna vid lokal drift minus molntjänst ${own} kr med kommunens licenser (Exchange-servrar ${ownServers} kr); ${eur} kr med Microsoft 365 E3 genom ett licensavtal med utökade användningsrättigheter (servrar 0 kr); ${csp} kr genom CSP (servrar ${cspServers} kr); ${calPlans} kr med Office 365 E3, som ersätter CAL men inte servrarna (servrar ${calServers} kr); och i värsta fall ${worst} kr, med en licens som inte ersätter någon CAL.${unpriced ? " Vissa priser saknas och ingår inte i beloppen." : ""}`,
  sensitivityHeading: "Känslighetsanalys (största kostnadsdrivarna över källornas prisintervall, annars ±20 %)",
  sensitivityBasis: (onprem, online, cheaper) =>
    `Underlag: utbetalningar under perioden inklusive egen personal. Utgångsläge: lokal drift ${onprem}, molntjänst ${online}. ${cheaper.charAt(0).toUpperCase()}${cheaper.slice(1)} är billigast.`,
  sensitivityColumns: ["Kostnadsdrivare", "Ändring", "Lokal drift", "Molntjänst", "Billigast", "Ändrar svaret"],
  driver: (id) => id,
  usdRate: "dollarkursen",
  change: (percent) => `${percent > 0 ? "+" : "-"}${Math.abs(percent)} %`,
  flipsYes: "JA",
  flipsNo: "nej",
  couldFlip: (drivers) => `Kan ändra vilket alternativ som är billigast: ${f.list(drivers)}.`,
  noFlip: "Ingen enskild kostnadsdrivare ändrar i någon ytterkant av sitt intervall vilket alternativ som är billigast.",
  excludedHeading: "Redan ägt eller täckt (ingår inte)",
  kind: { owned: "ägs redan", covered: "täcks av andra licenser", waived: "avgiften faller bort" },
  excludedItem: (option, description, quantity, kind, worth, note) => `${option}: ${description}, ${quantity}, ${kind}, värt ${worth}: ${note}`,
  worthUnknown: "okänt (inget offentligt pris)",
  nothingOwned: "Inget: cost.ownedLicences är tom.",
  unpricedHeading: "Poster utan pris (ingår inte i summorna)",
  unpricedItem: (option, description, source, reason) => `${option}: ${description} [${source}]: ${reason}`,
  none: "Inga.",
  freeHeading: "Resurser utan kostnad",
  freeItem: (option, type, count, reason) => `${option}: ${type} x ${count}: ${reason}`,
  overriddenHeading: "Priser som kommunen har angett",
  overriddenItem: (id, amount, currency, per, used) =>
    `${id}: katalogen ${amount === null ? "saknar pris" : `${f.decimal(amount, 2)} ${currency} per ${unit(per)}`}, kommunens pris ${used === null ? "saknas" : `${f.decimal(used, 2)} ${currency === "%" ? "%" : "kr"}`} (cost.priceOverrides)`,
  noOverrides: "Inga: alla priser är katalogens.",
  usageHeading: "Antaganden om användning",
  usageChanged: (changes) => `Ändrade i organisationsfilen (cost.usage): ${changes}. Övriga har standardvärdena som beskrivs i cost/usage.ts.`,
  usageDefault: "Alla har standardvärdena som beskrivs i cost/usage.ts (ändra dem under cost.usage).",
  pricesHeading: "Priser som används",
  priceColumns: ["Id", "Katalog", "Använt (kr)", "Säkerhet", "Källa", "Adress"],
  catalogAmount: (amount, currency, per) => (amount === null ? `saknas (${currency} per ${unit(per)})` : `${f.decimal(amount, 2)} ${currency} per ${unit(per)}`),
  used: (used, currency) => (used === null ? "saknar pris" : currency === "%" ? `${f.decimal(used, 2)} %` : twoDecimals(used)),
  confidence: { high: "hög", medium: "medelhög", low: "LÅG" },
  rateConfidence: { high: "hög", medium: "medelhög", low: "låg" },
  lowConfidence: (names) => `Låg säkerhet (uppskattningar eller obekräftade; begär offerter): ${f.list(names)}.`,
  rate: (currency, sek, confidence, source) => `${currency} ${f.decimal(sek, 2)} kr (${confidence} säkerhet, källa: ${source ?? "ingen"})`,
  rates: (rates) => `Växelkurser: ${rates.join("; ")}.`,
  baseline: {
    none: "Grundnivå: ingen licens för personalen är angiven (online.licences.staff: none), så varje alternativ prissätter bara sina egna licenser.",
    mailOnly: (plan) => `Grundnivå: ${planName(plan)} är en licens enbart för e-post och kostar därför bara i molntjänsten. Vid lokal drift behöver personalen i stället Exchange CAL.`,
    owned: (n) => ` utöver de ${f.integer(n)} som kommunen redan har`,
    both: (plan, owned) =>
      `Grundnivå: personalen behåller sin ${planName(plan)}-licens i båda alternativen. Licenserna${owned} räknas därför lika i båda (cost.usage.staffPlanBaseline: both-options), och bara det som skiljer gör skillnad.`,
    neither: (plan) =>
      `Grundnivå: personalen behåller sin ${planName(plan)}-licens i båda alternativen. Den räknas därför i inget av dem (cost.usage.staffPlanBaseline: neither-option), och bara det som skiljer räknas.`,
  },
  detailLabel: { category: "Kategori", quantity: "Mängd", prices: "Priser" },
};
