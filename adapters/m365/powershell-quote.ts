// PowerShell literals. Single-quoted strings are verbatim except for the quote itself,
// which is doubled; PowerShell also treats the typographic quotes ‘ ’ ‚ ‛ as single
// quotes, so they are doubled too (about_Quoting_Rules).
import type { CmdletValue } from "../../model/exchange-online/cmdlets";

export function quote(text: string): string {
  return `'${text.replace(/['\u2018\u2019\u201A\u201B]/g, (quoteChar) => quoteChar + quoteChar)}'`;
}

export function literal(value: CmdletValue): string {
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "$true" : "$false";
  if (Array.isArray(value)) return `@(${value.map(literal).join(", ")})`;
  return `@{ ${Object.entries(value)
    .map(([key, inner]) => `${key} = ${literal(inner)}`)
    .join("; ")} }`;
}

/** `Cmdlet -Name 'x' -Flag:$true`; the colon form binds booleans and switches alike. */
export function commandLine(cmdlet: string, parameters: Record<string, CmdletValue>): string {
  return [cmdlet, ...Object.entries(parameters).map(([name, value]) => (typeof value === "boolean" ? `-${name}:${literal(value)}` : `-${name} ${literal(value)}`))].join(" ");
}
