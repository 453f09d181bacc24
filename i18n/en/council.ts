// English texts of the council paper (the tjänsteskrivelse): conditions, sections, risk scenarios.
import type { ConditionFacts } from "../../report/gates";

type Said = (facts: ConditionFacts) => { text: string; law: string };
const fixed = (text: string, law: string): Said => () => ({ text, law });
const licence = (what: string) => fixed(`Licences for ${what} are bought for all staff.`, "Microsoft's licence terms (Product Terms)");

export const council = {
  conditions: {
    byRule: {
      "GOV-01": fixed("E-mail has a KLASSA rating and the guidelines state the highest confidentiality level allowed in it.", "KLASSA (SKR)"),
      "GOV-02": fixed("Information covered by security protection (level 4) is kept out of e-mail.", "the Protective Security Act (2018:585)"),
      "GOV-03": fixed(
        "An assessment under chapter 10 section 2 a of the Public Access to Information and Secrecy Act (2009:400), OSL, of whether passing the mail to the provider for technical storage is inappropriate, incoming mail included, is documented and approved.",
        "chapter 10 section 2 a OSL; Government bill 2022/23:97",
      ),
      "GOV-04": fixed("A data protection impact assessment for e-mail is made or reviewed within the last twelve months.", "Article 35 GDPR"),
      "GOV-05": fixed("A data processing agreement with the provider is signed and names the countries of its sub-processors.", "Article 28 GDPR"),
      "GOV-06": fixed("The basis for transfers of personal data to third countries is documented (an adequacy decision, or standard contractual clauses with a transfer impact assessment).", "Articles 44-46 GDPR"),
      "GOV-08": fixed("An incident routine sets the reports to the national CSIRT and to IMY (early warning within 24 hours, notification within 72 hours, final report within one month).", "Cybersecurity Act (2025:1506); Article 33 GDPR"),
      "RET-01": (f: ConditionFacts) => ({
        text: f.wholeMailboxDecisions.length
          ? `The archive authority confirms that deletion decision ${f.wholeMailboxDecisions.join(", ")} covers all e-mail, or the deletion is narrowed to the mail the decision covers and records of lasting value are registered or moved before they are deleted.`
          : "Every automatic deletion of e-mail rests on a deletion decision and happens no earlier than it allows.",
        law: "Archives Act (1990:782); chapter 2 Freedom of the Press Act",
      }),
      "RET-02": fixed("Mailboxes of staff who leave are kept until a deletion decision allows them to be deleted.", "Archives Act (1990:782)"),
      "RET-03": fixed("At least two named roles can search, export and hold mail in every mailbox, so public records can be released promptly.", "chapter 2 section 15 Freedom of the Press Act"),
      "RET-04": (f: ConditionFacts) => ({
        text: f.logDecision
          ? `Message trace is exported and kept at least ${f.logDecision.years} years, as deletion decision ${f.logDecision.id} says.`
          : "Message trace and audit logs are kept as long as a decision on logs says.",
        law: "Archives Act (1990:782); RÅ 1998 ref. 44",
      }),
      "LIC-01": licence("Customer Key"),
      "LIC-02": licence("Customer Lockbox"),
      "LIC-03": licence("keeping the audit log as long as decided"),
      "LIC-04": licence("Advanced Data Residency"),
      "LIC-05": licence("data loss prevention (DLP) in e-mail"),
    },
    otherRule: fixed("A legal or governance prerequisite found by the policy check is met.", "see the technical annex"),
    availability4: {
      text: "A separate analysis for availability level 4 (KLASSA) states the longest tolerable outage and data loss for e-mail, and both options are tested against it.",
      law: "KLASSA (SKR); MCF's guidance on risk management",
    },
  },
  documentKind: "Official report",
  title: "Running the organization's e-mail: Exchange Online or an expanded on-prem Exchange Server SE",
  head: {
    date: (date: string) => `Date ${date}`,
    reference: (dnr: string) => `Ref. ${dnr}`,
    noReference: "Ref.: assigned on registration",
    officer: (name: string) => `Prepared by: ${name}`,
    department: (name: string) => name,
  },
  body: { council: "The council", board: "The executive board" },
  matter: {
    heading: "The matter",
    text: (body: string, years: number) =>
      `The matter is whether the organization's e-mail runs as a cloud service in Exchange Online or in its own server rooms with Exchange Server SE. ${body} decides. The paper compares the options over the next ${years} years for information security, law, technology, economy and staff.`,
  },
  proposal: {
    heading: "Proposed decision",
    decides: (body: string, option: string) => `${body} decides that the organization's e-mail runs ${option}.`,
    where: { onprem: "in its own server rooms with Exchange Server SE (on-prem)", online: "as a cloud service in Exchange Online" },
    conditionsIntro: "The decision applies on condition that the following is in place before it takes effect:",
    condition: (text: string, law: string) => `${text} (${law})`,
    ifNotMet: (body: string) => `If the conditions cannot be met, the matter returns to ${body.toLowerCase()}.`,
    otherOption: (scored: string, reason: string) => `The administration does not propose ${scored}, though the risk assessment otherwise favours it, because a legal prerequisite cannot be met: ${reason}`,
  },
  summary: {
    heading: "Summary",
    proposal: (option: string, conditional: boolean) => `The administration proposes that e-mail runs ${option}${conditional ? ", on the conditions in the proposed decision" : ""}.`,
    risk: (better: string, worse: string, close: boolean) =>
      close ? `The overall risks are about equal; ${better} carries a slightly lower overall risk than ${worse}.` : `The overall risks are lower for ${better} than for ${worse}.`,
    cost: (cheaper: string, amount: string, years: number) => `Over ${years} years ${cheaper} is estimated to cost about ${amount} less, in-house staff included.`,
    costUndecided: (count: number) => `${count === 1 ? "One cost item has" : `${count} cost items have`} no public price. The cost reason is undecided until the prices are known; the administration asks for quotes before the decision (see Economic consequences).`,
    forHeading: "The main reasons for the proposal",
    againstHeading: "What speaks against the proposal",
    perspective: (dimension: string, mine: string, other: string, otherOption: string) => `${dimension}: the risk is ${mine} for the proposal and ${other} for ${otherOption}.`,
    nothingAgainst: "No perspective is judged worse for the proposed option.",
    changeHeading: "What would change the proposal",
    weightFlip: (dimension: string, times: string, other: string, direction: "above" | "below") =>
      direction === "above"
        ? `If the organization gave ${dimension} ${times} times the weight of the other perspectives, ${other} would be the better option.`
        : `If the organization gave ${dimension} less than ${times} of the weight of the other perspectives, ${other} would be the better option.`,
    priceFlip: (option: string, amount: string) => `The proposal holds as long as ${option} does not cost more than ${amount} above the estimate over the period.`,
    noFlip: "No single change of a perspective's weight or of the price changes the proposal.",
  },
  background: {
    heading: "Background",
    missing: "The present situation and earlier decisions are described in the organization's own records, listed under Supporting documents.",
    decided: "The organization has already decided the following about e-mail:",
  },
  preparation: {
    heading: "Preparation and decision-making body",
    council: "Choosing how the organization's e-mail is run is a matter of principle or otherwise of greater importance, so the council decides (chapter 5 section 1 of the Local Government Act (2017:725)). The executive board prepares the matter.",
    board: "The executive board decides by delegation from the council. If the matter is one of principle, the council decides it instead (chapter 5 section 1 of the Local Government Act (2017:725)).",
    appeal: "A decision contrary to law can be set aside on appeal (chapter 13 of the Local Government Act). The legal prerequisites are therefore conditions in the proposed decision, not part of the risk assessment.",
  },
  assessment: {
    heading: "The administration's assessment",
    intro: (officer: string) => `The assessment is made by ${officer}. It rests on a scoring of the risks per perspective, which the administration has reviewed and stands behind (Appendix 1).`,
    noOfficer: "The assessment rests on a scoring of the risks per perspective (Appendix 1). Whoever signs the report answers for it.",
    option: (option: string, strengths: string, weaknesses: string) => `${option}: strongest in ${strengths}; weakest in ${weaknesses}.`,
    equalWeights: "Every perspective has the same weight. The organization may decide other weights, and should do so before the result is known.",
    weightsSet: "The weights of the perspectives are those the organization has set (Appendix 1).",
  },
  economy: {
    heading: "Economic consequences",
    columns: (a: string, b: string) => ["", a, b],
    oneOff: "Investment and one-off costs",
    year: (n: number) => `Cost in year ${n}`,
    total: (years: number) => `Total over ${years} years`,
    staff: "of which in-house staff",
    chartCaption: (years: number) => `Cumulative cost over ${years} years, in-house staff included`,
    vat: "Amounts in SEK excluding VAT.",
    unpricedHeading: "Costs without a price",
    unpricedIntro: "These items have no public price and are not in the totals. The administration asks for quotes before the decision.",
    unpricedFlip: (item: string, price: string) => `${item}: above ${price} the proposal changes.`,
    unpricedFlipTotal: (item: string, amount: string) => `${item}: if it costs more than ${amount} over the period, the proposal changes.`,
    unpricedNoFlip: (item: string) => `${item}: belongs to the option not proposed; its price cannot change the proposal.`,
    perUnit: { "user-month": (amount: string) => `${amount} per user and month` } as Record<string, (amount: string) => string>,
    financing: (investment: string, perYear: string) =>
      `Financing: the investment (${investment}) is tried in the capital budget and the running cost (on average ${perYear} a year after the first) in the IT unit's operating budget. The administration reports in the budget process whether the cost fits the existing frame.`,
  },
  staff: {
    heading: "Consequences for staff",
    option: (option: string, amount: string, years: number) => `${option}: the work of in-house staff amounts to ${amount} over ${years} years.`,
    heavier: (option: string) => `${option} asks more of the IT unit's staff, in operations, updates and recovery, and crowds out other development unless staffing is strengthened.`,
    mbl: "The decision is an important change of operations. The employer negotiates with the unions concerned before deciding (section 11 of the Co-determination Act (1976:580)).",
  },
  timeline: {
    heading: "Timetable",
    conditions: "The conditions of the proposed decision are met first; the administration reports when they are.",
    onprem: (steps: number) => `On-prem needs servers procured and installed and ${steps} preparatory steps before going live; meanwhile e-mail stays where it runs today.`,
    online: "Exchange Online can go live once the conditions are met; mailboxes move over a transition period.",
  },
  legal: {
    heading: "Legal assessment",
    intro: "The legal prerequisites are tried before the risk assessment. One not met becomes a condition in the proposed decision; it is not weighed against cost or other advantages.",
    option: (option: string) => `${option}:`,
    none: "Every legal prerequisite the paper can check is met.",
    topicsIntro: "The assessment per legal question (the facts and their sources):",
  },
  documents: {
    heading: "Supporting documents",
    intro: "The organization's own records the assessment rests on:",
    thisPaper: (dnr: string) => `This report${dnr ? ` (${dnr})` : ""} with appendices`,
    annex: "Technical annex (separate file): resources, policy findings, steps before going live and notes on the tool",
    dpia: (ref: string) => `Data protection impact assessment${ref}`,
    processor: (ref: string) => `Data processing agreement with the provider${ref}`,
    decision: (id: string, what: string) => `Deletion decision ${id}: ${what}`,
    guidelines: (ref: string) => `E-mail guidelines${ref}`,
    exitPlan: (ref: string) => `Exit plan${ref}`,
    osl: (ref: string) => `Assessment under chapter 10 section 2 a OSL${ref}`,
    trace: (ref: string) => `Decision to export message trace${ref}`,
    ref: (reference: string | undefined, date?: string) => (reference ? `, ${reference}` : "") + (date ? `, ${date}` : ""),
    missing: "Missing: a condition of the decision",
  },
  signature: {
    heading: "Signature",
    officer: (name: string) => `${name}, prepared by`,
    approved: (name: string) => `${name}`,
  },
  appendix: {
    scoresHeading: "Appendix 1: Scoring of the risks per perspective",
    scoresIntro: "The scoring compares the options per perspective from 1 (low risk) to 5 (high risk). Legal prerequisites are not scored; they are conditions in the proposed decision.",
    sourcesHeading: "Appendix 2: Sources",
  },
  annexKind: "Technical annex",
  annexTitle: (org: string) => `Technical annex to the report: ${org}, e-mail in Exchange Online or on-prem Exchange Server SE`,
  risk: {
    heading: "Risk and vulnerability assessment",
    method:
      "The assessment follows the method support for systematic information security of the Swedish Civil Defence Agency (formerly MSB), built on SS-ISO 31000 and SS-ISO/IEC 27005, and SKR's guidance on cloud services. Each threat scenario is judged per option: likelihood from 1 (low) to 4 (very high) and consequence from 1 to 4 by the KLASSA rating of the aspect the scenario hurts. The risk level is likelihood times consequence, from 1 to 16.",
    criteria: (accept: number, treat: number, defaults: boolean) =>
      `Acceptance criteria${defaults ? " (defaults the organization may change)" : " (decided by the organization)"}: risk levels up to ${accept} are accepted; ${accept + 1} to ${treat} with a treatment plan; above ${treat} not until treated.`,
    columns: ["Threat scenario", "Option", "Risk level (likelihood × consequence)", "Judgement", "Treatment and residual risk"],
    levelCell: (level: number, likelihood: number, consequence: number) => `${level} (${likelihood} × ${consequence})`,
    residual: (level: number, judgement: string) => `Residual risk: ${level} (${judgement}).`,
    acceptance: { accepted: "accepted", treat: "accepted with a treatment plan", "not-accepted": "not accepted untreated" },
    costed: "its cost is in the estimate",
    notCosted: "its cost is not in the estimate and is to be investigated",
    matrixCaption: "Risk matrix: the threat scenarios per option by likelihood and consequence",
    matrixLabel: "Risk matrix with likelihood on the horizontal axis and consequence on the vertical",
    legend: "L = on-prem, M = cloud service (Exchange Online); the number is the threat scenario's number in the table. Green: accepted, yellow: accepted with a treatment plan, red: not accepted untreated.",
    likelihoodAxis: "Likelihood",
    consequenceAxis: "Consequence",
    shared: "Dependencies both options have count for both: sign-in through Entra ID (hybrid modern authentication), Microsoft 365 for staff (Teams, OneDrive) and mail that always passes external servers. Incidents count on both sides: the attacks on on-prem Exchange in 2021, 2022 and 2026 and the 2023 intrusion into Exchange Online.",
    notAccepted: (count: number) => `${count === 1 ? "One risk is" : `${count} risks are`} above the acceptance level and must be treated before the decision takes effect or accepted by the risk owner.`,
    name: {
      intrusion: "Intrusion through a flaw in the mail system",
      "foreign-authority": "A foreign authority demands the data",
      "supplier-outage": "Supplier outage or the service cut off",
      "shared-building": "Fire, flood or power cut in a shared building",
      "wrong-deletion": "Public records deleted wrongly",
      skills: "Lack of skills or dependence on a few people",
      "data-loss": "Mail lost beyond recovery, e.g. after ransomware",
    },
    treatment: {
      intrusion: { onprem: "Security updates within a day, publishing behind a pre-authenticating reverse proxy and log monitoring", online: "Monitoring of sign-ins and admin actions; Customer Lockbox needs dearer licences" },
      "foreign-authority": { onprem: "Keys and logs kept in Sweden; mail content stays with the organization", online: "An assessment under chapter 10 section 2 a OSL, guidelines that keep secret data out of mail and standard contractual clauses in reserve" },
      "supplier-outage": { onprem: "A fallback for sign-in when Entra ID cannot be reached", online: "An exit plan and export of mailboxes to other storage" },
      "shared-building": { onprem: "A recovery room in another building with its own power and network path", online: "None needed; the provider runs several datacentres" },
      "wrong-deletion": { onprem: "Deletion narrowed to the mail the decisions cover, records of lasting value registered first", online: "Deletion narrowed to the mail the decisions cover, records of lasting value registered first" },
      skills: { onprem: "A contract with a specialist consultant and documented operating routines", online: "Training of the administration" },
      "data-loss": { onprem: "Backup outside the DAG and a restore tested every year", online: "A backup with another provider" },
    },
  },
  legalColumns: ["Option", "Assessment", "Sources"],
};
