import { join, relative } from "node:path";
import type { Command } from "commander";
import { synthesize, synthesizePortfolio } from "../../stacks/app";
import { STACKS, type StackId } from "../../stacks/registry";
import { EXIT_OK } from "../io";
import type { CommandContext } from "../main";
import { InputError } from "../../model/input-error";

export function synthCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("synth")
    .description("write the Terraform JSON of each option's stack (no cdktf CLI, no network); with --config <directory>, per organization in <out>/<name>/")
    .option("--out <dir>", "output directory", "cdktf.out")
    .option("--stack <id...>", `only these stacks (${STACKS.map((stack) => stack.id).join(", ")})`)
    .action((flags: { out: string; stack?: string[] }) => {
      const { options, io, loadOrganization, loadPortfolio } = context();
      const known = STACKS.map((stack) => stack.id as string);
      const unknown = flags.stack?.find((id) => !known.includes(id));
      if (unknown) throw new InputError("--stack", JSON.stringify(unknown), `one of ${known.join(", ")}`);
      const only = flags.stack as StackId[] | undefined;
      // --config <directory>: <out>/<organization>/stacks/<id> for every organization file.
      const portfolio = loadPortfolio();
      const written = portfolio ? synthesizePortfolio(portfolio.map((entry) => ({ ...entry, file: join(options.config, entry.file) })), flags.out, only) : synthesize(loadOrganization(), flags.out, only);
      io.stdout.write(options.format === "json" ? `${JSON.stringify({ written }, null, 2)}\n` : written.map((path) => `wrote ${relative(process.cwd(), path)}\n`).join(""));
      exit(EXIT_OK);
    });
}
