// Svenska texter för tjänsteskrivelsen: villkor, avsnitt och riskscenarier.
import type { CouncilMessages } from "../catalog";
import type { ConditionFacts } from "../../report/gates";

type Said = (facts: ConditionFacts) => { text: string; law: string };
const fixed = (text: string, law: string): Said => () => ({ text, law });
const licence = (what: string) => fixed(`Licenser för ${what} är köpta för all personal.`, "Microsofts licensvillkor (Product Terms)");
const years = (n: number) => (n === 1 ? "ett år" : n === 2 ? "två år" : `${n} år`);

export const council: CouncilMessages = {
  conditions: {
    byRule: {
      "GOV-01": fixed("E-posten är informationsklassad enligt KLASSA och riktlinjerna anger den högsta konfidentialitetsnivå som får förekomma i e-post.", "KLASSA (SKR)"),
      "GOV-02": fixed("Uppgifter som omfattas av säkerhetsskydd (nivå 4) hålls utanför e-posten.", "säkerhetsskyddslagen (2018:585)"),
      "GOV-03": fixed(
        "En bedömning enligt 10 kap. 2 a § offentlighets- och sekretesslagen (2009:400), OSL, av om det är olämpligt att lämna e-postens uppgifter till leverantören för teknisk lagring, också uppgifter i inkommande e-post, är dokumenterad och godkänd.",
        "10 kap. 2 a § OSL; prop. 2022/23:97",
      ),
      "GOV-04": fixed("En konsekvensbedömning avseende dataskydd för e-posten är gjord eller översedd under de senaste tolv månaderna.", "artikel 35 i dataskyddsförordningen"),
      "GOV-05": fixed("Ett personuppgiftsbiträdesavtal med leverantören är tecknat och anger i vilka länder underbiträdena finns.", "artikel 28 i dataskyddsförordningen"),
      "GOV-06": fixed(
        "Grunden för överföring av personuppgifter till tredjeland är dokumenterad (beslut om adekvat skyddsnivå, eller standardavtalsklausuler med en bedömning av överföringens konsekvenser).",
        "artiklarna 44–46 i dataskyddsförordningen",
      ),
      "GOV-08": fixed(
        "En rutin för incidentrapportering till CSIRT-enheten och IMY är fastställd (tidig varning inom 24 timmar, incidentanmälan inom 72 timmar, slutrapport inom en månad).",
        "cybersäkerhetslagen (2025:1506); artikel 33 i dataskyddsförordningen",
      ),
      "RET-01": (f: ConditionFacts) => ({
        text: f.wholeMailboxDecisions.length
          ? `Arkivmyndigheten bekräftar att gallringsbeslut ${f.wholeMailboxDecisions.join(", ")} omfattar all e-post, eller så begränsas gallringen till den e-post beslutet omfattar och handlingar som ska bevaras registreras eller flyttas innan de gallras.`
          : "Varje automatisk gallring av e-post grundas på ett gallringsbeslut och sker tidigast när beslutet medger.",
        law: "arkivlagen (1990:782); 2 kap. tryckfrihetsförordningen",
      }),
      "RET-02": fixed("Postlådor för personal som slutar bevaras tills ett gallringsbeslut medger att de gallras.", "arkivlagen (1990:782)"),
      "RET-03": fixed("Minst två namngivna roller kan söka, exportera och bevara e-post i alla postlådor, så att allmänna handlingar kan lämnas ut skyndsamt.", "2 kap. 15 § tryckfrihetsförordningen"),
      "RET-04": (f: ConditionFacts) => ({
        text: f.logDecision
          ? `Meddelandespårningen exporteras och sparas i minst ${years(f.logDecision.years)}, så som gallringsbeslut ${f.logDecision.id} anger.`
          : "Meddelandespårning och granskningsloggar sparas så länge som ett gallringsbeslut om loggar anger.",
        law: "arkivlagen (1990:782); RÅ 1998 ref. 44",
      }),
      "LIC-01": licence("Customer Key (kommunens egna krypteringsnycklar)"),
      "LIC-02": licence("Customer Lockbox (kommunens godkännande av leverantörens åtkomst)"),
      "LIC-03": licence("att spara granskningsloggen så länge som beslutats"),
      "LIC-04": licence("Advanced Data Residency (lagring i Sverige)"),
      "LIC-05": licence("skydd mot dataförlust i e-post"),
    },
    otherRule: fixed("En rättslig förutsättning som policykontrollen har funnit är uppfylld.", "se den tekniska bilagan"),
    availability4: {
      text: "En särskild analys för tillgänglighetsnivå 4 (KLASSA) anger längsta godtagbara avbrott och dataförlust för e-posten, och båda alternativen är prövade mot den.",
      law: "KLASSA (SKR); MCF:s metodstöd för riskhantering",
    },
  },
  documentKind: "Tjänsteskrivelse",
  title: "Drift av kommunens e-post: Exchange Online eller utbyggd lokal Exchange Server SE",
  head: {
    date: (date: string) => `Datum ${date}`,
    reference: (dnr: string) => `Dnr ${dnr}`,
    noReference: "Dnr: tilldelas vid registrering",
    officer: (name: string) => `Handläggare: ${name}`,
    department: (name: string) => name,
  },
  body: { council: "Kommunfullmäktige", board: "Kommunstyrelsen" },
  matter: {
    heading: "Ärendet",
    text: (body: string, years: number) =>
      `Ärendet gäller om kommunens e-post ska drivas som molntjänst i Exchange Online eller i kommunens egna serverhallar med Exchange Server SE. ${body} fattar beslutet. Underlaget jämför alternativen för de kommande ${years} åren utifrån informationssäkerhet, juridik, teknik, ekonomi och personal.`,
  },
  proposal: {
    heading: "Förslag till beslut",
    decides: (body: string, option: string) => `${body} beslutar att kommunens e-post ska drivas ${option}.`,
    where: { onprem: "i kommunens egna serverhallar med Exchange Server SE (lokal drift)", online: "som molntjänst i Exchange Online" },
    conditionsIntro: "Beslutet gäller under förutsättning att följande är uppfyllt innan det verkställs:",
    condition: (text: string, law: string) => `${text} (${law})`,
    ifNotMet: (body: string) => `Om villkoren inte kan uppfyllas ska ärendet återkomma till ${body.toLowerCase()}.`,
    otherOption: (scored: string, reason: string) => `Förvaltningen föreslår inte ${scored}, trots att riskbedömningen i övrigt talar för det, eftersom en rättslig förutsättning inte kan uppfyllas: ${reason}`,
  },
  summary: {
    heading: "Sammanfattning",
    proposal: (option: string, conditional: boolean) =>
      `Förvaltningen föreslår att e-posten drivs ${option}${conditional ? ", under de villkor som anges i förslaget till beslut" : ""}.`,
    risk: (better: string, worse: string, close: boolean) =>
      close
        ? `De samlade riskerna bedöms som ungefär lika för de två alternativen; ${better} har en något lägre samlad risk än ${worse}.`
        : `De samlade riskerna bedöms som lägre för ${better} än för ${worse}.`,
    cost: (cheaper: string, amount: string, years: number) => `Under ${years} år beräknas ${cheaper} kosta cirka ${amount} mindre, inklusive kostnaden för egen personal.`,
    costUndecided: (count: number) =>
      `${count === 1 ? "En kostnadspost saknar" : `${count} kostnadsposter saknar`} offentligt pris. Kostnadsskälet är inte avgjort förrän priserna är kända; förvaltningen begär offert före beslut (se Ekonomiska konsekvenser).`,
    forHeading: "Huvudskälen för förslaget",
    againstHeading: "Det som talar emot förslaget",
    perspective: (dimension: string, mine: string, other: string, otherOption: string) => `${dimension}: risken bedöms som ${mine} för förslaget och ${other} för ${otherOption}.`,
    nothingAgainst: "Inget av perspektiven bedöms som sämre för det föreslagna alternativet.",
    changeHeading: "Vad som skulle ändra förslaget",
    weightFlip: (dimension: string, times: string, other: string, direction: "above" | "below") =>
      direction === "above"
        ? `Om kommunen ger ${dimension} mer än ${times} så stor betydelse som de andra perspektiven blir ${other} det bästa alternativet.`
        : `Om kommunen ger ${dimension} mindre än ${times} så stor betydelse som de andra perspektiven blir ${other} det bästa alternativet.`,
    priceFlip: (option: string, amount: string) => `Förslaget står sig så länge ${option} inte blir mer än ${amount} dyrare under perioden än beräknat.`,
    noFlip: "Ingen enskild ändring av perspektivens betydelse eller av priset ändrar förslaget.",
  },
  background: {
    heading: "Bakgrund",
    missing: "Nuläget och tidigare beslut beskrivs i kommunens egna handlingar; de förtecknas under Beslutsunderlag.",
    decided: "Kommunen har redan beslutat om följande som gäller e-posten:",
  },
  preparation: {
    heading: "Beredning och beslutsinstans",
    council:
      "Valet av driftform för kommunens e-post är ett ärende av principiell beskaffenhet eller annars av större vikt för kommunen, och därför beslutar kommunfullmäktige (5 kap. 1 § kommunallagen (2017:725)). Kommunstyrelsen bereder ärendet.",
    board: "Kommunstyrelsen beslutar i ärendet enligt delegation från kommunfullmäktige. Om ärendet bedöms vara av principiell beskaffenhet ska det i stället avgöras av kommunfullmäktige (5 kap. 1 § kommunallagen (2017:725)).",
    appeal: "Ett beslut som strider mot lag kan upphävas efter laglighetsprövning (13 kap. kommunallagen). Därför anges de rättsliga förutsättningarna som villkor i förslaget till beslut och inte som en del av riskbedömningen.",
  },
  assessment: {
    heading: "Förvaltningens bedömning",
    intro: (officer: string) => `Bedömningen är gjord av ${officer}. Den bygger på en poängsättning av riskerna per perspektiv, som förvaltningen har gått igenom och står bakom (Bilaga 1).`,
    noOfficer: "Bedömningen bygger på en poängsättning av riskerna per perspektiv (Bilaga 1). Den som undertecknar tjänsteskrivelsen står för bedömningen.",
    option: (option: string, strengths: string, weaknesses: string) => `${option}: starkast inom ${strengths}; svagast inom ${weaknesses}.`,
    equalWeights: "Alla perspektiv har fått samma vikt. Kommunen kan besluta om andra vikter, och bör i så fall göra det innan resultatet är känt.",
    weightsSet: "Vikterna för perspektiven är de som kommunen har angett (Bilaga 1).",
  },
  economy: {
    heading: "Ekonomiska konsekvenser",
    columns: (a: string, b: string) => ["", a, b],
    oneOff: "Investering och engångskostnader",
    year: (n: number) => `Kostnad år ${n}`,
    total: (years: number) => `Summa under ${years} år`,
    staff: "varav egen personal",
    chartCaption: (years: number) => `Sammanlagd kostnad över ${years} år, inklusive egen personal`,
    vat: "Belopp i kronor exklusive moms.",
    unpricedHeading: "Kostnader som saknar pris",
    unpricedIntro: "Följande poster saknar offentligt pris och ingår inte i summorna. Förvaltningen begär offert före beslut.",
    unpricedFlip: (item: string, price: string) => `${item}: om priset överstiger ${price} ändras förslaget.`,
    unpricedFlipTotal: (item: string, amount: string) => `${item}: om posten kostar mer än ${amount} under perioden ändras förslaget.`,
    unpricedNoFlip: (item: string) => `${item}: posten hör till det alternativ som inte föreslås, och priset kan inte ändra förslaget.`,
    perUnit: { "user-month": (amount: string) => `${amount} per användare och månad` } as Record<string, (amount: string) => string>,
    financing: (investment: string, perYear: string) =>
      `Finansiering: investeringen (${investment}) prövas i investeringsbudgeten och driftkostnaden (i genomsnitt ${perYear} per år efter första året) i IT-enhetens driftbudget. Förvaltningen redovisar i budgetarbetet om kostnaden ryms inom befintlig ram.`,
  },
  staff: {
    heading: "Konsekvenser för personal",
    option: (option: string, amount: string, years: number) => `${option}: den egna personalens arbete motsvarar ${amount} under ${years} år.`,
    heavier: (option: string) => `${option} kräver mer av IT-enhetens personal, i drift, uppdateringar och återställning, och tränger undan annat utvecklingsarbete om inte bemanningen förstärks.`,
    mbl: "Beslutet är en viktig förändring av verksamheten. Arbetsgivaren förhandlar med berörda arbetstagarorganisationer innan beslut fattas (11 § lagen (1976:580) om medbestämmande i arbetslivet).",
  },
  timeline: {
    heading: "Tidplan",
    conditions: "Villkoren i förslaget till beslut uppfylls först; förvaltningen redovisar när de är uppfyllda.",
    onprem: (steps: number) => `Lokal drift kräver upphandling och installation av servrar samt ${steps} förberedande steg innan driftstart; under tiden fortsätter e-posten där den drivs i dag.`,
    online: "Exchange Online kan tas i drift när villkoren är uppfyllda; flytt av postlådor sker under en övergångsperiod.",
  },
  legal: {
    heading: "Juridisk bedömning",
    intro: "De rättsliga förutsättningarna prövas före riskbedömningen. En förutsättning som inte är uppfylld blir ett villkor i förslaget till beslut; den vägs inte mot kostnad eller andra fördelar.",
    option: (option: string) => `${option}:`,
    none: "Alla rättsliga förutsättningar som kan kontrolleras i underlaget är uppfyllda.",
    topicsIntro: "Bedömningen per rättsfråga (uppgifterna och deras källor):",
  },
  documents: {
    heading: "Beslutsunderlag",
    intro: "Kommunens egna handlingar som bedömningen bygger på:",
    thisPaper: (dnr: string) => `Denna tjänsteskrivelse${dnr ? ` (${dnr})` : ""} med bilagor`,
    annex: "Teknisk bilaga (separat fil): resurser, policykontrollens iakttagelser, förutsättningar före driftstart och anmärkningar om verktyget",
    dpia: (ref: string) => `Konsekvensbedömning avseende dataskydd${ref}`,
    processor: (ref: string) => `Personuppgiftsbiträdesavtal med leverantören${ref}`,
    decision: (id: string, what: string) => `Gallringsbeslut ${id}: ${what}`,
    guidelines: (ref: string) => `Riktlinjer för e-post${ref}`,
    exitPlan: (ref: string) => `Exitplan${ref}`,
    osl: (ref: string) => `Bedömning enligt 10 kap. 2 a § OSL${ref}`,
    trace: (ref: string) => `Beslut om export av meddelandespårning${ref}`,
    ref: (reference: string | undefined, date?: string) => (reference ? `, ${reference}` : "") + (date ? `, ${date}` : ""),
    missing: "Saknas och är villkor för beslutet",
  },
  signature: {
    heading: "Underskrift",
    officer: (name: string) => `${name}, handläggare`,
    approved: (name: string) => `${name}`,
  },
  appendix: {
    scoresHeading: "Bilaga 1: Poängsättning av riskerna per perspektiv",
    scoresIntro: "Poängmodellen jämför alternativen per perspektiv på en skala från 1 (låg risk) till 5 (hög risk). Rättsliga förutsättningar ingår inte i poängen; de är villkor i förslaget till beslut.",
    sourcesHeading: "Bilaga 2: Källor",
  },
  annexKind: "Teknisk bilaga",
  annexTitle: (org: string) => `Teknisk bilaga till tjänsteskrivelsen: ${org}, drift av e-post i Exchange Online eller lokal Exchange Server SE`,
  risk: {
    heading: "Risk- och sårbarhetsbedömning",
    method:
      "Bedömningen följer metodstödet för systematiskt informationssäkerhetsarbete från Myndigheten för civilt försvar (tidigare MSB), som bygger på SS-ISO 31000 och SS-ISO/IEC 27005, och SKR:s vägledning för molntjänster. Varje hotscenario bedöms per alternativ: sannolikhet från 1 (låg) till 4 (mycket hög) och konsekvens från 1 till 4 enligt e-postens informationsklassning (KLASSA) för den aspekt scenariot skadar. Risknivån är sannolikhet gånger konsekvens, från 1 till 16.",
    criteria: (accept: number, treat: number, defaults: boolean) =>
      `Acceptanskriterier${defaults ? " (standardvärden, som kommunen kan ändra)" : " (beslutade av kommunen)"}: risknivå upp till ${accept} accepteras; ${accept + 1} till ${treat} accepteras med en åtgärdsplan; över ${treat} accepteras inte förrän risken är behandlad.`,
    columns: ["Hotscenario", "Alternativ", "Risknivå (sannolikhet × konsekvens)", "Bedömning", "Åtgärd och kvarstående risk"],
    levelCell: (level: number, likelihood: number, consequence: number) => `${level} (${likelihood} × ${consequence})`,
    residual: (level: number, judgement: string) => `Kvarstående risk: ${level} (${judgement}).`,
    acceptance: { accepted: "acceptabel", treat: "acceptabel med åtgärdsplan", "not-accepted": "inte acceptabel utan åtgärd" },
    costed: "kostnaden ingår i kalkylen",
    notCosted: "kostnaden ingår inte i kalkylen och ska utredas",
    matrixCaption: "Riskmatris: hotscenarierna per alternativ efter sannolikhet och konsekvens",
    matrixLabel: "Riskmatris med sannolikhet på den vågräta axeln och konsekvens på den lodräta",
    legend: "L = lokal drift, M = molntjänst (Exchange Online); siffran är hotscenariots nummer i tabellen. Grönt: acceptabel, gult: acceptabel med åtgärdsplan, rött: inte acceptabel utan åtgärd.",
    likelihoodAxis: "Sannolikhet",
    consequenceAxis: "Konsekvens",
    shared: "Beroenden som båda alternativen har räknas för båda: inloggningen via Entra ID (hybrid modern autentisering), Microsoft 365 för personalen (Teams, OneDrive) och e-post som alltid passerar externa servrar. Incidenter räknas på båda sidor: angreppen mot lokal Exchange 2021, 2022 och 2026 och intrånget i Exchange Online 2023.",
    notAccepted: (count: number) => `${count === 1 ? "En risk ligger" : `${count} risker ligger`} över acceptansnivån och måste behandlas innan beslutet verkställs eller godtas av riskägaren.`,
    name: {
      intrusion: "Intrång via en sårbarhet i e-postsystemet",
      "foreign-authority": "Utländsk myndighet kräver ut uppgifter",
      "supplier-outage": "Leverantörsavbrott eller avstängning av tjänsten",
      "shared-building": "Brand, översvämning eller strömavbrott i en gemensam byggnad",
      "wrong-deletion": "Felaktig gallring av allmänna handlingar",
      skills: "Kompetensbrist eller beroende av enskilda personer",
      "data-loss": "Förlorad e-post som inte kan återställas, till exempel efter utpressningsvirus",
    },
    treatment: {
      intrusion: {
        onprem: "Säkerhetsuppdateringar inom ett dygn, publicering bakom en omvänd proxy med förautentisering och övervakning av loggarna",
        online: "Loggövervakning av inloggningar och administratörsåtgärder; Customer Lockbox kräver dyrare licenser",
      },
      "foreign-authority": {
        onprem: "Nycklar och loggar hålls i Sverige; e-postens innehåll lämnar inte kommunen",
        online: "Bedömning enligt 10 kap. 2 a § OSL, riktlinjer som håller sekretessuppgifter utanför e-post och standardavtalsklausuler som reserv",
      },
      "supplier-outage": {
        onprem: "Reservrutin för inloggning om Entra ID inte nås",
        online: "Exitplan och export av postlådor till annan lagring",
      },
      "shared-building": {
        onprem: "Reservhall i en annan byggnad med egen strömförsörjning och nätväg",
        online: "Ingen åtgärd behövs; leverantören har flera datacenter",
      },
      "wrong-deletion": {
        onprem: "Gallringen begränsas till den e-post besluten omfattar, och handlingar som ska bevaras registreras först",
        online: "Gallringen begränsas till den e-post besluten omfattar, och handlingar som ska bevaras registreras först",
      },
      skills: {
        onprem: "Avtal med specialistkonsult och dokumenterade driftrutiner",
        online: "Utbildning av förvaltningsorganisationen",
      },
      "data-loss": {
        onprem: "Säkerhetskopiering utanför databaskopiorna och återläsning som provas varje år",
        online: "Säkerhetskopia hos en annan leverantör",
      },
    },
  },
  legalColumns: ["Alternativ", "Bedömning", "Källor"],
};
