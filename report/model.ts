// The comparison of the two options as data: what comparison.json holds and what the
// decision paper (markdown, HTML, PDF) shows. Every score carries the facts that produced
// it and every fact its public sources; the recommendation is computed from the scores and
// the organization's weights (report/decision.ts), never written by hand.
import type { OptionId } from "../cost/types";
import type { Lang } from "../i18n/lang";
import type { Severity } from "../policies/types";
import type { SourceId } from "../sources";
import type { Condition } from "./gates";
import type { UnpricedFlip } from "./unpriced-flips";
import type { ScenarioRisk } from "./risk/scenarios";

export type DataKind = "mail-content" | "backups" | "logs" | "keys" | "management-metadata";
export const DATA_KINDS: readonly DataKind[] = ["mail-content", "backups", "logs", "keys", "management-metadata"];

export interface DataLocation {
  data: DataKind;
  /** Where the data lives, e.g. "mailbox databases in Serverhall Nya and Serverhall Gamla". */
  location: string;
  /** Who operates the place it lives. */
  operator: string;
  /** Jurisdictions that can reach it: where it is stored and, for a foreign operator, its home law. */
  jurisdictions: string[];
  /** A US provider can be compelled under the CLOUD Act even for data in an EU region. */
  cloudActExposure: boolean;
  /** Facts of the configuration this entry was derived from. */
  basis: string[];
}

export type RiskDimension = "confidentiality" | "integrity" | "availability" | "traceability" | "legal" | "technical" | "economic";
export const RISK_DIMENSIONS: readonly RiskDimension[] = ["confidentiality", "integrity", "availability", "traceability", "legal", "technical", "economic"];
/** The four aspects of information security (KRTS), in the order the paper treats them. */
export const SECURITY_DIMENSIONS: readonly RiskDimension[] = ["confidentiality", "integrity", "availability", "traceability"];

/** The legal questions, each counted once (a reason belongs to exactly one). */
export type LegalTopic = "osl" | "gdpr" | "cloud-act" | "archives" | "cybersecurity";
export const LEGAL_TOPICS: readonly LegalTopic[] = ["osl", "gdpr", "cloud-act", "archives", "cybersecurity"];

export interface RiskReason {
  /** Points this fact adds to the score (0 for facts that lower nothing but are shown). */
  points: number;
  fact: string;
  /** The public sources the judgement rests on (sources/); at least one. */
  sources: SourceId[];
  /** Price catalog ids whose public sources back an economic fact (cost/catalog/prices.yaml). */
  prices?: string[];
  /** Fields of the organization file or resources the fact was read from. */
  basis: string[];
  /** For legal reasons: the question it answers. */
  topic?: LegalTopic;
  /** A policy finding counted as a reason: its rule id. */
  rule?: string;
}

export type RiskLevel = "low" | "medium" | "high";

export interface RiskScore {
  dimension: RiskDimension;
  /** 1 (low) to 5 (high): 1 plus the points of the reasons, at most 5. */
  score: number;
  level: RiskLevel;
  reasons: RiskReason[];
}

export type FindingCounted = "finding" | "fact" | "prerequisite" | "condition";

export interface FindingSummary {
  ruleId: string;
  severity: Severity;
  status: "fail" | "undecided";
  /** In English, as `check` reports it. */
  message: string;
  /** The message in the comparison's language (`lang`). */
  text: string;
  waived: boolean;
  blocking: boolean;
  /**
   * How the finding weighs in the risk matrix: "finding", it adds its own points; "fact", a fact
   * reason already counts what it found; "prerequisite", a step before going live, never scored;
   * "condition", a legal or governance prerequisite: a condition of the decision (report/gates.ts), never scored.
   */
  counted: FindingCounted;
}

export interface OptionComparison {
  option: OptionId;
  title: string;
  resources: { total: number; byType: Record<string, number> };
  cost: {
    oneOff: number;
    /** Cash per year (SEK), index 0 = year 1. */
    perYear: number[];
    cumulative: number[];
    /** Cash over the planning years, including in-house staff. */
    tco: number;
    /** Cash outside in-house staff: what the option adds to the budget. */
    externalCash: number;
    /** In-house staff time over the period (part of the TCO). */
    staff: number;
    amortized: number;
    unpricedItems: number;
  };
  findings: { bySeverity: Record<Severity, number>; blocking: number; waived: number; undecided: number; list: FindingSummary[] };
  dataLocation: DataLocation[];
  risk: RiskScore[];
  /** Legal and governance prerequisites still unmet: conditions before a decision for this option takes effect. */
  conditions: Condition[];
  /** The threat scenarios with likelihood, consequence, level, acceptance and residual risk (report/risk/scenarios.ts). */
  scenarios: ScenarioRisk[];
}

/** One row of the calculation: weight x score per option. */
export interface DecisionRow {
  dimension: RiskDimension;
  weight: number;
  score: Record<OptionId, number>;
  weighted: Record<OptionId, number>;
}

/** The weight at which the recommendation changes, holding every other weight. */
export interface WeightFlip {
  dimension: RiskDimension;
  weight: number;
  /** The weight past which the other option is recommended; null if no weight from 0 to 10 does it. */
  flipAt: number | null;
  /** "above": raising the weight past flipAt changes it; "below": lowering it. */
  direction: "above" | "below";
}

