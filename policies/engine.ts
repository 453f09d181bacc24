// Runs the rules that apply to an option over its inputs and turns outcomes into findings.
import { upcomingErrors } from "./early-warning";
import { applyWaivers } from "./waivers";
import type { Finding, PolicyInput, Rule } from "./types";

export function appliesTo(rule: Rule, option: PolicyInput["option"]): boolean {
  return rule.appliesTo === "both" || rule.appliesTo === option;
}

export function evaluate(rules: Rule[], input: PolicyInput): Finding[] {
  const findings = rules
    .filter((rule) => appliesTo(rule, input.option))
    .flatMap((rule) => {
      const today = rule.check(input);
      return [...today, ...upcomingErrors(rule, input, today)].map<Finding>((outcome) => ({
        ruleId: rule.id,
        title: rule.title,
        severity: outcome.severity ?? rule.severity,
        option: input.option,
        status: outcome.status,
        message: outcome.message,
        messages: outcome.messages,
        location: outcome.location,
      }));
    });
  return applyWaivers(findings, input.org, input.asOf).sort(compareFindings);
}

function compareFindings(a: Finding, b: Finding): number {
  return a.option.localeCompare(b.option) || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
