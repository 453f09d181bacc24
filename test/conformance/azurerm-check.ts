// Applies the azurerm provider's own argument rules (azurerm-rules-*.ts, read in the provider's
// source at v4.55.0) to synthesized cdk.tf.json. Values that are Terraform expressions ("${...}")
// are known only at apply and are not judged by value; they still count as present.
export type ValueType = "string" | "number" | "boolean" | "list" | "map" | "block";

export type Check =
  | { kind: "type"; type: ValueType }
  | { kind: "required" }
  | { kind: "one-of"; values: readonly (string | number | boolean)[] }
  | { kind: "int-range"; min: number; max?: number; also?: readonly number[] }
  | { kind: "pattern"; pattern: RegExp; what: string }
  | { kind: "length"; min: number; max: number }
  | { kind: "not-empty" }
  | { kind: "uuid" }
  | { kind: "json" }
  | { kind: "excludes"; characters: string }
  | { kind: "ipv4" }
  | { kind: "ipv4-or-cidr" }
  | { kind: "items"; min?: number; max?: number }
  | { kind: "tags" }
  | { kind: "exactly-one-of"; of: readonly string[] }
  | { kind: "at-least-one-of"; of: readonly string[] }
  | { kind: "conflicts-with"; with: readonly string[] }
  | { kind: "required-with"; with: readonly string[] }
  /** ForceNew on a resource we protect from destroy: our lifecycle must ignore its changes. */
  | { kind: "force-new-ignored" }
  | { kind: "custom"; what: string; test: (block: Block) => string | undefined; plant: (block: Block) => void };

export interface ProviderRule {
  /** "azurerm_key_vault" (resource), "data.azurerm_resources", "provider.azurerm" or "import.<resource type>". */
  target: string;
  /** Argument path; blocks joined by "." (a list of blocks is walked item by item). */
  argument: string;
  check: Check;
  /** File in hashicorp/terraform-provider-azurerm at v4.55.0 (or in `source`) that holds the rule. */
  file: string;
  /** Another provider's repository and tag, for a rule that is not azurerm's (random_password). */
  source?: { repository: string; tag: string };
  /** A value that breaks the rule, for the mutation test (a default exists for most checks). */
  bad?: unknown;
}

export type Block = Record<string, any>;

export interface Violation {
  target: string;
  address: string;
  rule: string;
  message: string;
}

export const PROVIDER_TAG = "v4.55.0";
export const ruleUrl = (rule: ProviderRule) =>
  `https://github.com/${rule.source?.repository ?? "hashicorp/terraform-provider-azurerm"}/blob/${rule.source?.tag ?? PROVIDER_TAG}/${rule.file}`;
export const ruleId = (rule: ProviderRule) => `${rule.target} ${rule.argument} ${rule.check.kind}`;

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const isExpression = (value: unknown) => typeof value === "string" && value.includes("${");
const isObject = (value: unknown): value is Block => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every block a rule target names in one cdk.tf.json, with its address. */
export function blocksOf(json: Record<string, any>, target: string): { address: string; block: Block }[] {
  const [kind, type] = target.includes(".") ? (target.split(".", 2) as [string, string]) : ["resource", target];
  if (kind === "provider") return (json.provider?.[type] ?? []).map((block: Block, i: number) => ({ address: `provider.${type}[${block.alias ?? i}]`, block }));
  if (kind === "import") return (json.import ?? []).filter((block: Block) => String(block.to).startsWith(`${type}.`)).map((block: Block) => ({ address: `import ${block.to}`, block }));
  const byName = (kind === "data" ? json.data : json.resource)?.[type] ?? {};
  return Object.entries<Block>(byName).map(([name, block]) => ({ address: `${kind === "data" ? "data." : ""}${type}.${name}`, block }));
}

/** The parent blocks of an argument path ("a.b.c" -> every b block inside every a block). */
export function parentsOf(block: Block, argument: string): Block[] {
  let level: Block[] = [block];
  for (const key of argument.split(".").slice(0, -1)) {
    level = level.flatMap((parent) => {
      const child = parent[key];
      if (Array.isArray(child)) return child.filter(isObject);
      return isObject(child) ? [child] : [];
    });
  }
  return level;
}

