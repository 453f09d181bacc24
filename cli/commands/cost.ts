import { Option, type Command } from "commander";
import type { OptionId } from "../../cost/types";
import { InputError } from "../../model/input-error";
import { STACK_IDS, type StackId } from "../../stacks/stack-ids";
import { EXIT_BLOCKING_FINDINGS, EXIT_OK } from "../io";
import type { CommandContext } from "../main";

export function costCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("cost")
    .description("estimate the cost of each option over the planning years: sourced prices, TCO, sensitivity, unpriced items")
    .addOption(new Option("--option <option>", "which option to price").choices(["onprem", "online", "both"]).default("both"))
    .option("--plan <file>", "price this `terraform show -json` plan instead of the synthesized stack (needs --option onprem or online)")
    .action(async (flags: { option: "onprem" | "online" | "both"; plan?: string }) => {
      const { estimateCost } = await import("../../cost/estimate");
      const { renderCostJson } = await import("../../cost/render/json");
      const { renderCostMarkdown } = await import("../../cost/render/markdown");
      const { renderCostText } = await import("../../cost/render/text");
      const { readPlanFile } = await import("../../inventory/option-inputs");
      const { reportInfeasibleOnprem } = await import("../feasibility");
      const { options, io, loadOrganization } = context();
      if (flags.plan && flags.option === "both") throw new InputError("--option", '"both"', "onprem or online when --plan is given (a plan belongs to one stack)");
      const org = loadOrganization();
      const chosen: OptionId[] = flags.option === "both" ? ["onprem", "online"] : [flags.option];
      if (chosen.includes("onprem") && (await reportInfeasibleOnprem(org, io, "its cost is not estimated (--option online prices the online option alone)", { lang: options.lang }))) return exit(EXIT_BLOCKING_FINDINGS);
      // Azure resources come from the synthesized stacks, never from importing a stack.
      const registered = new Set<string>(STACK_IDS);
      const stacks = chosen.filter((id): id is StackId => registered.has(id as StackId));
      // A plan's planned resources replace its stack's; what it deletes is not priced.
      const planned = flags.plan ? readPlanFile(flags.plan, flags.option).filter((r) => !(r.actions?.length === 1 && r.actions[0] === "delete")) : [];
      const toSynthesize = stacks.filter((id) => !flags.plan || id !== flags.option);
      // cdktf is loaded only when a stack is synthesized (not for a plan of the only option).
      const inventory = [...planned, ...(toSynthesize.length ? (await import("../../inventory/from-stacks")).stackInventory(org, toSynthesize) : [])];
      const estimate = estimateCost(org, inventory, chosen);
      const { langFlag } = await import("../../i18n/lang");
      const lang = langFlag(options.lang, org.organization.country);
      const render = options.format === "json" ? renderCostJson : options.format === "markdown" ? renderCostMarkdown : renderCostText;
      io.stdout.write(render(estimate, lang));
      exit(EXIT_OK);
    });
}
