// Builds the comparison from the artifacts of one run, in one language: per option the
// resources, cost, findings, data-location map and risk matrix; then the computed
// recommendation, the economics view, the legal and technical facts, and the sources cited.
import { catalog, type Catalog } from "../i18n/catalog";
import type { Lang } from "../i18n/lang";
import { sizeOrganization } from "../model/sizing/sizing";
import type { OrganizationFile } from "../model/schema";
import { isBlocking } from "../policies/waivers";
import type { CostEstimate } from "../cost/estimate";
import { priceName } from "../cost/said";
import type { OptionId } from "../cost/types";
import type { Artifacts } from "./artifacts";
import { citationsOf } from "./citations";
import { dataLocationMap } from "./data-location";
import { decide } from "./decision";
import { conditionsOf, isGateFinding } from "./gates";
import { unpricedFlips } from "./unpriced-flips";
import { scenarioRisks } from "./risk/scenarios";
import type { SourceId } from "../sources";
import { economicsView } from "./economics";
import type { Comparison, LegalFacts, OptionComparison, SupportingDocument, TechnicalFacts, ToolNote } from "./model";
import { countedRules, EXO_SLA, riskMatrix, type RiskInput } from "./risk/dimensions";
import { countedAs } from "./risk/findings";
import { exchangeServers } from "../cost/counts";

/** `withUnpricedFlips: false` is for the searches of report/unpriced-flips.ts, which need the decision only. */
export function buildComparison(a: Artifacts, lang: Lang, withUnpricedFlips = true): Comparison {
  const c = catalog(lang);
  const sizing = sizeOrganization(a.org);
  const options = a.options.map<OptionComparison>(({ option, resources, documents }) => {
    const findings = a.findings.filter((f) => f.option === option);
    const cost = a.cost.options.find((o) => o.option === option)!;
    const dataLocation = dataLocationMap({ option, org: a.org, resources, documents, t: c.report });
    const input: RiskInput = { option, org: a.org, asOf: a.asOf, sizing, resources, documents, findings, cost: a.cost, dataLocation, t: c.report, format: c.format };
    const counted = countedRules(input);
    const conditions = conditionsOf(option, a.org, a.findings, c);
    const byType: Record<string, number> = {};
    for (const r of resources) byType[r.type] = (byType[r.type] ?? 0) + 1;
    return {
      option,
      title: c.report.option[option],
      resources: { total: resources.length, byType: Object.fromEntries(Object.entries(byType).sort(([x], [y]) => x.localeCompare(y))) },
      cost: {
        oneOff: Math.round(cost.totals.oneOff),
        perYear: cost.totals.cashPerYear.map(Math.round),
        // Summed from the rounded years, so the report's figures add up as a reader checks them.
        cumulative: runningTotal(cost.totals.cashPerYear.map(Math.round)),
        tco: Math.round(cost.totals.cash),
        externalCash: Math.round(cost.totals.externalCash),
        staff: Math.round(cost.totals.byCategory.staff),
        amortized: Math.round(cost.totals.amortized),
        unpricedItems: a.cost.unpriced.filter((u) => u.option === option).length,
      },
      findings: {
        bySeverity: { error: findings.filter((f) => f.severity === "error").length, warning: findings.filter((f) => f.severity === "warning").length },
        blocking: findings.filter(isBlocking).length,
        waived: findings.filter((f) => f.waiver).length,
        undecided: findings.filter((f) => f.status === "undecided").length,
        list: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, status: f.status, message: f.message, text: f.messages[lang], waived: Boolean(f.waiver), blocking: isBlocking(f), counted: isGateFinding(f) ? "condition" : countedAs(f.ruleId, counted) })),
      },
      dataLocation,
      risk: riskMatrix(input, counted),
      conditions,
      scenarios: scenarioRisks(option, a.org, conditions),
    };
  });
  const [cheap, dear] = [...options].sort((x, y) => x.cost.tco - y.cost.tco) as [OptionComparison, OptionComparison];
  const weights = a.org.decision.weights;
  const toolNotes = toolNotesOf(c);
  const decision = decide(options, weights);
  return {
    kind: "exchange-iac-comparison",
    version: 2,
    lang,
    organization: a.org.organization.name,
    asOf: a.asOf,
    years: a.cost.years,
    currency: "SEK",
    classification: a.org.classification.email,
    options,
    cheaper: { option: cheap.option as OptionId, bySEK: dear.cost.tco - cheap.cost.tco },
    decision,
    economics: { ...economicsView(a.cost, options, weights, c), unpricedFlips: withUnpricedFlips ? unpricedFlips(a, decision, (priced) => buildComparison(priced, lang, false).decision.recommended) : [] },
    legal: legalFacts(a.org),
    ...(a.org.decision.case ? { case: a.org.decision.case } : {}),
    documents: supportingDocuments(a.org),
    riskAcceptance: a.org.decision.riskAcceptance,
    technical: technicalFacts(a, sizing),
    toolNotes,
    assumptions: assumptions(a.asOf, a.cost, c),
    sources: citationsOf(options, toolNotes, a.cost, lang, [...COUNCIL_SOURCES, ...options.flatMap((o) => o.scenarios.flatMap((x) => x.sources))]),
  };
}

