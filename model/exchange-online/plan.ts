// Desired settings against the current state of a tenant give an ordered list of cmdlet
// calls: New- when an item is absent, Set- (or the section's own change) when it drifted,
// nothing when it is equal. Items the tenant has but the document does not name are left
// alone: this project never deletes what it did not declare.
import { SECTION_SPECS, compact, itemsOf, type CmdletCall, type CmdletValue, type Item } from "./cmdlets";
import type { TenantSettings } from "./settings";

export function planCalls(desired: TenantSettings, current: TenantSettings): CmdletCall[] {
  const calls: CmdletCall[] = [];
  for (const spec of SECTION_SPECS) {
    const wanted = itemsOf(desired, spec) ?? [];
    const present = itemsOf(current, spec);
    for (const item of wanted) {
      const identity = spec.key ? String(item[spec.key]) : undefined;
      const existing = spec.singleton ? present?.[0] : present?.find((candidate) => sameIdentity(candidate, spec.key!, identity!));
      const emit = (list: { cmdlet: string; parameters: Record<string, CmdletValue> }[]) =>
        calls.push(...list.map((call) => ({ ...call, endpoint: spec.endpoint })));
      if (!existing) {
        if (spec.singleton || !spec.create) {
          const { [spec.key ?? ""]: _key, ...rest } = item;
          emit([{ cmdlet: spec.set, parameters: compact(identity ? { Identity: identity, ...rest } : rest) }]);
        } else {
          emit(spec.create(item));
        }
        continue;
      }
      const drift = driftedFields(item, existing, [spec.key ?? "", ...(spec.createOnly ?? [])]);
      if (Object.keys(drift).length === 0) continue;
      if (spec.change && identity) emit(spec.change(identity, drift, existing));
      else emit([{ cmdlet: spec.set, parameters: identity ? { Identity: identity, ...drift } : drift }]);
    }
  }
  return calls;
}

/** Names compare without regard to case, as Exchange does. */
function sameIdentity(candidate: Item, key: string, identity: string): boolean {
  return String(candidate[key]).toLowerCase() === identity.toLowerCase();
}

function driftedFields(desired: Item, current: Item, ignored: string[]): Item {
  const drift: Item = {};
  for (const [field, value] of Object.entries(desired)) {
    if (ignored.includes(field)) continue;
    if (!equalValues(value, current[field])) drift[field] = value;
  }
  return drift;
}

/** Deep equality where lists are compared as sets: the service returns them in any order. */
export function equalValues(a: CmdletValue | undefined, b: CmdletValue | undefined): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: CmdletValue | undefined): string {
  if (value === undefined || value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(",")}]`;
  if (typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
