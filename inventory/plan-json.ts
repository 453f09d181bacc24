// Terraform's JSON plan representation (`terraform show -json plan`), read as its documentation
// says (source: terraform-json-output-format): reject a major format version we do not know, an
// errored or incomplete plan, and never let a value the plan marks sensitive reach a rule, a
// report or an artifact. Redaction follows the plan's own sensitivity maps.
import { InputError } from "../model/input-error";

/** What a sensitive value becomes once redacted; rules treat it as "not a literal". */
export const SENSITIVE = "(sensitive value)";
/** What a value unknown until apply becomes; it reads as an unresolved expression. */
export const UNKNOWN = "${unknown until apply}";

/** The one format major version this tool reads (minor versions only add properties). */
export const PLAN_FORMAT_MAJOR = 1;

export type Sensitivity = boolean | Sensitivity[] | { [key: string]: Sensitivity } | null | undefined;

export interface PlanChange {
  actions: string[];
  before: unknown;
  after: unknown;
  after_unknown?: Sensitivity;
  before_sensitive?: Sensitivity;
  after_sensitive?: Sensitivity;
  replace_paths?: unknown[];
}

export interface PlanResourceChange {
  address: string;
  mode?: string;
  type: string;
  name: string;
  provider_name?: string;
  action_reason?: string;
  change: PlanChange;
}

export interface PlanStateResource {
  address: string;
  mode: string;
  type: string;
  name: string;
  provider_name?: string;
  values?: Record<string, unknown>;
  sensitive_values?: Sensitivity;
}

export interface PlanModule {
  resources?: PlanStateResource[];
  child_modules?: PlanModule[];
}

export interface PlanJson {
  format_version: string;
  terraform_version?: string;
  errored?: boolean;
  complete?: boolean;
  applyable?: boolean;
  variables?: Record<string, { value?: unknown }>;
  planned_values?: { root_module?: PlanModule; outputs?: Record<string, { sensitive?: boolean; value?: unknown }> };
  prior_state?: { values?: { root_module?: PlanModule; outputs?: Record<string, { sensitive?: boolean; value?: unknown }> } };
  resource_changes?: PlanResourceChange[];
  resource_drift?: PlanResourceChange[];
  output_changes?: Record<string, PlanChange>;
  configuration?: {
    root_module?: {
      resources?: { address: string; provider_config_key?: string }[];
      variables?: Record<string, { sensitive?: boolean }>;
    };
  };
}

/**
 * Refuses, naming the field, what is not a whole plan this tool can read: another format
 * major version, a plan Terraform marked errored, or one it could not complete.
 */
export function assertReadablePlan(value: unknown, source: string): asserts value is PlanJson {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InputError("format_version", value === null ? "null" : typeof value, "Terraform JSON plan output (terraform show -json plan.tfplan)", source);
  }
  const plan = value as Partial<PlanJson>;
  const version = plan.format_version;
  if (typeof version !== "string") {
    throw new InputError("format_version", "JSON without format_version", "Terraform JSON plan output (terraform show -json plan.tfplan) with format_version and resource_changes", source);
  }
  const major = /^(\d+)\.\d+$/.exec(version)?.[1];
  if (major === undefined || Number(major) !== PLAN_FORMAT_MAJOR) {
    throw new InputError("format_version", JSON.stringify(version), `format version ${PLAN_FORMAT_MAJOR}.x (Terraform 1.x); a plan in another major version cannot be judged by this release`, source);
  }
  if (!Array.isArray(plan.resource_changes) && (typeof plan.planned_values !== "object" || plan.planned_values === null)) {
    throw new InputError("resource_changes", `format_version ${JSON.stringify(version)} without resource_changes or planned_values`, "a plan (terraform show -json of a saved plan), not a state file", source);
  }
  if (plan.errored === true) {
    throw new InputError("errored", "true", "a plan Terraform finished without errors; fix the error `terraform plan` reported and plan again", source);
  }
  if (plan.complete === false) {
    throw new InputError("complete", "false", "a complete plan; Terraform deferred some changes, so apply in steps and plan again before judging", source);
  }
}

