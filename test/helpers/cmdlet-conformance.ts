// Checks one cmdlet call against the project's cmdlet reference (model/cmdlet-reference/, read
// from Microsoft's cmdlet docs): the cmdlet exists and is available in the product the call
// runs in, every parameter exists for that product, every known value is one the parameter
// accepts, and the parameters together fit at least one parameter set. Calls come from the
// generated scripts (parsed with tree-sitter-powershell), the tenant plan and the REST
// adapter's requests; a value the script computes at run time (a variable) is unknown and only
// its parameter is checked.
import { COMMON_PARAMETERS, cmdletReference, type CmdletEntry, type Product } from "../../model/cmdlet-reference/reference";
import type { PowerShellCommand } from "./powershell-syntax";

/** A value as far as it is known before the call runs; "unknown" for variables and expressions. */
export type KnownValue = string | number | boolean | KnownValue[] | { [key: string]: KnownValue } | "unknown";
export const UNKNOWN = "unknown" as const;

export interface CallToCheck {
  cmdlet: string;
  product: Product;
  /** In order; `value` undefined for a switch given without a value. */
  parameters: { name: string; value?: KnownValue }[];
  /** Positional arguments (bound to the set's positional parameters in order). */
  positional?: number;
  /** Receives pipeline input, which binds the parameters that accept it. */
  piped?: boolean;
  /** Where the call is, for the message. */
  where: string;
}

export interface Problem {
  where: string;
  cmdlet: string;
  message: string;
}

const COMMON = new Set(COMMON_PARAMETERS.map((name) => name.toLowerCase()));

function resolveParameter(entry: CmdletEntry, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.entries(entry.parameters).find(([candidate, parameter]) => candidate.toLowerCase() === lower || parameter.aliases.some((alias) => alias.toLowerCase() === lower))?.[0];
}

function scalars(value: KnownValue): (string | number | boolean)[] {
  if (Array.isArray(value)) return value.flatMap(scalars);
  if (value !== null && typeof value === "object") return [];
  return [value];
}

export function checkCall(call: CallToCheck): Problem[] {
  const problems: Problem[] = [];
  const problem = (message: string) => problems.push({ where: call.where, cmdlet: call.cmdlet, message });
  const reference = cmdletReference();
  const entry = reference.cmdlets[call.cmdlet];
  if (!entry) {
    const exists = reference.allCmdletNames.some((name) => name.toLowerCase() === call.cmdlet.toLowerCase());
    problem(exists ? "is not in the project's cmdlet reference: run npm run cmdlet-reference" : "is not a cmdlet in Microsoft's cmdlet reference");
    return problems;
  }
  if (!entry.products.includes(call.product)) problem(`is not available in ${call.product} (it is for ${entry.products.join(", ") || "no product the reference records"})`);
  const used: string[] = [];
  for (const { name, value } of call.parameters) {
    if (COMMON.has(name.toLowerCase())) continue;
    const canonical = resolveParameter(entry, name);
    if (!canonical) {
      problem(`has no parameter -${name}`);
      continue;
    }
    used.push(canonical);
    const parameter = entry.parameters[canonical]!;
    if (!parameter.products.includes(call.product)) problem(`-${canonical} is not a parameter in ${call.product} (it is for ${parameter.products.join(", ") || "other products"})`);
    const isSwitch = parameter.type === "SwitchParameter";
    if (value === undefined) {
      if (!isSwitch) problem(`-${canonical} takes a value of type ${parameter.type}`);
      continue;
    }
    if (value === UNKNOWN) continue;
    if (typeof value === "boolean" && !["Boolean", "System.Boolean", "SwitchParameter"].includes(parameter.type)) {
      problem(`-${canonical} is ${parameter.type}, not a boolean`);
    }
    if (isSwitch && typeof value !== "boolean") problem(`-${canonical} is a switch, given ${JSON.stringify(value)}`);
    const accepted = parameter.acceptedValues?.values;
    if (accepted && typeof value !== "boolean") {
      for (const item of scalars(value)) {
        if (typeof item === "boolean") continue;
        if (!accepted.some((candidate) => candidate.toLowerCase() === String(item).toLowerCase())) {
          problem(`-${canonical} ${JSON.stringify(item)} is not an accepted value (${accepted.join(", ")})`);
        }
      }
    }
  }
  // The parameter sets: every parameter given is in the set, every mandatory one is given
  // (by name, by position, or from the pipeline).
  const fits = entry.parameterSets.filter((set) => {
    const members = new Set([...set.required, ...set.optional]);
    if (!used.every((name) => members.has(name))) return false;
    const byPosition = set.positional.filter((name) => !used.includes(name)).slice(0, call.positional ?? 0);
    if ((call.positional ?? 0) > byPosition.length) return false;
    const bound = new Set([...used, ...byPosition]);
    return set.required.every((name) => bound.has(name) || (call.piped === true && entry.parameters[name]?.pipelineInput === true));
  });
  if (entry.parameterSets.length && fits.length === 0) {
    problem(`-${used.join(" -")}${call.positional ? ` and ${call.positional} positional argument(s)` : ""} fit none of its parameter sets (${entry.parameterSets.map((set) => `${set.name}: needs ${set.required.join(", ") || "nothing"}`).join("; ")})`);
  }
  return problems;
}

