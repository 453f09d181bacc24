// Reads the current state of a tenant with the Get- cmdlets and keeps the fields this
// project manages, in the settings shape the planner compares. The service returns richer
// objects (locations as objects, SIT conditions with lower-case keys, null for empty), so
// each value is normalized here and nowhere else, then checked against SECTION_FIELDS.
// No zod here: this code also runs inside the serialized Pulumi dynamic provider.
import { SECTION_SPECS, itemsOf, type Item } from "../../model/exchange-online/cmdlets";
import type { SettingsSection, TenantSettings } from "../../model/exchange-online/settings";
import { SECTION_FIELDS, type FieldKind } from "../../model/exchange-online/settings-fields";
import type { InvokeCommandClient } from "./rest-client";

export class UnexpectedStateError extends Error {
  constructor(cmdlet: string, detail: string) {
    super(`${cmdlet} returned an object exchange-iac cannot read: ${detail}`);
    this.name = "UnexpectedStateError";
  }
}

/**
 * Reads every section, or only `sections` (one Get- call per section). `desired` lets a section
 * that summarizes many objects (mailboxes and their DEP) read itself against what is wanted.
 */
export async function readTenantSettings(client: InvokeCommandClient, sections?: readonly SettingsSection[], desired: TenantSettings = {}): Promise<TenantSettings> {
  const settings: Record<string, unknown> = {};
  for (const spec of SECTION_SPECS.filter((candidate) => !sections || sections.includes(candidate.section))) {
    const results = await client.invoke({ cmdlet: spec.get, parameters: spec.getParameters ?? {}, endpoint: spec.endpoint });
    const read = spec.read ? spec.read(results, (itemsOf(desired, spec) ?? []) as Item[]) : results;
    const items = read.map((result, index) => normalize(result, SECTION_FIELDS[spec.section], `${spec.get} item ${index}`));
    if (spec.singleton) {
      if (items[0]) settings[spec.section] = items[0];
    } else {
      settings[spec.section] = items;
    }
  }
  return settings as TenantSettings;
}

function normalize(result: Record<string, unknown>, fields: Record<string, FieldKind>, where: string): Item {
  const item: Record<string, unknown> = {};
  for (const [field, kind] of Object.entries(fields)) {
    let value = field === "KeySize" ? dkimKeySize(result) : result[field];
    if (value == null) {
      if (kind.kind === "array") value = [];
      else if (kind.kind === "string") value = "";
      else throw new UnexpectedStateError(where, `${field} is missing`);
    }
    value = normalizeValue(field, value);
    if (!fits(value, kind)) throw new UnexpectedStateError(where, `${field} is ${JSON.stringify(value)}, expected ${describe(kind)}`);
    item[field] = value;
  }
  return item as Item;
}

/**
 * Get-DkimSigningConfig reports a key size per selector; after Rotate-DkimSigningConfig the
 * rotated selector carries the new size, so the larger one is what the domain signs with once
 * the rotation completes (source: learn-dkim-configure).
 */
function dkimKeySize(result: Record<string, unknown>): unknown {
  const sizes = [result.Selector1KeySize, result.Selector2KeySize].filter((size) => size != null).map(Number);
  return sizes.length ? Math.max(...sizes) : undefined;
}

function fits(value: unknown, kind: FieldKind): boolean {
  switch (kind.kind) {
    case "string":
    case "boolean":
    case "number":
      return typeof value === kind.kind;
    case "enum":
      return kind.values.includes(value as string | number);
    case "array":
      return Array.isArray(value) && value.every((entry) => (kind.of === "string" ? typeof entry === "string" : entry !== null && typeof entry === "object"));
  }
}

function describe(kind: FieldKind): string {
  return kind.kind === "enum" ? `one of ${kind.values.join(", ")}` : kind.kind === "array" ? `a list of ${kind.of}s` : `a ${kind.kind}`;
}

function normalizeValue(field: string, value: unknown): unknown {
  if (field === "ContentContainsSensitiveInformation" && Array.isArray(value)) {
    return value.map((entry) => {
      const lower = Object.fromEntries(Object.entries(entry as Record<string, unknown>).map(([key, inner]) => [key.toLowerCase(), inner]));
      const type: Record<string, unknown> = { name: lower.name };
      if (lower.id != null) type.id = lower.id;
      if (lower.mincount != null) type.minCount = Number(lower.mincount);
      if (lower.minconfidence != null) type.minConfidence = Number(lower.minconfidence);
      return type;
    });
  }
  if (Array.isArray(value)) return value.map((entry) => (entry !== null && typeof entry === "object" ? nameOf(entry as Record<string, unknown>) : entry));
  if (field === "RetentionDuration" && typeof value === "number") return String(value);
  return value;
}

function nameOf(entry: Record<string, unknown>): unknown {
  return entry.Name ?? entry.DisplayName ?? entry.Identity ?? JSON.stringify(entry);
}
