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
};