const leaf = (argument: string) => argument.split(".").at(-1)!;
const present = (parent: Block, key: string) => parent[key] !== undefined && parent[key] !== null;

function typeOf(value: unknown): ValueType {
  if (Array.isArray(value)) return "list";
  if (isObject(value)) return "map";
  return typeof value as ValueType;
}

/** Why one value breaks a value check, or undefined. */
function valueProblem(check: Check, value: unknown): string | undefined {
  if (isExpression(value)) return undefined;
  switch (check.kind) {
    case "one-of":
      return check.values.includes(value as string) ? undefined : `${JSON.stringify(value)} is not one of ${check.values.join(", ")}`;
    case "int-range": {
      const n = value as number;
      const inRange = Number.isInteger(n) && n >= check.min && (check.max === undefined || n <= check.max);
      return inRange || check.also?.includes(n) ? undefined : `${JSON.stringify(value)} is not a whole number from ${check.min}${check.max === undefined ? " up" : ` to ${check.max}`}${check.also ? ` or one of ${check.also.join(", ")}` : ""}`;
    }
    case "pattern":
      return typeof value === "string" && check.pattern.test(value) ? undefined : `${JSON.stringify(value)} is not ${check.what}`;
    case "length":
      return typeof value === "string" && value.length >= check.min && value.length <= check.max ? undefined : `${JSON.stringify(value)} is not ${check.min}-${check.max} characters`;
    case "not-empty":
      return typeof value === "string" && value.trim() !== "" ? undefined : "the value is empty";
    case "uuid":
      return typeof value === "string" && UUID.test(value) ? undefined : `${JSON.stringify(value)} is not a UUID`;
    case "json":
      try {
        JSON.parse(value as string);
        return undefined;
      } catch {
        return `${JSON.stringify(value)} is not JSON`;
      }
    case "excludes":
      return [...check.characters].some((c) => String(value).includes(c)) ? `${JSON.stringify(value)} contains one of ${check.characters}` : undefined;
    case "ipv4":
      return isIpv4(String(value)) ? undefined : `${JSON.stringify(value)} is not an IPv4 address`;
    case "ipv4-or-cidr":
      return isIpv4(String(value)) || /^([0-9]{1,3}\.){3}[0-9]{1,3}(\/([0-9]|[1-2][0-9]|3[0-2]))?$/.test(String(value)) ? undefined : `${JSON.stringify(value)} is neither an IPv4 address nor a CIDR range`;
    default:
      return undefined;
  }
}

