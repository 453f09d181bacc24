// PowerShell literals for generated scripts. Values from the organization file are always
// written as single-quoted strings (no variable expansion, no injection).

/** A single-quoted PowerShell string: ' is doubled, nothing inside is expanded. */
export function psString(value: string): string {
  return `'${value.replace(/'/g, "''").replace(/[\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}

export type PsValue = string | number | boolean | null | PsValue[] | { [key: string]: PsValue };

/** A PowerShell literal: strings quoted, arrays as @(...), objects as ordered hashtables. */
export function psValue(value: PsValue): string {
  if (value === null) return "$null";
  if (typeof value === "boolean") return value ? "$true" : "$false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`psValue: ${value} is not a finite number`);
    return String(value);
  }
  if (typeof value === "string") return psString(value);
  if (Array.isArray(value)) return `@(${value.map(psValue).join(", ")})`;
  return `[ordered]@{ ${Object.entries(value).map(([key, item]) => `${key} = ${psValue(item)}`).join("; ")} }`;
}

/** A TimeSpan literal for Exchange parameters: days.hh:mm:ss. */
export function psDays(days: number): string {
  return psString(`${days}.00:00:00`);
}
