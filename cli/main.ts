// The exchange-iac command line. Exit codes: 0 ok, 1 blocking findings or drift, 2 bad input or
// usage, 3 the command could not finish (I/O, an external tool or a service failed); each
// failure is one line without a stack trace (docs/security.md).
// Only commander and the command definitions load before the arguments are parsed: each
// command imports what it needs inside its action (issue 17), so `--help` and `sizing` load
// neither cdktf nor Pulumi, and the organization loader (zod, yaml) loads before an action.
import { Command, CommanderError, Option } from "commander";
import { EXAMPLE_CONFIG } from "../model/example-config";
import { langFlag } from "../i18n/lang";
import { ExternalFailure, printable } from "../model/external-failure";
import { InputError } from "../model/input-error";
import type { PortfolioEntry } from "../model/organization-directory";
import type { OrganizationFile } from "../model/schema";
import { SynthBlockedError } from "../stacks/synth-blocked-error";
import { COMMAND_HELP, addTeachingHelp, commandPath } from "./help";
import { Pool } from "./portfolio/pool";
import { VERSION } from "./version";
import { EXIT_BAD_INPUT, EXIT_BLOCKING_FINDINGS, EXIT_FAILURE, EXIT_OK, type Io } from "./io";
import { sizingCommand } from "./commands/sizing";
import { synthCommand } from "./commands/synth";
import { checkCommand } from "./commands/check";
import { tenantCommand } from "./commands/tenant";
import { exportCommand } from "./commands/export";
import { costCommand } from "./commands/cost";
import { compareCommand } from "./commands/compare";
import { diffCommand } from "./commands/diff";
import { planCommand } from "./commands/plan";
import { lockCommand } from "./commands/lock";
import { initCommand } from "./commands/init";
import { bootstrapCommand } from "./commands/bootstrap";
import { onpremCommand } from "./commands/onprem";

export interface GlobalOptions {
  config: string;
  format: "text" | "json" | "markdown" | "sarif";
  /** Language of what a person reads (compare, portfolio, diff, check, cost); default Swedish for organization.country SE. */
  lang?: string;
}

/** What every command receives: the validated organization and where to write. */
export interface CommandContext {
  options: GlobalOptions;
  io: Io;
  loadOrganization(): OrganizationFile;
  /**
   * Every organization of `--config <directory>`, read and validated on the worker threads of
   * `jobs` (cli/portfolio); undefined when --config names one file.
   */
  loadPortfolio(jobs: number): Promise<PortfolioEntry[] | undefined>;
  /** The command's worker threads for its portfolio (cli/portfolio), ended when the command ends. */
  portfolioPool(jobs: number): Pool;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode = EXIT_OK;
  const program = new Command("exchange-iac")
    .description("Compare Exchange Online with an expanded on-prem Exchange, and provision the choice")
    .addOption(new Option("--config <file>", "organization file (YAML or JSON); for synth and compare also a directory of them").default(EXAMPLE_CONFIG, "the built-in example"))
    .addOption(new Option("--format <format>", "output format").choices(["text", "json", "markdown", "sarif"]).default("text"))
    .addOption(new Option("--lang <lang>", "language of the reports a person reads: sv or en (default: sv when organization.country is SE, else en)"))
    .version(VERSION, "--version", "print the version of exchange-iac")
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  let loader: (typeof import("../model/organization-directory") & typeof import("../model/load")) | undefined;
  // The organization file a command loaded: an error found later in one of its fields names it.
  let loadedFile: string | undefined;
  let pool: Pool | undefined;
  const portfolioPool = (jobs: number) => (pool ??= new Pool(jobs));
  const context = (): CommandContext => {
    const options = program.opts<GlobalOptions>();
    const { isDirectory, loadOrganizationDirectoryWith, loadOrganizationFile, skippedIn } = loader!;
    return {
      options,
      io,
      loadOrganization: () => {
        // Commands other than synth and compare judge one organization at a time.
        if (isDirectory(options.config)) throw new InputError("--config", JSON.stringify(options.config), "one organization file (a directory of them is accepted by synth and compare)");
        const org = loadOrganizationFile(options.config);
        loadedFile = options.config;
        return org;
      },
      loadPortfolio: async (jobs) => {
        if (!isDirectory(options.config)) return undefined;
        const entries = await loadOrganizationDirectoryWith(options.config, (paths) => portfolioPool(jobs).load(paths));
        // What the folder holds besides organization files is named, so nothing is left out unseen.
        for (const { name, reason } of skippedIn(options.config)) io.stderr.write(`note: ${options.config}: skipped ${JSON.stringify(name)} (${reason})\n`);
        return entries;
      },
      portfolioPool,
    };
  };
  const setExit = (code: number) => (exitCode = code);
  program.hook("preAction", async (_program, command) => {
    const { format, lang } = program.opts<GlobalOptions>();
    rejectUnsupportedFormat(commandPath(command), format);
    // Every command refuses a bad --lang, also those that print no paper (sizing, synth, export).
    if (lang !== undefined) langFlag(lang, undefined);
    const [directory, load] = await Promise.all([import("../model/organization-directory"), import("../model/load")]);
    loader = { ...directory, ...load };
  });
  initCommand(program, context, setExit);
  sizingCommand(program, context, setExit);
  synthCommand(program, context, setExit);
  checkCommand(program, context, setExit);
  tenantCommand(program, context, setExit);
  exportCommand(program, context, setExit);
  costCommand(program, context, setExit);
  compareCommand(program, context, setExit);
  diffCommand(program, context, setExit);
  planCommand(program, context, setExit);
  lockCommand(program, context, setExit);
  bootstrapCommand(program, context, setExit);
  onpremCommand(program, context, setExit);

