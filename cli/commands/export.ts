// `exchange-iac export powershell|m365dsc|tcm [--out FILE]`: the Exchange Online configuration
// rendered for organizations that apply it by hand (PowerShell) or with Microsoft365DSC, and
// the declared tenant as a Tenant Configuration Management monitor body (Graph v1.0).
// Written whole or not at all (writeFileAtomic), or to standard output without --out.
import { relative } from "node:path";
import type { Command } from "commander";
import { EXIT_OK, type Io } from "../io";
import type { CommandContext } from "../main";

const RENDERINGS = {
  powershell: { description: "a PowerShell script (Connect-ExchangeOnline, Connect-IPPSSession and the cmdlets)" },
  m365dsc: { description: "a Microsoft365DSC configuration with M365DSC's resource and parameter names" },
} as const;

export function exportCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  const command = program.command("export").description("write the Exchange Online configuration for applying outside exchange-iac");
  for (const [name, rendering] of Object.entries(RENDERINGS)) {
    command
      .command(name)
      .description(`write ${rendering.description}`)
      .option("--out <file>", "write to this file instead of standard output")
      .action(async (flags: { out?: string }) => {
        const { render } = await import("../../adapters/m365/adapter");
        const { buildExchangeOnlineDocument } = await import("../../model/exchange-online/document");
        const { io, loadOrganization } = context();
        const org = loadOrganization();
        const document = buildExchangeOnlineDocument(org);
        const text = name === "m365dsc" ? render.m365dsc(document, await entraDeclaration(org)) : render.powershell(document);
        await write(io, flags.out, text);
        exit(EXIT_OK);
      });
  }
  command
    .command("tcm")
    .description("write the declared Exchange Online, Purview and Entra configuration as a Tenant Configuration Management monitor body (JSON)")
    .option("--out <file>", "write to this file instead of standard output")
    .action(async (flags: { out?: string }) => {
      const { TCM_LIMITS } = await import("../../model/tcm/reference");
      const { declaredMonitor } = await import("./tenant-tcm");
      const { io, loadOrganization } = context();
      const monitor = await declaredMonitor(loadOrganization());
      const count = monitor.body.baseline.resources.length;
      await write(io, flags.out, `${JSON.stringify(monitor.body, null, 2)}\n`, ` (${count} resources, ${count * TCM_LIMITS.runsPerDay} of the tenant's ${TCM_LIMITS.monitoredResourcesPerDay} monitored resources a day; ${monitor.notCovered.length} declared items TCM cannot watch, see tenant monitor)`);
      exit(EXIT_OK);
    });
  command
    .command("scubagear")
    .description("write a ScubaGear configuration file (YAML) for the declared tenant: break-glass exclusions, key people, approved waivers, policies that do not apply")
    .option("--out <file>", "write to this file instead of standard output")
    .option("--as-of <date>", "the day that decides which waivers are still approved (YYYY-MM-DD)")
    .action(async (flags: { out?: string; asOf?: string }) => {
      const { InputError } = await import("../../model/input-error");
      const { todayUtc } = await import("../../policies/dates");
      const { langFlag } = await import("../../i18n/lang");
      const { scubaGearConfig } = await import("../../model/scuba/scubagear-config");
      const { io, loadOrganization, options } = context();
      const asOf = flags.asOf ?? todayUtc();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new InputError("--as-of", JSON.stringify(asOf), "a date written YYYY-MM-DD");
      const org = loadOrganization();
      const config = scubaGearConfig(org, langFlag(options.lang, org.organization.country), asOf);
      await write(io, flags.out, config.text, ` (${config.omitted} policies omitted as not applicable, ${config.annotated} annotated)`);
      exit(EXIT_OK);
    });
}

/** The Entra objects for the Microsoft365DSC export, or why they are left out (the identity section the tenant program needs is incomplete). */
async function entraDeclaration(org: import("../../model/schema").OrganizationFile) {
  const { entraBaseline } = await import("../../model/entra/baseline");
  const { entraTenantPolicies } = await import("../../model/entra/tenant-policies");
  const { InputError } = await import("../../model/input-error");
  try {
    return { baseline: entraBaseline(org), policies: entraTenantPolicies(org) };
  } catch (error) {
    if (error instanceof InputError) return { leftOut: error.message };
    throw error;
  }
}

async function write(io: Io, out: string | undefined, text: string, note = ""): Promise<void> {
  const { writeFileAtomic } = await import("../../model/write-file");
  if (!out) {
    io.stdout.write(text);
    return;
  }
  writeFileAtomic(out, text);
  io.stderr.write(`wrote ${relative(process.cwd(), out) || out}${note}\n`);
}
