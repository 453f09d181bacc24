import type { Command } from "commander";
import { sizeOrganization } from "../../model/sizing/sizing";
import { EXIT_OK } from "../io";
import type { CommandContext } from "../main";
import { renderSizingText } from "../render/sizing-text";

export function sizingCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  program
    .command("sizing")
    .description("size the on-prem Exchange environment (Microsoft's sizing method) from the organization file")
    .action(() => {
      const { options, io, loadOrganization } = context();
      const sizing = sizeOrganization(loadOrganization());
      io.stdout.write(options.format === "json" ? `${JSON.stringify(sizing, null, 2)}\n` : renderSizingText(sizing));
      exit(EXIT_OK);
    });
}
