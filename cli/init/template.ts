// Writes a commented organization file for a new municipality by walking the schema itself,
// so every key the schema has appears, each with a one-line comment: required keys with a
// starter value or a placeholder, defaulted keys with their default, optional keys commented
// out. A key the comment catalog does not know fails the init test, not a user.
import { stringify } from "yaml";
import type { z } from "zod";
import { organizationFile } from "../../model/schema";
import { unionForms } from "../../model/schema-shape";
import type { Lang } from "../../i18n/lang";
import { commentFor, headerLines } from "./comments";
import { hasStarterUnder, starterValue } from "./starters";

type Schema = z.core.$ZodType;
type Def = { type: string; innerType?: Schema; in?: Schema; shape?: Record<string, Schema>; element?: Schema; defaultValue?: unknown; discriminator?: string; options?: Schema[] };

const WIDTH = 96;
const def = (schema: Schema) => schema._zod.def as Def;

function unwrap(schema: Schema): { schema: Schema; optional: boolean; defaultValue?: unknown; hasDefault: boolean } {
  let current = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (;;) {
    const d = def(current);
    if (d.type === "optional") optional = true;
    if ((d.type === "default" || d.type === "prefault") && !hasDefault) {
      hasDefault = true;
      defaultValue = d.defaultValue;
    }
    if (d.innerType && ["optional", "default", "prefault", "nullable"].includes(d.type)) current = d.innerType;
    else if (d.type === "pipe" && d.in) current = d.in;
    else return { schema: current, optional, defaultValue, hasDefault };
  }
}

