// `exchange-iac tenant plan [--current snapshot.json]`: the cmdlet calls that would bring a
// tenant to the Exchange Online configuration of the organization file. Offline: the
// current state is a snapshot file (as read back by the adapter), or an empty tenant.
import type { Command } from "commander";
import { buildExchangeOnlineDocument } from "../../model/exchange-online/document";
import { planCalls } from "../../model/exchange-online/plan";
import { loadSnapshot } from "../../model/exchange-online/snapshot";
import { InputError } from "../../model/input-error";
import { commandLine } from "../../adapters/m365/powershell-quote";
import { EXIT_OK } from "../io";
import type { CommandContext } from "../main";

export function tenantCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  const tenant = program.command("tenant").description("the Exchange Online and Purview configuration of the tenant");
  tenant
    .command("plan")
    .description("print the ordered cmdlet calls that bring the tenant to the declared configuration")
    .option("--current <snapshot>", "current state of the tenant as JSON (default: an empty tenant)")
    .action((flags: { current?: string }) => {
      const { options, io, loadOrganization } = context();
      const format = textOrJson(options.format);
      const document = buildExchangeOnlineDocument(loadOrganization());
      const current = flags.current ? loadSnapshot(flags.current) : {};
      const calls = planCalls(document.settings, current);
      const against = flags.current ? "the snapshot" : "an empty tenant";
      if (format === "json") {
        io.stdout.write(`${JSON.stringify({ organization: document.organization, against, calls }, null, 2)}\n`);
      } else {
        const count = (endpoint: string) => calls.filter((call) => call.endpoint === endpoint).length;
        const header = `Exchange Online plan for ${document.organization} against ${against}: ${calls.length} call${calls.length === 1 ? "" : "s"} (${count("exchange")} Exchange Online, ${count("compliance")} Security & Compliance)\n`;
        const width = String(calls.length).length;
        const lines = calls.map((call, index) => `${String(index + 1).padStart(width)}. [${call.endpoint}] ${commandLine(call.cmdlet, call.parameters)}\n`);
        io.stdout.write(header + (calls.length ? lines.join("") : "Nothing to change: the tenant matches the configuration.\n"));
      }
      exit(EXIT_OK);
    });
}

export function textOrJson(format: string): "text" | "json" {
  if (format === "text" || format === "json") return format;
  throw new InputError("--format", JSON.stringify(format), "text or json for this command");
}
