// Checks a monitor body against the recorded TCM reference: every resource type is one
// exchange-iac recorded from Microsoft's documentation, every required property is there, and
// every property is recorded with a value of its documented JSON type or allowed values.
import type { TcmMonitorBody, TcmValue } from "./body";
import { TCM_RESOURCE_TYPES, type PropertyKind } from "./reference";

/** One line per departure from the reference; empty when the body conforms. */
export function referenceViolations(body: TcmMonitorBody): string[] {
  const problems: string[] = [];
  if (!body.displayName) problems.push("the monitor has no displayName");
  const resources = body.baseline?.resources ?? [];
  if (resources.length === 0) problems.push("the baseline has no resources");
  for (const resource of resources) {
    const where = `${resource.resourceType} "${resource.displayName}"`;
    const reference = (TCM_RESOURCE_TYPES as Record<string, (typeof TCM_RESOURCE_TYPES)[keyof typeof TCM_RESOURCE_TYPES]>)[resource.resourceType];
    if (!reference) {
      problems.push(`${where}: the resource type is not in the recorded TCM reference`);
      continue;
    }
    const properties = resource.properties ?? {};
    if (Object.keys(properties).length === 0) problems.push(`${where}: no properties`);
    for (const required of reference.required) if (!(required in properties)) problems.push(`${where}: the required property ${required} is missing`);
    for (const [name, value] of Object.entries(properties)) {
      const kind = (reference.properties as Record<string, PropertyKind>)[name];
      if (!kind) problems.push(`${where}: ${name} is not a property of ${resource.resourceType} in the recorded reference`);
      else problems.push(...valueProblems(value, kind, `${where}: ${name}`));
    }
  }
  return problems;
}

function valueProblems(value: TcmValue, kind: PropertyKind, where: string): string[] {
  const wrong = [`${where} is ${JSON.stringify(value)}, expected ${describe(kind)}`];
  if (kind === "string" || kind === "boolean") return typeof value === kind ? [] : wrong;
  if (kind === "integer") return Number.isInteger(value) ? [] : wrong;
  if (kind === "string[]") return Array.isArray(value) && value.every((entry) => typeof entry === "string") ? [] : wrong;
  if ("oneOf" in kind) return kind.oneOf.includes(value as string | number) ? [] : wrong;
  if ("object" in kind) return isObject(value) ? objectProblems(value, kind.object, where) : wrong;
  if (!Array.isArray(value)) return wrong;
  return value.flatMap((entry, index) => (isObject(entry) ? objectProblems(entry, kind.list, `${where}[${index}]`) : [`${where}[${index}] is not an object`]));
}

function objectProblems(value: Record<string, TcmValue>, shape: Record<string, PropertyKind>, where: string): string[] {
  return Object.entries(value).flatMap(([name, inner]) => (shape[name] ? valueProblems(inner, shape[name], `${where}.${name}`) : [`${where}.${name} is not in the recorded reference`]));
}

const isObject = (value: TcmValue): value is Record<string, TcmValue> => value !== null && typeof value === "object" && !Array.isArray(value);

function describe(kind: PropertyKind): string {
  if (typeof kind === "string") return `a ${kind}`;
  if ("oneOf" in kind) return `one of ${kind.oneOf.join(", ")}`;
  return "an object of the recorded shape";
}