/** A scalar, a list of scalars or an empty mapping, in YAML flow style on one line. */
function inline(value: unknown): string {
  return stringify(value, { collectionStyle: "flow", flowCollectionPadding: false, lineWidth: 0 }).trim();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function wrap(text: string, indent: string, prefix: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + prefix.length + line.length + word.length + 1 > WIDTH) {
      lines.push(`${indent}${prefix}${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${indent}${prefix}${line}`);
  return lines;
}

/** The values an enum or literal allows, for the comment. */
function choices(schema: Schema): string[] | undefined {
  const values = schema._zod.values;
  return values && values.size > 1 ? [...values].map(String) : undefined;
}

class Writer {
  readonly lines: string[] = [];
  constructor(readonly language: Lang) {}

  comment(path: string, indent: string, schema?: Schema, prefix = "# "): void {
    const text = commentFor(path, this.language);
    if (!text) return;
    const allowed = schema && choices(schema);
    const full = allowed ? `${text} (${this.language === "sv" ? "ett av" : "one of"}: ${allowed.join(", ")})` : text;
    this.lines.push(...wrap(full, indent, prefix));
  }

  /**
   * One key of an object schema at `path`. `inherited` is the parent object's default, which
   * supplies a value for a key that has no default of its own (onprem.backup.kind).
   */
  key(key: string, field: Schema, path: string, indent: string, commented: boolean, inherited?: unknown): void {
    const own = unwrap(field);
    const { schema, optional } = own;
    const fromParent = isPlainObject(inherited) && Object.hasOwn(inherited, key);
    const hasDefault = own.hasDefault || fromParent;
    const defaultValue = own.hasDefault ? own.defaultValue : fromParent ? (inherited as Record<string, unknown>)[key] : undefined;
    const starter = starterValue(path, this.language);
    const kind = def(schema).type;
    const out = commented ? "# " : "";
    this.comment(path, indent, schema, commented ? "# # " : "# ");
    if (kind === "object" && !starter.found) {
      // Optional objects without a default are facts the municipality records once it has
      // them (a DPIA, an exit plan): written commented out, to be filled in and uncommented.
      const childCommented = commented || (optional && !hasDefault && !hasStarterUnder(path));
      const keyLine = this.lines.push(`${indent}${childCommented ? "# " : ""}${key}:`) - 1;
      for (const [child, childSchema] of Object.entries(def(schema).shape ?? {})) this.key(child, childSchema, `${path}.${child}`, `${indent}  `, childCommented, defaultValue);
      // An object whose every key stayed commented out would read as null: comment it out too.
      const written = this.lines.slice(keyLine + 1).some((line) => !line.trimStart().startsWith("#"));
      if (!written && !childCommented) this.lines[keyLine] = `${indent}# ${key}:`;
      return;
    }
    const value = starter.found ? starter.value : hasDefault ? defaultValue : undefined;
    if (kind === "union" && isPlainObject(value)) return this.unionValue(key, schema, value, path, indent, commented);
    if (kind === "array" && def(unwrap(def(schema).element!).schema).type === "object") return this.objectList(key, def(schema).element!, path, indent, commented);
    if (value === undefined) {
      this.lines.push(`${indent}# ${key}: ${this.exampleFor(schema)}`);
      return;
    }
    if (Array.isArray(value) && value.length > 4) {
      // Long defaults (lists of role ids) stay the schema's: shown commented, not copied.
      this.lines.push(`${indent}# ${key}: ${this.language === "sv" ? "standardvärdet i schemat" : "the schema's default"} (${value.length})`);
      return;
    }
    const line = `${indent}${out}${key}: ${inline(value)}`;
    if (line.length <= WIDTH || !Array.isArray(value)) this.lines.push(line);
    else this.lines.push(`${indent}${out}${key}:`, ...value.map((item) => `${indent}${out}  - ${inline(item)}`));
  }

  /** A union written in the starter's form, with the other forms named in a comment. */
  unionValue(key: string, union: Schema, value: Record<string, unknown>, path: string, indent: string, commented: boolean): void {
    const discriminator = def(union).discriminator!;
    const member = def(union).options!.find((option) => def(unwrap(option).schema).shape?.[discriminator]?._zod.values?.has(value[discriminator] as never));
    if (!member) throw new Error(`init: the starter of ${path} matches no form of the union`);
    this.lines.push(`${indent}${commented ? "# " : ""}${key}:`);
    for (const [child, childSchema] of Object.entries(def(unwrap(member).schema).shape ?? {})) {
      if (!Object.hasOwn(value, child)) {
        this.key(child, childSchema, `${path}.${child}`, `${indent}  `, commented);
        continue;
      }
      this.comment(`${path}.${child}`, `${indent}  `, unwrap(childSchema).schema, commented ? "# # " : "# ");
      this.lines.push(`${indent}  ${commented ? "# " : ""}${child}: ${inline(value[child])}`);
    }
    const others = unionForms(union)!.forms.filter((form) => form.tag !== value[discriminator]);
    const or = this.language === "sv" ? "Eller" : "Or";
    const withKeys = this.language === "sv" ? "med" : "with";
    for (const form of others) this.lines.push(`${indent}  # ${or} ${discriminator}: ${form.tag}${form.required.length ? ` ${withKeys} ${form.required.join(", ")}` : ""}`);
  }

  /** A list of objects (deletion decisions, waivers): empty, with one commented example entry. */
  objectList(key: string, element: Schema, path: string, indent: string, commented: boolean): void {
    this.lines.push(`${indent}${commented ? "# " : ""}${key}: []`);
    const entries = Object.entries(def(unwrap(element).schema).shape ?? {});
    entries.forEach(([child, childSchema], index) => {
      const schema = unwrap(childSchema).schema;
      this.comment(`${path}[].${child}`, indent, schema, "#   # ");
      this.lines.push(`${indent}# ${index === 0 ? "- " : "  "}${child}: ${this.exampleFor(schema)}`);
    });
  }

  exampleFor(schema: Schema): string {
    const allowed = choices(schema);
    if (allowed) return allowed[0]!;
    const kind = def(schema).type;
    const format = (schema._zod.def as { format?: string }).format;
    if (format === "date") return this.language === "sv" ? '"<ÅÅÅÅ-MM-DD>"' : '"<YYYY-MM-DD>"';
    if (format === "uuid") return '"<00000000-0000-0000-0000-000000000000>"';
    if (kind === "number") return "<n>";
    if (kind === "boolean") return "false";
    if (kind === "array") return "[]";
    return this.language === "sv" ? '"<text>"' : '"<text>"';
  }
}

export function organizationTemplate(language: Lang): string {
  const writer = new Writer(language);
  writer.lines.push(...headerLines(language).map((line) => (line ? `# ${line}` : "#")));
  for (const [key, field] of Object.entries(def(organizationFile).shape ?? {})) {
    if (key === "$schema") continue;
    writer.lines.push("");
    writer.key(key, field, key, "", false);
  }
  return `${writer.lines.join("\n")}\n`;
}
