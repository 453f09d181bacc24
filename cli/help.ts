// What each command's --help teaches beyond its options: the --format values it takes, an
// example or two, and its exit codes. One table, which also decides which --format a command
// accepts (cli/main.ts refuses the others with exit 2).
import type { Command } from "commander";
import { wrapText } from "../i18n/wrap";

interface CommandHelp {
  formats: readonly string[];
  examples: readonly string[];
  /** What exit code 1 means for this command; omitted where it never exits 1. */
  blocking?: string;
}

export const COMMAND_HELP: Record<string, CommandHelp> = {
  init: {
    formats: ["text"],
    examples: ["exchange-iac init --out kommun.yaml", "exchange-iac init --lang en > kommun.yaml"],
  },
  sizing: {
    formats: ["text", "json"],
    examples: ["exchange-iac sizing", "exchange-iac --config kommun.yaml --format json sizing"],
    blocking: "the hosts cannot carry the design (ONP-12, with what would fit)",
  },
  synth: {
    formats: ["text", "json"],
    examples: ["exchange-iac synth", "exchange-iac --config orgs/ synth --out cdktf.out"],
    blocking: "a stack rule found an error; the previous output is left whole",
  },
  check: {
    formats: ["text", "json", "sarif"],
    examples: ["exchange-iac check --as-of 2026-12-01", "exchange-iac --format sarif check --out findings.sarif", "exchange-iac check --option onprem --plan out/plans/onprem.json"],
    blocking: "an unwaived error finding",
  },
  "tenant plan": {
    formats: ["text", "json"],
    examples: ["exchange-iac tenant plan", "exchange-iac tenant plan --current tenant-now.json"],
    blocking: "a call would remove or shorten retention, a hold or auditing (give --allow-destructive to plan it)",
  },
  "tenant monitor": {
    formats: ["text", "json"],
    examples: ["EXCHANGE_IAC_GRAPH_TOKEN=... exchange-iac --config kommun.yaml tenant monitor"],
  },
  "tenant drift": {
    formats: ["text", "json", "markdown"],
    examples: ["exchange-iac --config kommun.yaml --format markdown tenant drift >> $GITHUB_STEP_SUMMARY"],
    blocking: "the tenant has drifted from the declared configuration",
  },
  "export powershell": { formats: ["text"], examples: ["exchange-iac export powershell --out exchange-online.ps1"] },
  "export m365dsc": { formats: ["text"], examples: ["exchange-iac export m365dsc --out ExchangeOnlineBaseline.ps1"] },
  "export tcm": { formats: ["text"], examples: ["exchange-iac export tcm --out tcm-monitor.json"] },
  cost: {
    formats: ["text", "json", "markdown"],
    examples: ["exchange-iac cost", "exchange-iac --format markdown cost --option online", "exchange-iac cost --option onprem --plan out/plans/onprem.json"],
    blocking: "the on-prem design cannot be built on the hosts (ONP-12); nothing is priced for it",
  },
  compare: {
    formats: ["text", "json", "markdown"],
    examples: ["exchange-iac compare --pdf", "exchange-iac --config kommun.yaml --lang en compare --out out/en", "exchange-iac --config orgs/ compare --out out"],
    blocking: "the on-prem design cannot be built on the hosts (ONP-12); no paper is written",
  },
  diff: {
    formats: ["text", "json", "markdown"],
    examples: ["exchange-iac --format markdown diff --base origin/main", "exchange-iac --format json diff --plan out/plans/onprem.json --option onprem"],
  },
  plan: {
    formats: ["text", "json"],
    examples: ["ARM_USE_CLI=true exchange-iac plan --out out/plans", "exchange-iac plan --stack onprem --no-lock --out out/plans"],
  },
  lock: {
    formats: ["text", "json"],
    examples: ["exchange-iac --config kommun.yaml lock", "exchange-iac lock --stack onprem online --platform linux_amd64 darwin_arm64"],
  },
  "onprem export-script": { formats: ["text"], examples: ["exchange-iac --config kommun.yaml onprem export-script --out Export-ExchangeIacCurrent.ps1"] },
  "onprem drift": {
    formats: ["text", "json", "markdown"],
    examples: ["exchange-iac --config kommun.yaml onprem drift --current current.json", "exchange-iac --format markdown onprem drift --current current.json >> $GITHUB_STEP_SUMMARY"],
    blocking: "a watched setting of the running organization differs from the organization file",
  },
  "bootstrap state": { formats: ["text"], examples: ["exchange-iac --config kommun.yaml bootstrap state --out bootstrap-state.sh"] },
  "bootstrap identities": { formats: ["text"], examples: ["exchange-iac --config kommun.yaml bootstrap identities --out bootstrap-identities.sh"] },
};

/** "check", or "tenant plan" for a subcommand. */
export function commandPath(command: Command): string {
  const parent = command.parent;
  return parent && parent.parent ? `${parent.name()} ${command.name()}` : command.name();
}

/** Adds the formats, examples and exit codes below every command's own help. */
export function addTeachingHelp(program: Command): void {
  const visit = (command: Command) => {
    const help = COMMAND_HELP[commandPath(command)];
    if (help) {
      const lines = [
        "",
        `Formats this command takes (--format): ${help.formats.join(", ")}.`,
        "",
        "Examples:",
        ...help.examples.map((example) => `  ${example}`),
        "",
        ...wrapText(`Exit codes: 0 ok${help.blocking ? `, 1 ${help.blocking}` : ""}, 2 bad input or usage (one line naming the field and the fix), 3 could not finish (I/O, an external tool or a service failed).`, "  ", 80, ""),
      ];
      command.addHelpText("after", lines.join("\n"));
    }
    command.commands.forEach(visit);
  };
  program.commands.forEach(visit);
  program.addHelpText("after", ["", "Exit codes: 0 ok, 1 blocking findings or drift, 2 bad input or usage, 3 could not finish (I/O, an external tool or a service failed).", "Run exchange-iac <command> --help for a command's options, formats, examples and exit codes."].join("\n"));
}
