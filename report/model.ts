// The comparison of the two options as data: what comparison.json holds and what the
// markdown and HTML renderers show. Every score carries the facts that produced it.
import type { OptionId } from "../cost/types";
import type { Severity } from "../policies/types";

export type DataKind = "mail-content" | "backups" | "logs" | "keys" | "management-metadata";
export const DATA_KINDS: readonly DataKind[] = ["mail-content", "backups", "logs", "keys", "management-metadata"];
export const DATA_KIND_LABEL: Record<DataKind, string> = {
  "mail-content": "Mail content",
  backups: "Backups",
  logs: "Logs",
  keys: "Keys",
  "management-metadata": "Management metadata",
};

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

export interface RiskReason {
  /** Points this fact adds to the score (0 for facts that lower nothing but are shown). */
  points: number;
  fact: string;
  /** Where the judgement comes from (reference file and section, or a rule id). */
  source: string;
}

export interface RiskScore {
  dimension: RiskDimension;
  /** 1 (low) to 5 (high): 1 plus the points of the reasons, at most 5. */
  score: number;
  level: "low" | "medium" | "high";
  reasons: RiskReason[];
}

export interface FindingSummary {
  ruleId: string;
  severity: Severity;
  status: "fail" | "undecided";
  message: string;
  waived: boolean;
  blocking: boolean;
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
    amortized: number;
    unpricedItems: number;
  };
  findings: { bySeverity: Record<Severity, number>; blocking: number; waived: number; undecided: number; list: FindingSummary[] };
  dataLocation: DataLocation[];
  risk: RiskScore[];
}

export interface Comparison {
  kind: "exchange-iac-comparison";
  version: 1;
  organization: string;
  /** The day dated policy facts were judged against (--as-of). */
  asOf: string;
  years: number;
  currency: "SEK";
  options: OptionComparison[];
  /** Which option is cheaper over the planning years (cash including staff), and by how much. */
  cheaper: { option: OptionId; bySEK: number };
}
