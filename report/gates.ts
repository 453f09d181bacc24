// Legal and governance prerequisites as gates, not as risk points: an option whose
// prerequisites are unmet (blocking GOV, RET and LIC findings, a missing 10 kap. 2 a § OSL
// assessment, mail deleted beyond what a gallringsbeslut covers, KLASSA availability 4 without
// its own analysis) is recommended only on conditions. Each condition is a named document or
// measure with the law behind it. They never enter the risk scores, so a failure added to one
// option can only move it down (report/decision.ts).
import type { OptionId } from "../cost/types";
import type { Catalog } from "../i18n/catalog";
import type { OrganizationFile } from "../model/schema";
import type { Finding } from "../policies/types";
import { isBlocking } from "../policies/waivers";
import type { SourceId } from "../sources";
import { sourcesOfRule } from "./risk/findings";

export interface Condition {
  /** The policy rule that found it (JSON only), or "KLASSA-T4". */
  rule: string;
  /** The document or measure to be in place before the decision takes effect, as the paper says it. */
  text: string;
  /** The law or guidance it rests on, in citation form. */
  law: string;
  sources: SourceId[];
  /** False where no document or measure meets it while the option stays as declared (e.g. level 4 in e-mail). */
  remediable: boolean;
}

/** Legal and governance areas whose blocking findings are prerequisites, not risks. */
const GATE_AREAS = ["GOV", "RET", "LIC"];
/** Rules whose every unwaived finding is a prerequisite: the OSL assessment (incoming mail), deletion beyond a decision's reach. */
const GATE_AT_ANY_SEVERITY = new Set(["GOV-03", "RET-01"]);
const UNREMEDIABLE = new Set(["GOV-02"]);

export function isGateFinding(f: Pick<Finding, "ruleId" | "severity" | "waiver">): boolean {
  if (f.waiver) return false;
  return GATE_AT_ANY_SEVERITY.has(f.ruleId) || (GATE_AREAS.includes(f.ruleId.split("-")[0]!) && isBlocking(f as Finding));
}

/** The conditions of one option, one per rule, in rule order; KLASSA availability 4 adds its own. */
export function conditionsOf(option: OptionId, org: OrganizationFile, findings: Finding[], c: Catalog): Condition[] {
  const words = c.council.conditions;
  const rules = [...new Set(findings.filter((f) => f.option === option && isGateFinding(f)).map((f) => f.ruleId))].sort();
  const out: Condition[] = rules.map((rule) => {
    const said = words.byRule[rule as keyof typeof words.byRule] ?? words.otherRule;
    const { text, law } = said(conditionFacts(org));
    return { rule, text, law, sources: sourcesOfRule(rule), remediable: !UNREMEDIABLE.has(rule) };
  });
  if (org.classification.email.availability >= 4) {
    const { text, law } = words.availability4;
    out.push({ rule: "KLASSA-T4", text, law, sources: ["skr-klassa", "msb-metodstod-riskhantering"], remediable: true });
  }
  return out;
}

export interface ConditionFacts {
  /** The decision on logs (id and years) the message trace must follow. */
  logDecision?: { id: string; years: number };
  /** Decisions on mailbox content applied to every message. */
  wholeMailboxDecisions: string[];
}

function conditionFacts(org: OrganizationFile): ConditionFacts {
  const logs = org.retention.deletionDecisions.filter((d) => d.appliesTo === "logs").sort((a, b) => b.retainYears - a.retainYears)[0];
  return {
    ...(logs ? { logDecision: { id: logs.id, years: logs.retainYears } } : {}),
    wholeMailboxDecisions: org.retention.deletionDecisions.filter((d) => d.appliesTo === "mailbox-content" && d.contentMatchQuery === undefined).map((d) => d.id),
  };
}
