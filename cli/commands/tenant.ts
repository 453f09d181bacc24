// `exchange-iac tenant plan [--current snapshot.json] [--allow-destructive]`: the cmdlet calls that would bring a
// tenant to the Exchange Online configuration of the organization file. Offline: the
// current state is a snapshot file (as read back by the adapter), or an empty tenant.
// `tenant monitor` and `tenant drift` (Tenant Configuration Management) are in tenant-tcm.ts.
import type { Command } from "commander";
import type { CmdletCall } from "../../model/exchange-online/cmdlets";
import type { Loss } from "../../model/exchange-online/destructive";
import { commandLine } from "../../model/powershell";
import { EXIT_BLOCKING_FINDINGS, EXIT_OK } from "../io";
import type { CommandContext } from "../main";
import { tcmCommands } from "./tenant-tcm";

export function tenantCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  const tenant = program.command("tenant").description("the Exchange Online and Purview configuration of the tenant");
  tenant
    .command("plan")
    .description("print the ordered cmdlet calls that bring the tenant to the declared configuration")
    .option("--current <snapshot>", "current state of the tenant as JSON (default: an empty tenant)")
    .option("--allow-destructive", "also plan calls that remove or shorten retention, holds or auditing (each loss is listed)")
    .action(async (flags: { current?: string; allowDestructive?: boolean }) => {
      const { buildExchangeOnlineDocument } = await import("../../model/exchange-online/document");
      const { carriesLoss, describeLoss, findLosses } = await import("../../model/exchange-online/destructive");
      const { planCalls } = await import("../../model/exchange-online/plan");
      const { loadSnapshot } = await import("../../model/exchange-online/snapshot");
      const { options, io, loadOrganization } = context();
      const format = options.format as "text" | "json"; // the preAction hook refused any other (cli/help.ts)
      const document = buildExchangeOnlineDocument(loadOrganization());
      const current = flags.current ? loadSnapshot(flags.current) : {};
      const planned = planCalls(document.settings, current);
      // Nothing lost: calls that would remove or shorten retention, holds or auditing are
      // refused (exit 1) unless --allow-destructive; with it, exactly what is lost is listed.
      const losses = findLosses(document.settings, current);
      const allow = flags.allowDestructive === true;
      const refused = allow ? [] : planned.filter((call) => carriesLoss(call, losses));
      const calls = planned.filter((call) => !refused.includes(call));
      const against = flags.current ? "the snapshot" : "an empty tenant";
      if (format === "json") {
        const lost = losses.map((loss) => ({ ...loss, description: describeLoss(loss) }));
        io.stdout.write(`${JSON.stringify({ organization: document.organization, against, calls, ...(losses.length ? { allowDestructive: allow, losses: lost, refused } : {}) }, null, 2)}\n`);
      } else {
        const count = (endpoint: string) => calls.filter((call) => call.endpoint === endpoint).length;
        const header = `Exchange Online plan for ${document.organization} against ${against}: ${calls.length} call${calls.length === 1 ? "" : "s"} (${count("exchange")} Exchange Online, ${count("compliance")} Security & Compliance)\n`;
        const width = String(calls.length).length;
        const lines = calls.map((call, index) => `${String(index + 1).padStart(width)}. [${call.endpoint}] ${commandLine(call.cmdlet, call.parameters)}\n`);
        const nothing = refused.length ? "" : "Nothing to change: the tenant matches the configuration.\n";
        io.stdout.write(header + (calls.length ? lines.join("") : nothing) + lossReport(losses, refused, allow, describeLoss));
      }
      exit(refused.length ? EXIT_BLOCKING_FINDINGS : EXIT_OK);
    });
  tcmCommands(tenant, context, exit);
}

/** `describeLoss` comes from the action, which loads the Exchange Online model only when it runs. */
function lossReport(losses: Loss[], refused: CmdletCall[], allow: boolean, describeLoss: (loss: Loss) => string): string {
  if (!losses.length) return "";
  const listed = losses.map((loss) => `  - ${describeLoss(loss)}\n`).join("");
  if (allow) return `\nWould be lost (--allow-destructive given):\n${listed}`;
  return (
    `\nRefused: ${refused.length} call${refused.length === 1 ? "" : "s"} would remove or shorten retention, holds or auditing:\n${listed}` +
    refused.map((call) => `  refused: [${call.endpoint}] ${commandLine(call.cmdlet, call.parameters)}\n`).join("") +
    "Rerun with --allow-destructive to plan them; until then the adapter applies nothing.\n"
  );
}
