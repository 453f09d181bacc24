// One normalized view of the Azure resources a stack declares, read from an artifact:
// the synthesized cdk.tf.json or a `terraform show -json` plan. Policies and cost read
// this view; they never import a stack or a construct.
import { assertReadablePlan, markUnknown, redactPlan, type PlanModule, type PlanStateResource } from "./plan-json";

export type ChangeAction = "no-op" | "create" | "read" | "update" | "delete";

export interface InventoryResource {
  stack: string;
  /** Terraform address, e.g. azurerm_key_vault.customer_key_primary */
  address: string;
  type: string;
  name: string;
  /** Provider configuration, e.g. "azurerm" or "azurerm.secondary". */
  provider: string;
  /** Attribute values as written (snake_case); unresolved references stay "${...}" strings. */
  values: Record<string, unknown>;
  preventDestroy: boolean;
  /** Attributes Terraform never updates on an existing resource (lifecycle.ignore_changes); synthesized JSON only. */
  ignoreChanges?: string[];
  /** Plan actions (["delete", "create"] is a replacement); absent for synthesized JSON. */
  actions?: ChangeAction[];
  /** The values in state before the plan (redacted); absent for creates and synthesized JSON. */
  before?: Record<string, unknown>;
}

export type TerraformJson = {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
};

export function inventoryFromSynth(stack: string, json: TerraformJson): InventoryResource[] {
  const resources: InventoryResource[] = [];
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    for (const [name, body] of Object.entries(byName)) {
      const { lifecycle, provider, "//": _metadata, ...values } = body as Record<string, any>;
      resources.push({
        stack,
        address: `${type}.${name}`,
        type,
        name,
        provider: typeof provider === "string" ? provider.replace(/^\$\{(.*)\}$/, "$1") : type.split("_")[0]!,
        values,
        preventDestroy: lifecycle?.prevent_destroy === true,
        ...(Array.isArray(lifecycle?.ignore_changes) ? { ignoreChanges: lifecycle.ignore_changes.filter((a: unknown): a is string => typeof a === "string") } : {}),
      });
    }
  }
  return resources.sort((a, b) => a.address.localeCompare(b.address));
}

/**
 * Reads Terraform's JSON plan representation (`terraform show -json plan`), redacted by its
 * own sensitivity maps first (inventory/plan-json.ts): planned values for what will exist,
 * resource_changes for what the plan does (deleted resources appear only there, with their
 * `before` values). Values unknown until apply read as unresolved expressions.
 */
export function inventoryFromPlan(stack: string, raw: unknown, source = "plan"): InventoryResource[] {
  assertReadablePlan(raw, source);
  const plan = redactPlan(raw);
  const configKeys = new Map((plan.configuration?.root_module?.resources ?? []).map((r) => [r.address, r.provider_config_key]));
  const planned = new Map<string, PlanStateResource>();
  const walk = (module?: PlanModule) => {
    for (const resource of module?.resources ?? []) if (resource.mode === "managed") planned.set(resource.address, resource);
    for (const child of module?.child_modules ?? []) walk(child);
  };
  walk(plan.planned_values?.root_module);

  const resources = new Map<string, InventoryResource>();
  for (const [address, resource] of planned) {
    resources.set(address, toResource(stack, resource, resource.values ?? {}, configKeys.get(address)));
  }
  for (const change of plan.resource_changes ?? []) {
    if (change.mode && change.mode !== "managed") continue;
    const { after, before, after_unknown, actions } = change.change;
    const values = (after !== null && after !== undefined ? markUnknown(after, after_unknown) : (before ?? {})) as Record<string, unknown>;
    const resource = toResource(stack, change, values, configKeys.get(change.address));
    resource.actions = actions as ChangeAction[];
    if (before !== null && before !== undefined) resource.before = before as Record<string, unknown>;
    resources.set(change.address, resource);
  }
  return [...resources.values()].sort((a, b) => a.address.localeCompare(b.address));
}

function toResource(stack: string, r: { address: string; type: string; name: string }, values: Record<string, unknown>, configKey?: string): InventoryResource {
  return {
    stack,
    address: r.address,
    type: r.type,
    name: r.name,
    provider: configKey ?? r.type.split("_")[0]!,
    values,
    preventDestroy: false,
  };
}

/** True where a value is an unresolved Terraform expression, which a rule cannot judge. */
export function isUnresolved(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}