function isIpv4(value: string): boolean {
  const parts = value.split(".");
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

const VALUE_CHECKS = new Set(["one-of", "int-range", "pattern", "length", "not-empty", "uuid", "json", "excludes", "ipv4", "ipv4-or-cidr"]);

/** The problems one rule finds in one block. */
export function problems(rule: ProviderRule, block: Block): string[] {
  const { check } = rule;
  const key = leaf(rule.argument);
  const parents = parentsOf(block, rule.argument);
  const out: string[] = [];
  for (const parent of parents) {
    const value = parent[key];
    switch (check.kind) {
      case "type":
        if (present(parent, key) && !isExpression(value)) {
          const actual = typeOf(value);
          const ok = check.type === actual || (check.type === "block" && (actual === "map" || (actual === "list" && (value as unknown[]).every(isObject))));
          if (!ok) out.push(`is a ${actual}, the provider's schema has a ${check.type}`);
        }
        break;
      case "required":
        if (!present(parent, key)) out.push("is required and missing");
        break;
      case "items":
        if (Array.isArray(value) && ((check.min !== undefined && value.length < check.min) || (check.max !== undefined && value.length > check.max))) {
          out.push(`has ${value.length} items; the provider takes ${check.min ?? 0}-${check.max ?? "any"}`);
        }
        break;
      case "tags":
        if (isObject(value)) {
          const entries = Object.entries(value);
          if (entries.length > 50) out.push(`has ${entries.length} tags; at most 50`);
          for (const [name, text] of entries) {
            if (name.length > 512) out.push(`tag name ${name.slice(0, 20)}... is longer than 512`);
            if (!isExpression(text) && String(text).length > 256) out.push(`tag ${name} is ${String(text).length} characters; at most 256`);
          }
        }
        break;
      case "exactly-one-of": {
        const set = check.of.filter((name) => present(parent, name));
        if (set.length !== 1) out.push(`sets ${set.length} of ${check.of.join(", ")}; exactly one is required`);
        break;
      }
      case "at-least-one-of":
        if (!check.of.some((name) => present(parent, name))) out.push(`sets none of ${check.of.join(", ")}`);
        break;
      case "conflicts-with":
        if (present(parent, key)) for (const other of check.with) if (present(parent, other)) out.push(`conflicts with ${other}, which is set too`);
        break;
      case "required-with":
        if (present(parent, key)) for (const other of check.with) if (!present(parent, other)) out.push(`needs ${other}, which is missing`);
        break;
      case "force-new-ignored": {
        const lifecycle = block.lifecycle ?? {};
        const ignored: unknown = lifecycle.ignore_changes;
        if (present(parent, key) && lifecycle.prevent_destroy === true && ignored !== "all" && !(Array.isArray(ignored) && ignored.includes(key))) {
          out.push("forces a new resource, and the resource is protected from destroy: a changed value would make every plan fail; ignore its changes");
        }
        break;
      }
      case "custom": {
        const problem = check.test(block);
        if (problem) out.push(problem);
        return out;
      }
      default:
        if (VALUE_CHECKS.has(check.kind) && present(parent, key)) {
          for (const item of Array.isArray(value) ? value : [value]) {
            const problem = valueProblem(check, item);
            if (problem) out.push(problem);
          }
        }
    }
  }
  return out;
}

/** Every violation of the rules in one synthesized stack. */
export function checkJson(json: Record<string, any>, rules: readonly ProviderRule[]): Violation[] {
  return rules.flatMap((rule) =>
    blocksOf(json, rule.target).flatMap(({ address, block }) =>
      problems(rule, block).map((message) => ({ target: rule.target, address, rule: ruleId(rule), message: `${rule.argument} ${message} (${ruleUrl(rule)})` })),
    ),
  );
}

/** Plants a value that breaks `rule` into `block` (the mutation test). */
export function plant(rule: ProviderRule, block: Block): void {
  const { check } = rule;
  const key = leaf(rule.argument);
  const parent = parentsOf(block, rule.argument)[0];
  if (!parent) throw new Error(`${ruleId(rule)}: no ${rule.argument} block to plant into`);
  const set = (value: unknown) => (parent[key] = value);
  if (rule.bad !== undefined) return void set(rule.bad);
  switch (check.kind) {
    case "type":
      return void set({ string: 42, number: "many", boolean: "yes", list: "one", map: "one", block: "one" }[check.type]);
    case "required":
      return void delete parent[key];
    case "one-of":
      return void set(typeof check.values[0] === "number" ? -1 : "NotAnAllowedValue");
    case "int-range":
      return void set(check.max === undefined ? check.min - 1 : check.max + 1);
    case "length":
      return void set("x".repeat(check.max + 1));
    case "not-empty":
      return void set(Array.isArray(parent[key]) ? [""] : "");
    case "uuid":
      return void set("not-a-uuid");
    case "json":
      return void set("{not json");
    case "excludes":
      return void set(`a${check.characters[0]}b`);
    case "ipv4":
    case "ipv4-or-cidr":
      return void set(Array.isArray(parent[key]) ? ["999.1.1.1"] : "999.1.1.1");
    case "items":
      return void set(check.max !== undefined ? Array.from({ length: check.max + 1 }, () => parent[key]?.[0] ?? "x") : []);
    case "tags":
      return void set(Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`tag${i}`, "x"])));
    case "exactly-one-of":
    case "at-least-one-of":
      for (const name of check.of) delete parent[name];
      return;
    case "conflicts-with":
      for (const other of check.with) parent[other] = "planted";
      return;
    case "required-with":
      for (const other of check.with) delete parent[other];
      return;
    case "force-new-ignored": {
      const ignored: string[] = block.lifecycle?.ignore_changes ?? [];
      block.lifecycle = { ...block.lifecycle, ignore_changes: ignored.filter((name) => name !== key) };
      return;
    }
    case "custom":
      return check.plant(block);
    default:
      throw new Error(`${ruleId(rule)}: give the rule a bad value to plant`);
  }
}
