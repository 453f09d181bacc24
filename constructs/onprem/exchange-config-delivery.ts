// Delivers the rendered Exchange Management Shell script to the first mailbox server through
// an Arc machine extension (Custom Script Extension), so `cdktf deploy` configures the Exchange
// organization too. The script travels gzip-compressed and base64-encoded inside the command;
// it holds no secret (checked here). forceUpdateTag is the script's SHA-256, so the extension
// runs again exactly when the script changes. The script is idempotent (render-script.ts).
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
    const command = [
      'powershell -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "',
      `$d=$env:ProgramData+'\\exchange-iac';$f=$d+'\\${props.fileName}';md $d -Force|Out-Null;`,
      `$r=New-Object IO.StreamReader(New-Object IO.Compression.GZipStream((New-Object IO.MemoryStream(,[Convert]::FromBase64String('${payload}'))),0));`,
      // UTF-8 with BOM: Windows PowerShell 5.1 reads a .ps1 without one as ANSI.
      '[IO.File]::WriteAllText($f,$r.ReadToEnd(),(New-Object Text.UTF8Encoding($true)));$r.Close();& $f"',
    ].join("");
    if (command.length > MAX_COMMAND_LENGTH) {
      throw new ConstructPropsError(this, "script", `${command.length} characters compressed`, `at most ${MAX_COMMAND_LENGTH} characters after compression (the cmd.exe limit)`);
    }
    this.extension = new ArcMachineExtension(this, "custom-script", {
      name: "exchange-organization",
      arcMachineId: props.target.machineId,
      location: props.target.location,
      publisher: "Microsoft.Compute",
      type: "CustomScriptExtension",
      typeHandlerVersion: "1.10",
      forceUpdateTag: this.scriptSha256.slice(0, 16),
      // The extension's own rerun trigger: an integer that changes with the script.
      settings: JSON.stringify({ timestamp: Number.parseInt(this.scriptSha256.slice(0, 7), 16) }),
      protectedSettings: JSON.stringify({ commandToExecute: command }),
      dependsOn: [props.target.readyForExtensions, ...(props.after ?? [])],
    });
  }
}