/** What the council paper cites besides the reasons: the Local Government Act, MBL, the risk method's guidance. */
export const COUNCIL_SOURCES = ["riksdagen-kommunallag", "riksdagen-mbl", "msb-metodstod-riskhantering", "skr-molntjanster", "esam-molnfragan", "skr-klassa"] as const satisfies readonly SourceId[];

function toolNotesOf(c: Catalog): ToolNote[] {
  return [
    { text: c.report.tool.cdktf, sources: ["github-terraform-cdk"] },
    { text: c.report.tool.invokeCommand, sources: ["learn-exo-powershell"] },
  ];
}

function legalFacts(org: OrganizationFile): LegalFacts {
  const g = org.governance;
  return {
    ...(g.oslSuitabilityAssessment ? { oslAssessment: g.oslSuitabilityAssessment } : {}),
    ...(g.dpia ? { dpia: g.dpia } : {}),
    ...(g.transferBasis ? { transferBasis: g.transferBasis } : {}),
    ...(g.processorAgreement ? { processorAgreement: g.processorAgreement } : {}),
    deletionDecisions: org.retention.deletionDecisions.map(({ id, what, retainYears, appliesTo }) => ({ id, what, retainYears, appliesTo })),
    leaverMailboxes: org.retention.leaverMailboxes,
    ...(g.incidentRunbook ? { incidentRunbook: g.incidentRunbook } : {}),
    maxConfidentialityInEmail: org.classification.maxConfidentialityInEmail ?? org.classification.email.confidentiality,
  };
}

/** The organization's own records, in the order a Beslutsunderlag lists them; the OSL assessment and the trace export also when missing online. */
function supportingDocuments(org: OrganizationFile): SupportingDocument[] {
  const g = org.governance;
  const online = org.online.providerJurisdiction === "non-EU";
  return [
    { kind: "guidelines", present: Boolean(g.emailGuidelines), ...(g.emailGuidelines?.reference ? { reference: g.emailGuidelines.reference } : {}), ...(g.emailGuidelines ? { date: g.emailGuidelines.adopted } : {}) },
    { kind: "dpia", present: Boolean(g.dpia), ...(g.dpia?.reference ? { reference: g.dpia.reference } : {}), ...(g.dpia ? { date: g.dpia.reviewed } : {}) },
    { kind: "processor", present: Boolean(g.processorAgreement), ...(g.processorAgreement?.reference ? { reference: g.processorAgreement.reference } : {}), ...(g.processorAgreement ? { date: g.processorAgreement.signed } : {}) },
    ...(online || g.oslSuitabilityAssessment
      ? [{ kind: "osl" as const, present: Boolean(g.oslSuitabilityAssessment), ...(g.oslSuitabilityAssessment?.reference ? { reference: g.oslSuitabilityAssessment.reference } : {}), ...(g.oslSuitabilityAssessment ? { date: g.oslSuitabilityAssessment.date } : {}) }]
      : []),
    ...org.retention.deletionDecisions.map((d) => ({ kind: "decision" as const, present: true, reference: d.id, what: d.what })),
    { kind: "trace", present: Boolean(org.online.messageTraceExport), ...(org.online.messageTraceExport?.reference ? { reference: org.online.messageTraceExport.reference } : {}) },
    { kind: "exitPlan", present: Boolean(g.exitPlan), ...(g.exitPlan?.reference ? { reference: g.exitPlan.reference } : {}), ...(g.exitPlan ? { date: g.exitPlan.date } : {}) },
  ];
}

function technicalFacts(a: Artifacts, sizing: ReturnType<typeof sizeOrganization>): TechnicalFacts {
  const o = a.org.onprem;
  const w = a.org.sites.witness;
  return {
    mailboxServers: exchangeServers(sizing).mailbox,
    edgeServers: exchangeServers(sizing).edge,
    copiesPerDatabase: o.dag.copiesPerDatabase,
    laggedCopy: o.dag.laggedCopy,
    witness: w.kind === "azure-vm" ? `Azure (${w.region})` : w.name,
    cpuAtWorstFailure: Math.round(sizing.utilisation.cpuAtWorstFailure * 100),
    maintenancePassesPerYear: a.org.cost.usage.onpremMaintenanceWindowsPerYear,
    onlineSlaPercent: EXO_SLA * 100,
  };
}

function assumptions(asOf: string, cost: CostEstimate, c: Catalog): string[] {
  const a = c.report.assumption;
  const low = cost.prices.filter((p) => p.confidence === "low" && !p.overridden).map((p) => priceName(p.id, c.lang));
  const rates = cost.exchangeRates.filter((r) => r.currency !== "SEK").map((r) => `${r.currency} ${c.format.decimal(r.sekPerUnit, 2)}`);
  return [
    a.asOf(asOf),
    a.years(cost.years),
    cost.usageChanged.length ? a.usageChanged(cost.usageChanged.map((key) => `${key} = ${String(cost.usage[key])}`).join(", ")) : a.usageDefault,
    ...(low.length ? [a.lowConfidence(c.format.list(low))] : []),
    ...(rates.length ? [a.rate(rates.join("; "))] : []),
    a.otherFacts,
  ];
}

function runningTotal(values: number[]): number[] {
  let sum = 0;
  return values.map((value) => (sum += value));
}
