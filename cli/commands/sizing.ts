import type { Command } from "commander";
import { EXIT_BLOCKING_FINDINGS, EXIT_OK } from "../io";
import type { CommandContext } from "../main";

export function sizingCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("sizing")
    .description("size the on-prem Exchange environment (Microsoft's sizing method) from the organization file; exit 1 when the hosts cannot carry it")
    .action(async () => {
      const { sizeOrganization } = await import("../../model/sizing/sizing");
      const { reportInfeasibleOnprem } = await import("../feasibility");
      const { renderSizingText } = await import("../render/sizing-text");
      const { options, io, loadOrganization } = context();
      const org = loadOrganization();
      const sizing = sizeOrganization(org);
      io.stdout.write(options.format === "json" ? `${JSON.stringify(sizing, null, 2)}\n` : renderSizingText(sizing));
      exit((await reportInfeasibleOnprem(org, io, "the figures above are what it would need", { sizing, lang: options.lang })) ? EXIT_BLOCKING_FINDINGS : EXIT_OK);
    });
}