export interface Decision {
  weights: Record<RiskDimension, number>;
  rows: DecisionRow[];
  /** Sum of weight x score, and that sum divided by the sum of the weights (1-5). */
  totals: Record<OptionId, { weighted: number; average: number }>;
  recommended: OptionId;
  other: OptionId;
  /**
   * "unconditional": no legal prerequisite is unmet; "conditional": the recommended option's
   * conditions must be met before the decision takes effect; "other-option": the option the
   * scores favour has a prerequisite no measure meets, so the other one is recommended.
   */
  basis: "unconditional" | "conditional" | "other-option";
  /** The recommended option's conditions (as in its OptionComparison). */
  conditions: Condition[];
  /** The option the weighted risk scores alone favour. */
  scoredBest: OptionId;
  /** True when the weighted averages are equal and the lower TCO decided. */
  tieBrokenByCost: boolean;
  /** The (up to) three dimensions that carry the recommendation, largest weighted advantage first. */
  carriers: { dimension: RiskDimension; advantage: number; reason: string }[];
  weightFlips: WeightFlip[];
  /** The flip that needs the smallest change of one weight. */
  nearestFlip: WeightFlip | null;
  /**
   * How much the recommended option's TCO would have to rise (other facts unchanged) before the
   * other option is recommended, and the TCO difference (recommended minus other) it gives.
   * Null when no price change alone changes the recommendation.
   */
  priceFlip: { increaseSEK: number; differenceSEK: number } | null;
}

export interface KeyFigureView {
  id: string;
  label: string;
  valueSEK: number;
}

/**
 * The seat-licence difference and the Exchange server licences under one licence situation: the
 * organization's own and three a licensing partner compares it with.
 */
export interface LicenceScenario {
  id: "organization" | "extended-use-rights" | "csp-subscription" | "cal-equivalent-plans" | "without-cal-rights";
  label: string;
  onpremSeatsSEK: number;
  onlineSeatsSEK: number;
  /** On-prem minus online (positive: on-prem dearer). */
  differenceSEK: number;
  /** Exchange server licences on-prem in this situation (0 where the Extended Use Rights cover them). */
  serversSEK: number;
}

export interface SensitivityView {
  driver: string;
  /** -20 or +20. */
  changePercent: number;
  tco: Record<OptionId, number>;
  cheaper: OptionId;
  flipsCheaper: boolean;
  /** The recommendation with these prices (economic scores recomputed, other facts unchanged). */
  recommended: OptionId;
  flipsRecommendation: boolean;
}

export interface Economics {
  /** The municipality's three key figures: migration, on-prem expansion, seat-licence difference. */
  keyFigures: KeyFigureView[];
  licenceScenarios: LicenceScenario[];
  owned: { option: OptionId; description: string; quantity: string; valueSEK: number }[];
  unpriced: { option: OptionId; description: string; reason: string }[];
  /** Per unpriced item (same order): the price at which the recommendation changes (report/unpriced-flips.ts). */
  unpricedFlips: UnpricedFlip[];
  sensitivity: SensitivityView[];
}

/** What the organization file records for the legal questions (shown, not scored twice). */
export interface LegalFacts {
  oslAssessment?: { date: string; approvedBy: string; reference?: string };
  dpia?: { reviewed: string; reference?: string };
  transferBasis?: { mechanism: "dpf-adequacy" | "scc"; transferImpactAssessment?: string; sccFallback: boolean };
  processorAgreement?: { signed: string; subProcessorCountries: string[] };
  deletionDecisions: { id: string; what: string; retainYears: number; appliesTo: "mailbox-content" | "logs" }[];
  leaverMailboxes: "retain" | "delete";
  incidentRunbook?: { csirtEarlyWarningHours: number; csirtNotificationHours: number; csirtFinalReportDays: number; imyNotificationHours: number };
  maxConfidentialityInEmail: number;
}

export interface TechnicalFacts {
  mailboxServers: number;
  edgeServers: number;
  copiesPerDatabase: number;
  laggedCopy: boolean;
  witness: string;
  cpuAtWorstFailure: number;
  maintenancePassesPerYear: number;
  onlineSlaPercent: number;
}

/** A property of this tool, not of either option: shown apart and never scored. */
export interface ToolNote {
  text: string;
  sources: SourceId[];
}

export interface Citation {
  /** 1-based number the paper cites it by, in order of first citation. */
  number: number;
  key: string;
  title: string;
  url: string;
}

/** The head of the tjänsteskrivelse, from the organization file (decision.case). */
export interface CaseFile {
  reference: string;
  department: string;
  officer: string;
  approvedBy?: string;
  decidedBy: "council" | "executive-board";
  background?: string;
}

/** One of the organization's own records the assessment rests on (Beslutsunderlag). */
export interface SupportingDocument {
  kind: "dpia" | "processor" | "decision" | "guidelines" | "exitPlan" | "osl" | "trace";
  reference?: string;
  date?: string;
  /** What a deletion decision covers. */
  what?: string;
  /** False when the document is missing (a condition names it). */
  present: boolean;
}

export interface Comparison {
  kind: "exchange-iac-comparison";
  version: 2;
  lang: Lang;
  organization: string;
  /** The day dated policy facts were judged against (--as-of). */
  asOf: string;
  years: number;
  currency: "SEK";
  classification: { confidentiality: number; integrity: number; availability: number };
  options: OptionComparison[];
  /** Which option is cheaper over the planning years (cash including staff), and by how much. */
  cheaper: { option: OptionId; bySEK: number };
  decision: Decision;
  economics: Economics;
  legal: LegalFacts;
  case?: CaseFile;
  documents: SupportingDocument[];
  riskAcceptance: { acceptUpTo: number; treatUpTo: number };
  technical: TechnicalFacts;
  toolNotes: ToolNote[];
  /** Assumptions the figures rest on, one sentence each. */
  assumptions: string[];
  sources: Citation[];
}
