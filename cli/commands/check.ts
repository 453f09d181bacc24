import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { Option, type Command } from "commander";
import { InputError } from "../../model/input-error";
import { INPUT_LIMITS, readBoundedText } from "../../model/read-bounded";
import type { HostingOption, Rule } from "../../policies/types";
import { langFlag } from "../../i18n/lang";
import { EXIT_BLOCKING_FINDINGS, EXIT_OK } from "../io";
import type { CommandContext } from "../main";

interface CheckFlags {
  option?: "onprem" | "online" | "both";
  plan?: string;
  asOf?: string;
  out?: string;
}

export function checkCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("check")
    .description("run the policy catalog over the chosen option's generated artifacts (both before a decision); exit 1 on any unwaived error")
    // Once the council has decided, the other option's findings (an overdue restore test of servers never built) must not block.
    .addOption(new Option("--option <option>", "which hosting option to judge (default: decision.chosenOption, else both)").choices(["onprem", "online", "both"]))
    .option("--plan <file>", "judge this `terraform show -json` plan instead of the synthesized stack (needs --option onprem or online)")
    .option("--as-of <date>", "the day to judge dated facts against (YYYY-MM-DD)", undefined)
    .option("--out <file>", "write the report to a file instead of standard output")
    .action(async (flags: CheckFlags) => {
      const { writeFileAtomic } = await import("../../model/write-file");
      const { RULES } = await import("../../policies/catalog");
      const { todayUtc } = await import("../../policies/dates");
      const { evaluate } = await import("../../policies/engine");
      const { policyInputs, readPlanFile } = await import("../../inventory/option-inputs");
      const { findingsJson } = await import("../../policies/report/json");
      const { toSarif } = await import("../../policies/report/sarif");
      const { renderFindingsText } = await import("../../policies/report/text");
      const { isBlocking } = await import("../../policies/waivers");
      const { options, io, loadOrganization } = context();
      const asOf = flags.asOf ?? todayUtc();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new InputError("--as-of", JSON.stringify(asOf), "a date written YYYY-MM-DD");
      if (flags.plan && flags.option === "both") throw new InputError("--option", '"both"', "onprem or online when --plan is given (a plan belongs to one stack)");
      const org = loadOrganization();
      const chosen = org.decision.chosenOption;
      const option = flags.option ?? chosen ?? "both";
      if (flags.plan && option === "both") throw new InputError("--option", "nothing (and no decision.chosenOption)", "onprem or online when --plan is given (a plan belongs to one stack)");
      if (!flags.option && chosen) io.stderr.write(`judging ${chosen} only, the option decision.chosenOption names; --option both judges both\n`);
      const optionsToCheck: HostingOption[] = option === "both" ? ["onprem", "online"] : [option];
      const plan = flags.plan ? { option: option as HostingOption, resources: readPlanFile(flags.plan, option) } : undefined;
      const findings = (await policyInputs(org, optionsToCheck, asOf, plan)).flatMap((input) => evaluate(RULES, input));

      const report =
        options.format === "json"
          ? `${JSON.stringify(findingsJson(findings, asOf), null, 2)}\n`
          : options.format === "sarif"
            ? `${JSON.stringify(toSarif(findings, sarifContext(RULES, options.config, flags.plan)), null, 2)}\n`
            : renderFindingsText(findings, langFlag(options.lang, org.organization.country));
      if (flags.out) writeFileAtomic(flags.out, report);
      else io.stdout.write(report);
      exit(findings.some(isBlocking) ? EXIT_BLOCKING_FINDINGS : EXIT_OK);
    });
}

function sarifContext(rules: Rule[], configPath: string, planPath?: string) {
  const version = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version as string;
  return {
    rules,
    organizationFile: { uri: relative(process.cwd(), configPath), text: readBoundedText(configPath, "--config", INPUT_LIMITS.organization, "a readable organization file") },
    stackArtifactUri: (stack: string) => (planPath ? relative(process.cwd(), planPath) : `cdktf.out/stacks/${stack}/cdk.tf.json`),
    documentUri: (option: string, document: string) => `cdktf.out/stacks/${option}/${document}`,
    toolVersion: version,
  };
}
