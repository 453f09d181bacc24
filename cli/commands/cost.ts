import { Option, type Command } from "commander";
import { estimateCost } from "../../cost/estimate";
import { renderCostJson } from "../../cost/render/json";
import { renderCostMarkdown } from "../../cost/render/markdown";
import { renderCostText } from "../../cost/render/text";
import type { OptionId } from "../../cost/types";
import { stackInventory } from "../../inventory/from-stacks";
import { InputError } from "../../model/input-error";
import { readPlanFile } from "../../inventory/option-inputs";
import { STACKS, type StackId } from "../../stacks/registry";
import { reportInfeasibleOnprem } from "../feasibility";
import { EXIT_BLOCKING_FINDINGS, EXIT_OK } from "../io";
import type { CommandContext } from "../main";

export function costCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("cost")
    .description("estimate the cost of each option over the planning years: sourced prices, TCO, sensitivity, unpriced items")
    .addOption(new Option("--option <option>", "which option to price").choices(["onprem", "online", "both"]).default("both"))
    .option("--plan <file>", "price this `terraform show -json` plan instead of the synthesized stack (needs --option onprem or online)")
    .action((flags: { option: "onprem" | "online" | "both"; plan?: string }) => {
      const { options, io, loadOrganization } = context();
      if (flags.plan && flags.option === "both") throw new InputError("--option", '"both"', "onprem or online when --plan is given (a plan belongs to one stack)");
      const org = loadOrganization();
      const chosen: OptionId[] = flags.option === "both" ? ["onprem", "online"] : [flags.option];
      if (chosen.includes("onprem") && reportInfeasibleOnprem(org, io, "its cost is not estimated (--option online prices the online option alone)")) return exit(EXIT_BLOCKING_FINDINGS);
      // Azure resources come from the synthesized stacks, never from importing a stack.
      const registered = new Set(STACKS.map((stack) => stack.id));
      const stacks = chosen.filter((id): id is StackId => registered.has(id as StackId));
      // A plan's planned resources replace its stack's; what it deletes is not priced.
      const planned = flags.plan ? readPlanFile(flags.plan, flags.option).filter((r) => !(r.actions?.length === 1 && r.actions[0] === "delete")) : [];
      const toSynthesize = stacks.filter((id) => !flags.plan || id !== flags.option);
      const inventory = [...planned, ...(toSynthesize.length ? stackInventory(org, toSynthesize) : [])];
      const estimate = estimateCost(org, inventory, chosen);
      const render = options.format === "json" ? renderCostJson : options.format === "markdown" ? renderCostMarkdown : renderCostText;
      io.stdout.write(render(estimate));
      exit(EXIT_OK);
    });
}