  addTeachingHelp(program);

  try {
    refuseUnknownCommand(program, argv);
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return reportFailure(error instanceof InputError && loadedFile ? error.inFile(loadedFile) : error, io);
  } finally {
    await pool?.close();
  }
}

function rejectUnsupportedFormat(command: string, format: string): void {
  const supported = COMMAND_HELP[command]?.formats;
  if (supported && !supported.includes(format)) {
    throw new InputError("--format", JSON.stringify(format), `${supported.join(", ")} for the ${command} command`);
  }
}

/** Global options that take a value: their value is not a command name. */
const VALUE_OPTIONS = new Set(["--config", "--format", "--lang"]);

/**
 * Commander prints the program's help for `exchange-iac no-such-command --help` and exits 0; an
 * unknown command is a usage error whatever flags follow it.
 */
function refuseUnknownCommand(program: Command, argv: string[]): void {
  if (!argv.some((argument) => argument === "--help" || argument === "-h")) return;
  let command = program;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (VALUE_OPTIONS.has(argument)) index++;
    if (argument.startsWith("-")) continue;
    if (command.commands.length === 0) return;
    const next = command.commands.find((sub) => sub.name() === argument || sub.aliases().includes(argument));
    if (!next) {
      if (argument === "help") return;
      throw new InputError("command", JSON.stringify(argument), `one of ${command.commands.map((sub) => sub.name()).join(", ")} (exchange-iac --help lists them)`);
    }
    command = next;
  }
}

function reportFailure(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message; help and version are not failures.
    return error.exitCode === 0 ? EXIT_OK : EXIT_BAD_INPUT;
  }
  if (error instanceof InputError) {
    // One line per error (a portfolio reports every bad file), each without control characters.
    io.stderr.write(`error: ${error.message.split("\n").map(printable).join("\n")}\n`);
    return EXIT_BAD_INPUT;
  }
  if (error instanceof SynthBlockedError) {
    io.stderr.write(`error: ${error.message}\n`);
    return EXIT_BLOCKING_FINDINGS;
  }
  // Anything else means the command could not finish: one line, never a stack trace (set
  // EXCHANGE_IAC_DEBUG=1 to see one), and not exit 1, which a job reads as findings or drift.
  io.stderr.write(`error: ${printable(failureMessage(error))}\n`);
  if (process.env.EXCHANGE_IAC_DEBUG === "1" && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT_FAILURE;
}

function failureMessage(error: unknown): string {
  if (error instanceof ExternalFailure) return error.message;
  const errno = error as NodeJS.ErrnoException;
  if (errno && typeof errno.code === "string" && errno.syscall) {
    return `could not ${errno.syscall} ${errno.path ? JSON.stringify(errno.path) : "a file"} (${errno.code}); check the path, its permissions and the free space`;
  }
  return `the command could not finish: ${error instanceof Error ? error.message : String(error)}`;
}