/** A parsed argument's value when it is a literal; UNKNOWN for anything PowerShell computes. */
export function literalValue(text: string | undefined): KnownValue | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (/^\$true$/i.test(trimmed)) return true;
  if (/^\$false$/i.test(trimmed)) return false;
  if (/^-?\d+$/.test(trimmed)) return Number(trimmed);
  if (/^'(?:[^']|'')*'$/.test(trimmed)) return trimmed.slice(1, -1).replace(/''/g, "'");
  if (/^"[^"$`]*"$/.test(trimmed)) return trimmed.slice(1, -1);
  // A bare word argument is a string ("-Usage Internet").
  if (/^[A-Za-z][\w.-]*$/.test(trimmed)) return trimmed;
  const list = /^@\((.*)\)$/s.exec(trimmed)?.[1] ?? (/^[^@(]*,/.test(trimmed) ? trimmed : undefined);
  if (list !== undefined) {
    const items = splitList(list);
    const values = items.map(literalValue);
    return values.every((value) => value !== undefined && value !== UNKNOWN) ? (values as KnownValue[]) : UNKNOWN;
  }
  return UNKNOWN;
}

/** Splits "a, 'b,c', d" at top-level commas. */
function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote = false;
  let current = "";
  for (const character of text) {
    if (character === "'") quote = !quote;
    if (!quote && "({[".includes(character)) depth++;
    if (!quote && ")}]".includes(character)) depth--;
    if (!quote && depth === 0 && character === ",") {
      items.push(current);
      current = "";
    } else current += character;
  }
  if (current.trim()) items.push(current);
  return items;
}

/** A parsed script's command as a call to check. */
export function commandCall(command: PowerShellCommand, product: Product, where: string): CallToCheck {
  return {
    cmdlet: command.name,
    product,
    parameters: command.parameters.map((parameter) => ({ name: parameter.name, value: literalValue(parameter.value) })),
    positional: command.positional.length,
    piped: command.piped,
    where: `${where}:${command.line}`,
  };
}

/** A call as JSON (tenant plan, REST request): every value is known. */
export function jsonCall(call: { cmdlet: string; parameters: Record<string, unknown> }, product: Product, where: string): CallToCheck {
  return {
    cmdlet: call.cmdlet,
    product,
    parameters: Object.entries(call.parameters).map(([name, value]) => ({ name, value: value as KnownValue })),
    where,
  };
}

/**
 * Commands that are not Exchange cmdlets, each with where it comes from. Anything else in a
 * generated script must be an Exchange cmdlet of the reference or a function the script defines.
 */
export const OTHER_COMMANDS: Record<string, string> = {
  "Add-PSSnapin": "Microsoft.PowerShell.Core (Windows PowerShell 5.1; loads the Exchange Management Shell snap-in)",
  "ForEach-Object": "Microsoft.PowerShell.Core",
  "Where-Object": "Microsoft.PowerShell.Core",
  "Invoke-Command": "Microsoft.PowerShell.Core",
  "Get-Command": "Microsoft.PowerShell.Core",
  "Out-Null": "Microsoft.PowerShell.Core",
  "Write-Output": "Microsoft.PowerShell.Utility",
  "Write-Warning": "Microsoft.PowerShell.Utility",
  "Sort-Object": "Microsoft.PowerShell.Utility",
  "Get-ItemProperty": "Microsoft.PowerShell.Management",
  "New-Item": "Microsoft.PowerShell.Management",
  "New-ItemProperty": "Microsoft.PowerShell.Management",
  "Select-Object": "Microsoft.PowerShell.Utility",
  // The data volumes of the database copies: Windows Server's Storage module (sources:
  // learn-storage-format-volume, learn-storage-add-partitionaccesspath).
  "Get-Disk": "Storage",
  "Initialize-Disk": "Storage",
  "New-Partition": "Storage",
  "Format-Volume": "Storage",
  "Get-Partition": "Storage",
  "Get-Volume": "Storage",
  "Add-PartitionAccessPath": "Storage",
  // The Windows baseline of every Exchange server (model/exchange-onprem/windows-baseline.ts).
  "Test-Path": "Microsoft.PowerShell.Management",
  "Get-Date": "Microsoft.PowerShell.Utility",
  "Get-WinEvent": "Microsoft.PowerShell.Diagnostics",
  "Limit-EventLog": "Microsoft.PowerShell.Management (Windows PowerShell 5.1)",
  "Get-CimInstance": "CimCmdlets",
  "Set-CimInstance": "CimCmdlets",
  "New-CimInstance": "CimCmdlets",
  "Remove-CimInstance": "CimCmdlets",
  "powercfg.exe": "Windows (power plans)",
  "Get-LocalGroupMember": "Microsoft.PowerShell.LocalAccounts",
  "Add-LocalGroupMember": "Microsoft.PowerShell.LocalAccounts",
  "Resolve-DnsName": "DnsClient",
  "Get-DnsClient": "DnsClient",
  "Set-DnsClient": "DnsClient",
  "Get-NetIPAddress": "NetTCPIP",
  "Get-NetRoute": "NetTCPIP",
  "New-NetRoute": "NetTCPIP",
  "Remove-NetRoute": "NetTCPIP",
};
