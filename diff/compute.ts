// What a change does: per stack the resources added, changed (with the attributes that
// changed), replaced and removed; the cost delta per year and over the TCO; new and
// fixed findings. Pure: two snapshots in, a diff out.
import { catalog } from "../i18n/catalog";
import { describeSide, type Side } from "./side";
import type { Snapshot, SnapshotFinding, SnapshotResource } from "./snapshot";

export type Scalar = string | number | boolean | null;

export interface ResourceChange {
  address: string;
  type: string;
  /** Changed attribute paths (dotted), for changed and replaced resources. */
  attributes?: string[];
  /** Before and after of the changed attributes that are single values (numbers, booleans, strings). */
  values?: Record<string, { before: Scalar; after: Scalar }>;
}

export interface StackDiff {
  stack: string;
  added: ResourceChange[];
  changed: ResourceChange[];
  replaced: ResourceChange[];
  removed: ResourceChange[];
  /** From a plan: changed outside Terraform since the last apply; the plan changes them back. */
  drifted: ResourceChange[];
  /** Changed in the code, but in lifecycle.ignore_changes: Terraform leaves existing resources as they are. */
  notApplied: ResourceChange[];
  facts: { name: string; base: number | null; head: number | null }[];
}

export interface CostDelta {
  option: string;
  perYear: { year: number; base: number; head: number; delta: number }[];
  tco: { base: number; head: number; delta: number };
  oneOff: { base: number; head: number; delta: number };
}

export interface DiffReport {
  kind: "exchange-iac-diff";
  version: 1;
  /** Each side in English; `sides` holds them as data for a comment in another language. */
  base: string;
  head: string;
  sides: { base: Side; head: Side };
  changed: boolean;
  stacks: StackDiff[];
  cost: CostDelta[] | { unavailable: string };
  findings: { new: SnapshotFinding[]; fixed: SnapshotFinding[] } | { unavailable: string };
}

export function computeDiff(base: Snapshot, head: Snapshot): DiffReport {
  const stacks = [...new Set([...Object.keys(base.stacks), ...Object.keys(head.stacks)])].sort().map((stack) => stackDiff(stack, base, head));
  const cost = costDelta(base, head);
  const findings = findingsDelta(base, head);
  const horizonChanged = typeof base.cost !== "string" && typeof head.cost !== "string" && base.cost.years !== head.cost.years;
  const changed =
    horizonChanged ||
    stacks.some((s) => s.added.length + s.changed.length + s.replaced.length + s.removed.length + s.drifted.length + s.notApplied.length > 0 || s.facts.some((f) => f.base !== f.head)) ||
    (Array.isArray(cost) && cost.some((c) => c.tco.delta !== 0 || c.oneOff.delta !== 0 || c.perYear.some((y) => y.delta !== 0))) ||
    ("new" in findings && findings.new.length + findings.fixed.length > 0);
  const english = catalog("en").diff.side;
  return { kind: "exchange-iac-diff", version: 1, base: describeSide(base.side, english), head: describeSide(head.side, english), sides: { base: base.side, head: head.side }, changed, stacks, cost, findings };
}

function stackDiff(stack: string, base: Snapshot, head: Snapshot): StackDiff {
  const before = base.stacks[stack]?.resources ?? {};
  const after = head.stacks[stack]?.resources ?? {};
  const diff: StackDiff = { stack, added: [], changed: [], replaced: [], removed: [], drifted: head.stacks[stack]?.drifted ?? [], notApplied: [], facts: [] };
  for (const address of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const [b, a] = [before[address], after[address]];
    if (!b && a) diff.added.push({ address, type: a.type });
    else if (b && !a) diff.removed.push({ address, type: b.type });
    else if (b && a) {
      const change = resourceChange(address, a.type, b.values, a.values);
      const { applied, ignored } = splitIgnored(change, a.ignoreChanges ?? []);
      if (isReplacement(a)) diff.replaced.push(change);
      else {
        if (applied) diff.changed.push(applied);
        if (ignored) diff.notApplied.push(ignored);
      }
    }
  }
  const baseFacts = base.stacks[stack]?.facts ?? {};
  const headFacts = head.stacks[stack]?.facts ?? {};
  diff.facts = [...new Set([...Object.keys(baseFacts), ...Object.keys(headFacts)])].map((name) => ({ name, base: baseFacts[name] ?? null, head: headFacts[name] ?? null }));
  return diff;
}

