// The contract every rule follows. A rule judges generated artifacts (through the
// inventory) and the governance facts of the organization file; it never reaches into
// a construct. Severities, scopes and IDs are the contract published in policies/RULES.md.
import type { InventoryResource } from "../inventory/terraform";
import type { OrganizationFile } from "../model/schema";
import type { SourceId } from "../sources";
import type { Said } from "./say";

export type HostingOption = "onprem" | "online";
export type Severity = "error" | "warning";
export type AppliesTo = HostingOption | "both";

/** Where a finding points: a key of the organization file, a Terraform resource, or a document path. */
export type FindingLocation =
  | { kind: "organization"; path: string }
  | { kind: "resource"; stack: string; address: string }
  | { kind: "document"; document: string; path: string };

/**
 * What one check concluded. "undecided" (an unresolved token, a missing input) is never a pass.
 * `severity` lowers one outcome below the rule's own where the catalog says so (e.g. DMARC
 * p=quarantine is a warning under the error rule EXO-05).
 */
export type Outcome =
  | { status: "fail"; message: string; messages: Said; location: FindingLocation; severity?: Severity }
  | { status: "undecided"; message: string; messages: Said; location: FindingLocation; severity?: Severity };

/** Everything a rule may read for one hosting option. */
export interface PolicyInput {
  option: HostingOption;
  org: OrganizationFile;
  /** Azure resources of the option's stack(s), from cdk.tf.json or a plan. */
  resources: InventoryResource[];
  /** Generated configuration documents of the option, by name. */
  documents: Record<string, unknown>;
  /** The day the check is made (YYYY-MM-DD), for rules about dates. */
  asOf: string;
}

export interface Rule {
  id: string;
  title: string;
  severity: Severity;
  appliesTo: AppliesTo;
  basis: string;
  /** The public sources the rule's basis and remediation rest on (sources/); RULES.md links them. */
  sources: SourceId[];
  remediation: string;
  /**
   * True for a step to take before going live (a deployment prerequisite, a manual step in an
   * admin center): reported by check, but not a risk of the option, so the comparison does not
   * score it.
   */
  prerequisite?: boolean;
  /** True where the verdict depends on the day of the check (a review or test date). */
  dated?: boolean;
  check(input: PolicyInput): Outcome[];
}

export interface Waiver {
  reason: string;
  approvedBy: string;
  expires: string;
}

export interface Finding {
  ruleId: string;
  title: string;
  severity: Severity;
  option: HostingOption;
  status: Outcome["status"];
  /** In English, for JSON, SARIF and the adapters. */
  message: string;
  /** The message in every language, for the paper and `check` as text. */
  messages: Said;
  location: FindingLocation;
  /** Present when a valid waiver covers the finding: it is reported but does not block. */
  waiver?: Waiver;
}
