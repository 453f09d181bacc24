import { relative } from "node:path";
import type { Command } from "commander";
import { STACK_IDS, type StackId } from "../../stacks/stack-ids";
import { EXIT_OK } from "../io";
import type { CommandContext } from "../main";
import { InputError } from "../../model/input-error";
import { jobsOption } from "../portfolio/pool";

export function synthCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("synth")
    .description("write the Terraform JSON of each option's stack (no cdktf CLI, no network); with --config <directory>, per organization in <out>/<name>/")
    .option("--out <dir>", "output directory", "cdktf.out")
    .option("--stack <id...>", `only these stacks (${STACK_IDS.join(", ")})`)
    .option("--local-state", "keep Terraform state in a local file even where the organization file declares remote state (azure.state)")
    .addOption(jobsOption())
    .action(async (flags: { out: string; stack?: string[]; jobs: number; localState?: boolean }) => {
      const { options, io, loadOrganization, loadPortfolio, portfolioPool } = context();
      const known: readonly string[] = STACK_IDS;
      const unknown = flags.stack?.find((id) => !known.includes(id));
      if (unknown) throw new InputError("--stack", JSON.stringify(unknown), `one of ${known.join(", ")}`);
      const only = flags.stack as StackId[] | undefined;
      // --config <directory>: <out>/<organization>/stacks/<id> for every organization file.
      const portfolio = await loadPortfolio(flags.jobs);
      const { synthesize, synthesizePortfolio } = await import("../../stacks/app");
      const written = portfolio
        ? await synthesizePortfolio(flags.out, (staging) => portfolioPool(flags.jobs).map("synth", portfolio, { staging, directory: options.config, only, localState: flags.localState }))
        : synthesize(loadOrganization(), flags.out, only, flags.localState);
      io.stdout.write(options.format === "json" ? `${JSON.stringify({ written }, null, 2)}\n` : written.map((path) => `wrote ${relative(process.cwd(), path)}\n`).join(""));
      exit(EXIT_OK);
    });
}
