// In Terraform's JSON syntax every string is a template: `${...}` is evaluated and `%{...}` is
// a directive unless written `$${` and `%%{`. Text from the organization file is escaped where
// it reaches a stack (constructs/terraform-text.ts); this scanner checks the synthesized JSON
// itself, after cdktf, since cdktf rewrites strings it takes for its own tokens.
//
// What the stacks generate on purpose is a whole-string interpolation (`${a.b.id}`,
// `${one([for ...])}`), whose quoted literals hold no template of their own. Any other live `${`
// or `%{` came from text and is refused before the output is written.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../model/input-error";

export interface LiveTemplate {
  /** JSON path of the string, e.g. resource.azurerm_resource_group.rg.tags.organization */
  path: string;
  value: string;
}

/** Positions where a live `${` or `%{` starts (`$${` and `%%{` are escapes and are skipped). */
export function liveSequences(text: string): number[] {
  const found: number[] = [];
  for (let index = 0; index < text.length; index++) {
    if ((text.startsWith("$${", index) || text.startsWith("%%{", index))) index += 2;
    else if (text.startsWith("${", index) || text.startsWith("%{", index)) found.push(index);
  }
  return found;
}

/**
 * Whether `text` is acceptable Terraform template text: no live sequence at all, or exactly one
 * interpolation spanning the whole string whose quoted literals hold no live sequence.
 */
export function isSafeTemplate(text: string): boolean {
  const live = liveSequences(text);
  if (live.length === 0) return true;
  return live[0] === 0 && text.startsWith("${") && interpolationEnd(text) === text.length - 1;
}

/** Index of the `}` closing the interpolation opened at 0; -1 when it does not close, or a quoted literal inside holds a live sequence. */
function interpolationEnd(text: string): number {
  let depth = 0;
  for (let index = 2; index < text.length; index++) {
    const char = text[index];
    if (char === '"') {
      const end = literalEnd(text, index + 1);
      if (end < 0 || liveSequences(text.slice(index + 1, end)).length > 0) return -1;
      index = end;
    } else if (char === "{") depth++;
    else if (char === "}") {
      if (depth === 0) return index;
      depth--;
    }
  }
  return -1;
}

/** Index of the `"` ending a quoted literal that starts at `start` (backslash escapes skipped). */
function literalEnd(text: string, start: number): number {
  for (let index = start; index < text.length; index++) {
    if (text[index] === "\\") index++;
    else if (text[index] === '"') return index;
  }
  return -1;
}

/** Every string in `json` that is not safe template text, with its JSON path. */
export function liveTemplatesIn(json: unknown, path: string[] = []): LiveTemplate[] {
  if (typeof json === "string") return isSafeTemplate(json) ? [] : [{ path: path.join("."), value: json }];
  if (Array.isArray(json)) return json.flatMap((item, index) => liveTemplatesIn(item, [...path, String(index)]));
  if (json && typeof json === "object") return Object.entries(json).flatMap(([key, value]) => liveTemplatesIn(value, [...path, key]));
  return [];
}

/** Refuses a synthesized output whose cdk.tf.json holds template syntax that came from text. */
export function refuseLiveTemplates(outdir: string, stacks: string[]): void {
  for (const stack of stacks) {
    const file = join(outdir, "stacks", stack, "cdk.tf.json");
    const [first] = liveTemplatesIn(JSON.parse(readFileSync(file, "utf8")));
    if (first) {
      throw new InputError(
        `${stack} stack ${first.path}`,
        JSON.stringify(first.value.length > 120 ? `${first.value.slice(0, 117)}...` : first.value),
        "text without Terraform template syntax: ${ and %{ in the organization file must reach Terraform escaped; this one did not, so nothing was written (report it, see docs/security.md)",
      );
    }
  }
}