/** `value` with every part `sensitivity` marks true replaced by SENSITIVE. */
export function maskSensitive(value: unknown, sensitivity: Sensitivity): unknown {
  if (sensitivity === true) return value === null || value === undefined ? value : SENSITIVE;
  if (!sensitivity || typeof sensitivity !== "object") return value;
  if (Array.isArray(value)) return value.map((item, i) => maskSensitive(item, Array.isArray(sensitivity) ? sensitivity[i] : undefined));
  if (typeof value === "object" && value !== null && !Array.isArray(sensitivity)) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, maskSensitive(child, sensitivity[key])]));
  }
  return value;
}

/** `after` with every part `unknown` marks true written as UNKNOWN (Terraform leaves them out or null). */
export function markUnknown(after: unknown, unknown: Sensitivity): unknown {
  if (unknown === true) return UNKNOWN;
  if (!unknown || typeof unknown !== "object") return after;
  if (Array.isArray(unknown)) {
    const items = Array.isArray(after) ? after : [];
    return Array.from({ length: Math.max(items.length, unknown.length) }, (_, i) => markUnknown(items[i], unknown[i]));
  }
  const object = typeof after === "object" && after !== null && !Array.isArray(after) ? (after as Record<string, unknown>) : {};
  const keys = [...new Set([...Object.keys(object), ...Object.keys(unknown)])].sort();
  return Object.fromEntries(keys.map((key) => [key, markUnknown(object[key], (unknown as Record<string, Sensitivity>)[key])]));
}

/** What refresh found changed outside Terraform (resource_drift), each change redacted by its own sensitivity maps. */
export function redactedDrift(plan: PlanJson): PlanResourceChange[] {
  return (plan.resource_drift ?? []).map((c) => ({ ...c, change: redactChange(c.change) }));
}

function redactChange(change: PlanChange): PlanChange {
  return { ...change, before: maskSensitive(change.before, change.before_sensitive), after: maskSensitive(change.after, change.after_sensitive) };
}

function redactModule(module: PlanModule | undefined): PlanModule | undefined {
  if (!module) return module;
  return {
    ...module,
    ...(module.resources ? { resources: module.resources.map((r) => (r.values ? { ...r, values: maskSensitive(r.values, r.sensitive_values) as Record<string, unknown> } : r)) } : {}),
    ...(module.child_modules ? { child_modules: module.child_modules.map((child) => redactModule(child)!) } : {}),
  };
}

function redactOutputs<T extends { sensitive?: boolean; value?: unknown }>(outputs: Record<string, T> | undefined): Record<string, T> | undefined {
  if (!outputs) return outputs;
  return Object.fromEntries(Object.entries(outputs).map(([name, output]) => [name, output.sensitive ? { ...output, value: SENSITIVE } : output]));
}

/**
 * The plan with every sensitive value replaced: resource changes and drift by their
 * before/after sensitivity maps, planned values and prior state by `sensitive_values`,
 * outputs marked sensitive, and the values of variables the configuration declares sensitive.
 * This is the only form of a plan that may leave the runner (artifact, comment, SARIF).
 */
export function redactPlan(plan: PlanJson): PlanJson {
  const sensitiveVariables = new Set(
    Object.entries(plan.configuration?.root_module?.variables ?? {})
      .filter(([, variable]) => variable.sensitive === true)
      .map(([name]) => name),
  );
  const redacted: PlanJson = { ...plan };
  if (plan.variables) {
    redacted.variables = Object.fromEntries(Object.entries(plan.variables).map(([name, v]) => [name, sensitiveVariables.has(name) ? { ...v, value: SENSITIVE } : v]));
  }
  if (plan.planned_values) redacted.planned_values = { ...plan.planned_values, root_module: redactModule(plan.planned_values.root_module), outputs: redactOutputs(plan.planned_values.outputs) };
  if (plan.prior_state?.values) {
    redacted.prior_state = { ...plan.prior_state, values: { ...plan.prior_state.values, root_module: redactModule(plan.prior_state.values.root_module), outputs: redactOutputs(plan.prior_state.values.outputs) } };
  }
  if (plan.resource_changes) redacted.resource_changes = plan.resource_changes.map((c) => ({ ...c, change: redactChange(c.change) }));
  if (plan.resource_drift) redacted.resource_drift = redactedDrift(plan);
  if (plan.output_changes) redacted.output_changes = Object.fromEntries(Object.entries(plan.output_changes).map(([name, c]) => [name, redactChange(c)]));
  // Undefined keys added above (an absent outputs map) must not appear in the written JSON.
  return JSON.parse(JSON.stringify(redacted)) as PlanJson;
}
