// The settings schema as plain data: for each section, each field's kind (and allowed values).
// The Pulumi dynamic provider is serialized as a closure into the program's state, and zod's
// bound functions cannot be serialized, so code that runs inside the provider (reading
// state back from the tenant) checks values against this table instead of zod itself.
import { z } from "zod";
import { SECTION_ITEM_SCHEMAS, type SettingsSection } from "./settings";

export type FieldKind =
  | { kind: "string" }
  | { kind: "boolean" }
  | { kind: "number" }
  | { kind: "enum"; values: (string | number)[] }
  | { kind: "array"; of: "string" | "object" };

function fieldKind(schema: z.ZodType): FieldKind {
  if (schema instanceof z.ZodString) return { kind: "string" };
  if (schema instanceof z.ZodBoolean) return { kind: "boolean" };
  if (schema instanceof z.ZodNumber) return { kind: "number" };
  if (schema instanceof z.ZodEnum) return { kind: "enum", values: [...schema.options] };
  if (schema instanceof z.ZodUnion) return { kind: "enum", values: schema.options.map((option) => (option as z.ZodLiteral).value as string | number) };
  if (schema instanceof z.ZodArray) return { kind: "array", of: schema.element instanceof z.ZodString ? "string" : "object" };
  throw new Error(`settings-fields: no kind for ${schema.def.type}`);
}

export const SECTION_FIELDS: Record<SettingsSection, Record<string, FieldKind>> = Object.fromEntries(
  Object.entries(SECTION_ITEM_SCHEMAS).map(([section, schema]) => [
    section,
    Object.fromEntries(Object.entries((schema as z.ZodObject).shape).map(([field, fieldSchema]) => [field, fieldKind(fieldSchema as z.ZodType)])),
  ]),
) as Record<SettingsSection, Record<string, FieldKind>>;
