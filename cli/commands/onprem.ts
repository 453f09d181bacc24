// `exchange-iac onprem export-script|drift`: the running on-prem Exchange organization against
// the declared one. The export script is read-only (Get-* cmdlets) and runs on an Exchange
// server; `drift --current FILE` compares its JSON with the organization file, offline.
// Exit 0: no drift; 1: drift (naming the setting and the organization-file field); 2: bad input.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { InputError } from "../../model/input-error";
import { EXIT_BLOCKING_FINDINGS, EXIT_OK } from "../io";
import type { CommandContext } from "../main";

/** Bounded read: an export of this tool's settings is a few kilobytes. */
const MAX_CURRENT_BYTES = 5 * 1024 * 1024;

export function onpremCommand(program: Command, context: () => CommandContext, exit: (code: number) => void): void {
  const onprem = program.command("onprem").description("the running on-prem Exchange organization against the declared one");
  onprem
    .command("export-script")
    .description("write the read-only Exchange Management Shell script that exports the current value of every watched setting as JSON")
    .option("--out <file>", "write the script to a file instead of standard output")
    .action(async (flags: { out?: string }) => {
      const { io, loadOrganization } = context();
      const { buildOnpremExchangeDocument } = await import("../../model/exchange-onprem/document");
      const { renderExportScript } = await import("../../model/exchange-onprem/drift");
      // With a UTF-8 byte order mark: Windows PowerShell 5.1 reads a .ps1 without one as ANSI.
      const script = `\uFEFF${renderExportScript(buildOnpremExchangeDocument(loadOrganization()))}`;
      if (flags.out) (await import("../../model/write-file")).writeFileAtomic(flags.out, script);
      else io.stdout.write(script);
      exit(EXIT_OK);
    });
  onprem
    .command("drift")
    .description("compare the export script's JSON with the organization file; exit 1 on drift")
    .requiredOption("--current <file>", "the JSON the export script wrote")
    .action(async (flags: { current: string }) => {
      const { options, io, loadOrganization } = context();
      const { buildOnpremExchangeDocument } = await import("../../model/exchange-onprem/document");
      const { onpremDrift, parseCurrent, watchedSettings } = await import("../../model/exchange-onprem/drift");
      const { renderOnpremDrift } = await import("../render/onprem-drift");
      const { catalog } = await import("../../i18n/catalog");
      const { langFlag } = await import("../../i18n/lang");
      const org = loadOrganization();
      const settings = watchedSettings(buildOnpremExchangeDocument(org));
      const raw = readCurrent(flags.current);
      const current = parseCurrent(raw, flags.current, settings);
      const drifted = onpremDrift(settings, current);
      const exportedAt = typeof (raw as { exportedAt?: unknown }).exportedAt === "string" ? (raw as { exportedAt: string }).exportedAt : undefined;
      const messages = catalog(langFlag(options.lang, org.organization.country)).onpremDrift;
      io.stdout.write(renderOnpremDrift({ drifted, watched: settings.length, exportedAt }, options.format, messages));
      exit(drifted.length ? EXIT_BLOCKING_FINDINGS : EXIT_OK);
    });
}

function readCurrent(path: string): unknown {
  let text: string;
  try {
    const buffer = readFileSync(path);
    if (buffer.length > MAX_CURRENT_BYTES) throw new InputError("--current", JSON.stringify(path), `a file of at most ${MAX_CURRENT_BYTES / 1024 / 1024} MB (the export script's JSON)`);
    // PowerShell may write a byte order mark.
    text = buffer.toString("utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("--current", JSON.stringify(path), "a readable JSON file written by the export script (exchange-iac onprem export-script)");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError("--current", JSON.stringify(path), `JSON (${(error as Error).message})`);
  }
}
