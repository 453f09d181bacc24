// The exchange-iac command line. Exit codes: 0 ok, 1 blocking findings, 2 bad input or usage.
import { Command, CommanderError, Option } from "commander";
import { InputError } from "../model/input-error";
import { EXAMPLE_CONFIG, loadOrganizationFile } from "../model/load";
import type { OrganizationFile } from "../model/schema";
import { EXIT_BAD_INPUT, EXIT_OK, type Io } from "./io";
import { sizingCommand } from "./commands/sizing";
import { synthCommand } from "./commands/synth";

export interface GlobalOptions {
  config: string;
  format: "text" | "json";
}

/** What every command receives: the validated organization and where to write. */
export interface CommandContext {
  options: GlobalOptions;
  io: Io;
  loadOrganization(): OrganizationFile;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command("exchange-iac")
    .description("Compare Exchange Online with an expanded on-prem Exchange, and provision the choice")
    .addOption(new Option("--config <file>", "organization file (YAML or JSON)").default(EXAMPLE_CONFIG, "the built-in example"))
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  const context = (): CommandContext => {
    const options = program.opts<GlobalOptions>();
    return { options, io, loadOrganization: () => loadOrganizationFile(options.config) };
  };
  const setExit = (code: number) => (exitCode = code);
  sizingCommand(program, context, setExit);
  synthCommand(program, context, setExit);

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version are not failures.
    return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
  }
  if (error instanceof InputError) {
    io.stderr.write(`error: ${error.message}\n`);
    return EXIT_BAD_INPUT;
  }
  throw error;
}
