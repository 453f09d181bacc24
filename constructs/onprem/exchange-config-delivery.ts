// Delivers the rendered Exchange Management Shell script to the first mailbox server through
// an Arc machine extension (Custom Script Extension), so `cdktf deploy` configures the Exchange
// organization too. The script travels gzip-compressed and base64-encoded inside the command
// while that fits cmd.exe's 8191 characters; a larger organization's script travels in the
// extension's public settings instead, which the command reads back from the handler's
// RuntimeSettings file on the server (public settings are written there as plain JSON).
// Either way it holds no secret (checked here). forceUpdateTag is the script's SHA-256, so
// the extension runs again exactly when the script changes. The script is idempotent.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { Construct } from "constructs";
import type { ITerraformDependable } from "cdktf";
import { ArcMachineExtension } from "@cdktf/provider-azurerm/lib/arc-machine-extension";
import type { DeclaredVirtualMachine } from "./platform";
import { ConstructPropsError, requireNonEmpty } from "./validation";

/** cmd.exe runs commandToExecute; its command line is at most 8191 characters. */
export const MAX_COMMAND_LENGTH = 8191;
const SECRET_PATTERN = /(password|passwd|secret|client_secret|BEGIN [A-Z ]*PRIVATE KEY)\s*[:=]\s*\S+/i;

/**
 * The script as delivered: comment lines (except #Requires) and indentation removed, which
 * changes nothing for a script without here-strings, and leaves more room under the limit.
 */
export function compactPowerShell(script: string): string {
  if (/@['"]\s*$/m.test(script)) throw new Error("compactPowerShell: here-strings are not supported");
  return script
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && (!line.startsWith("#") || line.startsWith("#Requires")))
    .join("\n");
}

export interface ExchangeConfigDeliveryProps {
  readonly target: DeclaredVirtualMachine;
  /** The Exchange Management Shell script (text). */
  readonly script: string;
  /** File name the script is written to on the server. */
  readonly fileName: string;
  /** Resources that must exist first (every DAG member and the witness). */
  readonly after?: readonly ITerraformDependable[];
}

export class ExchangeConfigDelivery extends Construct {
  readonly extension: ArcMachineExtension;
  readonly scriptSha256: string;

  constructor(scope: Construct, id: string, props: ExchangeConfigDeliveryProps) {
    super(scope, id);
    requireNonEmpty(this, "script", props.script);
    if (!/^[\w.-]+\.ps1$/.test(props.fileName)) throw new ConstructPropsError(this, "fileName", props.fileName, "a file name ending in .ps1");
    const secret = SECRET_PATTERN.exec(props.script);
    if (secret) throw new ConstructPropsError(this, "script", secret[0].slice(0, 40), "a script without secrets (AZ-07): pass credentials at run time");
    this.scriptSha256 = createHash("sha256").update(props.script).digest("hex");
    // gzip output is deterministic here: no file name and mtime 0 in the header.
    const payload = gzipSync(Buffer.from(compactPowerShell(props.script), "utf8"), { level: 9 }).toString("base64");
    const inline = inlineCommand(payload, props.fileName);
    const delivery = inline.length <= MAX_COMMAND_LENGTH ? { command: inline, settings: {} } : { command: settingsCommand(props.fileName), settings: { [SETTINGS_PAYLOAD_KEY]: payload } };
    this.extension = new ArcMachineExtension(this, "custom-script", {
      name: "exchange-organization",
      arcMachineId: props.target.machineId,
      location: props.target.location,
      publisher: "Microsoft.Compute",
      type: "CustomScriptExtension",
      typeHandlerVersion: "1.10",
      forceUpdateTag: this.scriptSha256.slice(0, 16),
      // The extension's own rerun trigger: an integer that changes with the script.
      settings: JSON.stringify({ timestamp: Number.parseInt(this.scriptSha256.slice(0, 7), 16), ...delivery.settings }),
      protectedSettings: JSON.stringify({ commandToExecute: delivery.command }),
      dependsOn: [props.target.readyForExtensions, ...(props.after ?? [])],
    });
  }
}

/** The public-settings key that carries the compressed script when it is too long to inline. */
export const SETTINGS_PAYLOAD_KEY = "exchangeIacScript";

// Writes the script (UTF-8 with BOM: Windows PowerShell 5.1 reads a .ps1 without one as ANSI) and runs it.
const WRITE_AND_RUN = "$r=New-Object IO.StreamReader(New-Object IO.Compression.GZipStream((New-Object IO.MemoryStream(,[Convert]::FromBase64String($b))),0));[IO.File]::WriteAllText($f,$r.ReadToEnd(),(New-Object Text.UTF8Encoding($true)));$r.Close();& $f";

const target = (fileName: string) => `$d=$env:ProgramData+'\\exchange-iac';$f=$d+'\\${fileName}';md $d -Force|Out-Null;`;

function inlineCommand(payload: string, fileName: string): string {
  return `powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "${target(fileName)}$b='${payload}';${WRITE_AND_RUN}"`;
}

/** Reads the payload from the newest RuntimeSettings file of the Custom Script Extension handler. */
function settingsCommand(fileName: string): string {
  const settings =
    "$s=Get-ChildItem ($env:SystemDrive+'\\Packages\\Plugins\\Microsoft.Compute.CustomScriptExtension\\*\\RuntimeSettings\\*.settings')|Sort-Object LastWriteTime|Select-Object -Last 1;" +
    `$b=((Get-Content $s.FullName -Raw|ConvertFrom-Json).runtimeSettings[0].handlerSettings.publicSettings.${SETTINGS_PAYLOAD_KEY});`;
  return `powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "${target(fileName)}${settings}${WRITE_AND_RUN}"`;
}
