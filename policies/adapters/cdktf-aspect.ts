// Enforcement point 1: a cdktf Aspect that runs the rules over a stack's own Terraform
// JSON when it is synthesized. Errors become error annotations, so `cdktf synth` (and
// `exchange-iac synth`) fail with the rule ID; warnings stay warnings.
// Governance and licence rules judge facts of the organization file, not what a stack declares,
// and the identity rules judge the tenant program (CrossGuard's job); they run in `exchange-iac check`.
// Dated rules stay out too: whether synth succeeds must not change with the calendar.
import { Annotations, TerraformStack, type IAspect } from "cdktf";
import type { IConstruct } from "constructs";
import { inventoryFromSynth, type TerraformJson } from "../../inventory/terraform";
import type { OrganizationFile } from "../../model/schema";
import { todayUtc } from "../dates";
import { evaluate } from "../engine";
import { describeLocation } from "../report/text";
import type { HostingOption, Rule } from "../types";

export class PolicyAspect implements IAspect {
  constructor(
    private readonly props: {
      rules: Rule[];
      option: HostingOption;
      org: OrganizationFile;
      documents: Record<string, unknown>;
    },
  ) {}

  visit(node: IConstruct): void {
    if (!(node instanceof TerraformStack)) return;
    const resources = inventoryFromSynth(node.node.id, node.toTerraform() as TerraformJson);
    const rules = this.props.rules.filter((rule) => judgesStacks(rule));
    const input = { option: this.props.option, org: this.props.org, resources, documents: this.props.documents, asOf: todayUtc() };
    for (const finding of evaluate(rules, input)) {
      const text = `[${finding.ruleId}] ${finding.status === "undecided" ? "could not decide: " : ""}${finding.message} (${describeLocation(finding)})`;
      if (finding.waiver) Annotations.of(node).addInfo(`${text}; waived: ${finding.waiver.reason}`);
      else if (finding.severity === "error") Annotations.of(node).addError(text);
      else Annotations.of(node).addWarning(text);
    }
  }
}

export function judgesStacks(rule: Rule): boolean {
  return !rule.id.startsWith("GOV-") && !rule.id.startsWith("LIC-") && !rule.id.startsWith("IAM-") && !rule.dated;
}