const isReplacement = (r: SnapshotResource) => Boolean(r.actions?.includes("delete") && r.actions.includes("create"));

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The change split by lifecycle.ignore_changes (top-level attribute names): what Terraform applies and what it leaves. */
function splitIgnored(change: ResourceChange, ignoreChanges: string[]): { applied?: ResourceChange; ignored?: ResourceChange } {
  const part = (keep: (path: string) => boolean): ResourceChange | undefined => {
    const attributes = change.attributes!.filter(keep);
    if (!attributes.length) return undefined;
    const values = Object.fromEntries(Object.entries(change.values ?? {}).filter(([path]) => keep(path)));
    return { address: change.address, type: change.type, attributes, ...(Object.keys(values).length ? { values } : {}) };
  };
  const ignored = (path: string) => ignoreChanges.includes(path.split(".")[0]!);
  return { applied: part((path) => !ignored(path)), ignored: part(ignored) };
}

/** What changed between two states of one resource: the attribute paths, and their values where single. */
export function resourceChange(address: string, type: string, before: unknown, after: unknown): ResourceChange {
  const attributes = changedPaths(before, after);
  return { address, type, attributes, ...scalarValues(attributes, before, after) };
}

/** `values` for the changed paths whose both sides are single values (an absent side is null). */
function scalarValues(paths: string[], before: unknown, after: unknown): Pick<ResourceChange, "values"> {
  const at = (value: unknown, path: string): unknown => path.split(".").reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), value);
  const scalar = (value: unknown): value is Scalar => value === null || value === undefined || ["string", "number", "boolean"].includes(typeof value);
  const values = Object.fromEntries(
    paths.flatMap((path) => {
      const [b, a] = [at(before, path), at(after, path)];
      return scalar(b) && scalar(a) ? [[path, { before: b ?? null, after: a ?? null }]] : [];
    }),
  );
  return Object.keys(values).length ? { values } : {};
}

/** Dotted paths of the attributes that differ; objects are walked, lists compared whole. */
export function changedPaths(a: unknown, b: unknown, prefix = ""): string[] {
  if (isPlainObject(a) && isPlainObject(b)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().flatMap((key) => changedPaths(a[key], b[key], prefix ? `${prefix}.${key}` : key));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [prefix || "(value)"];
}

function costDelta(base: Snapshot, head: Snapshot): DiffReport["cost"] {
  if (typeof base.cost === "string") return { unavailable: `base: ${base.cost}` };
  if (typeof head.cost === "string") return { unavailable: `head: ${head.cost}` };
  const [b, h] = [base.cost, head.cost];
  // Totals over different planning horizons are not comparable: a 5-year TCO is not a 3-year one plus a delta.
  if (b.years !== h.years) {
    return { unavailable: `the planning horizons differ (base ${b.years} years, head ${h.years} years; cost.planningYears), so cost per year and TCO are not compared` };
  }
  const years = b.years;
  const options = [...new Set([...Object.keys(b.options), ...Object.keys(h.options)])].sort() as (keyof typeof b.options)[];
  return options.map((option) => {
    const [bo, ho] = [b.options[option], h.options[option]];
    const delta = (x: number, y: number) => ({ base: x, head: y, delta: y - x });
    return {
      option,
      perYear: Array.from({ length: years }, (_, i) => ({ year: i + 1, ...delta(bo?.perYear[i] ?? 0, ho?.perYear[i] ?? 0) })),
      tco: delta(bo?.tco ?? 0, ho?.tco ?? 0),
      oneOff: delta(bo?.oneOff ?? 0, ho?.oneOff ?? 0),
    };
  });
}

const findingKey = (f: SnapshotFinding) => `${f.option}|${f.ruleId}|${f.status}|${f.message}`;

function findingsDelta(base: Snapshot, head: Snapshot): DiffReport["findings"] {
  if (typeof base.findings === "string") return { unavailable: `base: ${base.findings}` };
  if (typeof head.findings === "string") return { unavailable: `head: ${head.findings}` };
  const [b, h] = [new Set(base.findings.map(findingKey)), new Set(head.findings.map(findingKey))];
  return { new: head.findings.filter((f) => !b.has(findingKey(f))), fixed: base.findings.filter((f) => !h.has(findingKey(f))) };
}
