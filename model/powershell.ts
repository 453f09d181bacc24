// PowerShell text for every generated script (the on-prem Exchange organization script, the
// Exchange Online script, the Microsoft365DSC configuration). A value from the organization
// file reaches PowerShell through exactly one function per context, never by concatenation:
//   psString   a string literal: single-quoted, nothing inside is expanded (about_Quoting_Rules:
//              ' and the typographic single quotes are doubled); a control character, which a
//              single-line literal cannot hold (NUL ends the line for some parsers), is joined
//              in as [char]0xNN, so the literal keeps the exact value and stays on one line;
//   psComment  comment text: one line, control characters replaced by spaces, and the block
//              comment delimiters <# and #> broken up, so it is safe in a # line and in <# #>.
// Everything else (numbers, booleans, lists, hashtables, command lines) is built from these.

export type PsValue = string | number | boolean | null | PsValue[] | { [key: string]: PsValue };

/** C0 and C1 controls, DEL and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** PowerShell's single quotes: ' and the typographic ‘ ’ ‚ ‛. */
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

const quoted = (text: string) => `'${text.replace(SINGLE_QUOTES, (quote) => quote + quote)}'`;

/** A string literal for `text`, exactly: '...' or, with control characters, ('...' + [char]0xNN + '...'). */
export function psString(text: string): string {
  if (!CONTROL.test(text)) return quoted(text);
  const parts: string[] = [];
  let run = "";
  for (const character of text) {
    if (CONTROL.test(character)) {
      if (run) parts.push(quoted(run));
      run = "";
      parts.push(`[char]0x${character.codePointAt(0)!.toString(16).toUpperCase().padStart(2, "0")}`);
    } else {
      run += character;
    }
  }
  if (run) parts.push(quoted(run));
  // A [char] alone is a char, not a string: start from '' so the expression is a string.
  if (!parts[0]!.startsWith("'")) parts.unshift("''");
  return `(${parts.join(" + ")})`;
}

/** Text for a comment: single-line, no control characters, no <# or #>. */
export function psComment(text: string): string {
  return text.replace(CONTROLS, " ").replace(/<#/g, "< #").replace(/#>/g, "# >");
}

const BARE_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A PowerShell literal: strings quoted, arrays as @(...), objects as hashtables. */
export function psValue(value: PsValue): string {
  if (value === null) return "$null";
  if (typeof value === "boolean") return value ? "$true" : "$false";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`psValue: ${value} is not a finite number`);
    return String(value);
  }
  if (typeof value === "string") return psString(value);
  if (Array.isArray(value)) return `@(${value.map(psValue).join(", ")})`;
  const entries = Object.entries(value).map(([key, item]) => `${BARE_KEY.test(key) ? key : psString(key)} = ${psValue(item)}`);
  return `@{ ${entries.join("; ")} }`;
}

/** A TimeSpan literal for Exchange parameters: days.hh:mm:ss. */
export function psDays(days: number): string {
  return psString(`${days}.00:00:00`);
}

/** `Cmdlet -Name 'x' -Flag:$true`; the colon form binds booleans and switches alike. */
export function commandLine(cmdlet: string, parameters: Record<string, PsValue>): string {
  return [cmdlet, ...Object.entries(parameters).map(([name, value]) => (typeof value === "boolean" ? `-${name}:${psValue(value)}` : `-${name} ${psValue(value)}`))].join(" ");
}
