// Placeholders are the "<...>" values `exchange-iac init` writes where nothing can be guessed.
// The loader refuses each one by name, so a half-filled file never runs as if it were real.
import { parse } from "yaml";

export const PLACEHOLDER = /^<[^<>]+>$/;

/** Every placeholder in the data, with its dotted path. */
export function placeholdersIn(value: unknown, path = ""): { path: string; placeholder: string }[] {
  if (typeof value === "string") return PLACEHOLDER.test(value) ? [{ path, placeholder: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholdersIn(item, `${path}.${index}`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => placeholdersIn(item, path ? `${path}.${key}` : key));
  return [];
}

/** Every placeholder in a YAML text (what `init` just wrote). */
export function placeholdersInYaml(text: string): { path: string; placeholder: string }[] {
  return placeholdersIn(parse(text));
}
