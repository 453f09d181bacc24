// `exchange-iac export powershell|m365dsc [--out FILE]`: the Exchange Online configuration
// rendered for organizations that apply it by hand (PowerShell) or with Microsoft365DSC.
// Written whole or not at all (writeFileAtomic), or to standard output without --out.
import { relative } from "node:path";
import type { Command } from "commander";
import { render } from "../../adapters/m365/adapter";
import { buildExchangeOnlineDocument } from "../../model/exchange-online/document";
import { writeFileAtomic } from "../../model/write-file";
import { EXIT_OK } from "../io";
import type { CommandContext } from "../main";

const RENDERINGS = {
  powershell: { description: "a PowerShell script (Connect-ExchangeOnline, Connect-IPPSSession and the cmdlets)", render: render.powershell },
  m365dsc: { description: "a Microsoft365DSC configuration with M365DSC's resource and parameter names", render: render.m365dsc },
} as const;

export function exportCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  const command = program.command("export").description("write the Exchange Online configuration for applying outside exchange-iac");
  for (const [name, rendering] of Object.entries(RENDERINGS)) {
    command
      .command(name)
      .description(`write ${rendering.description}`)
      .option("--out <file>", "write to this file instead of standard output")
      .action((flags: { out?: string }) => {
        const { io, loadOrganization } = context();
        const text = rendering.render(buildExchangeOnlineDocument(loadOrganization()));
        if (flags.out) {
          writeFileAtomic(flags.out, text);
          io.stderr.write(`wrote ${relative(process.cwd(), flags.out) || flags.out}\n`);
        } else {
          io.stdout.write(text);
        }
        exit(EXIT_OK);
      });
  }
}
