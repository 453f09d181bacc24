// Reads the organization schema's shape at a path of the file, so an error can list the keys
// allowed there, the closest one to a misspelt key, and the forms of a union.
import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";

type Schema = z.core.$ZodType;

/** Looks through optional, default, prefault, nullable and pipe wrappers. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: Schema; in?: Schema };
    if (def.innerType && ["optional", "default", "prefault", "nullable", "readonly", "nonoptional"].includes(def.type)) current = def.innerType;
    else if (def.type === "pipe" && def.in) current = def.in;
    else return current;
  }
}

/** The schema at `path` of the data, choosing a union member by the data's discriminator. */
export function schemaAt(root: Schema, path: readonly PropertyKey[], data: unknown): Schema | undefined {
  let schema: Schema | undefined = unwrap(root);
  let value: unknown = data;
  for (const key of path) {
    if (!schema) return undefined;
    schema = unwrap(unionMemberFor(schema, value) ?? schema);
    const def = schema._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema; valueType?: Schema; items?: Schema[] };
    if (def.type === "object") schema = def.shape?.[String(key)];
    else if (def.type === "array") schema = def.element;
    else if (def.type === "tuple") schema = def.items?.[Number(key)];
    else if (def.type === "record") schema = def.valueType;
    else return undefined;
    value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    if (schema) schema = unwrap(schema);
  }
  return schema ? unwrap(unionMemberFor(schema, value) ?? schema) : undefined;
}

function unionMemberFor(schema: Schema, value: unknown): Schema | undefined {
  const def = schema._zod.def as { type: string; discriminator?: string; options?: Schema[] };
  if (def.type !== "union" || !def.discriminator || !value || typeof value !== "object") return undefined;
  const tag = (value as Record<string, unknown>)[def.discriminator];
  return def.options?.find((option) => discriminatorValues(option, def.discriminator!).includes(tag));
}

function discriminatorValues(option: Schema, discriminator: string): unknown[] {
  const shape = (unwrap(option)._zod.def as { shape?: Record<string, Schema> }).shape;
  const values = shape?.[discriminator]?._zod.values;
  return values ? [...values] : [];
}

/** The keys an object allows, or the fixed keys of a record whose keys are an enum; else undefined. */
export function allowedKeys(schema: Schema | undefined): string[] | undefined {
  if (!schema) return undefined;
  const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, Schema>; keyType?: Schema };
  if (def.type === "object" && def.shape) return Object.keys(def.shape).filter((key) => key !== "$schema");
  if (def.type === "record" && def.keyType?._zod.values) return [...def.keyType._zod.values].map(String);
  return undefined;
}

/** Keys of an object schema that must be written (no default, not optional). */
export function requiredKeys(schema: Schema): string[] {
  const def = unwrap(schema)._zod.def as { shape?: Record<string, Schema> };
  return Object.entries(def.shape ?? {})
    .filter(([, field]) => !["optional", "default", "prefault"].includes(field._zod.def.type))
    .map(([key]) => key);
}

/** The forms of a discriminated union: the tag of each and the other keys it requires. */
export function unionForms(schema: Schema): { discriminator: string; forms: { tag: string; required: string[] }[] } | undefined {
  const def = unwrap(schema)._zod.def as { type: string; discriminator?: string; options?: Schema[] };
  if (def.type !== "union" || !def.discriminator || !def.options) return undefined;
  const discriminator = def.discriminator;
  return {
    discriminator,
    forms: def.options.map((option) => ({
      tag: String(discriminatorValues(option, discriminator)[0]),
      required: requiredKeys(option).filter((key) => key !== discriminator),
    })),
  };
}

/** The allowed key a misspelt one most likely meant, if any is close enough to be a typo. */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  if (!allowed.length) return undefined;
  const lower = allowed.map((candidate) => candidate.toLowerCase());
  const match = closest(key.toLowerCase(), lower);
  const limit = Math.max(2, Math.floor(key.length / 3));
  return distance(key.toLowerCase(), match) <= limit ? allowed[lower.indexOf(match)] : undefined;
}
