// The Entra objects the tenant Pulumi program declares, as the IAM rules read them: taken from
// the one function the program itself declares them from (model/entra/baseline.ts), so no
// engine, no mocks and no credentials are needed. Graph assigns ids when the objects are
// created; stand-ins named after the object (`<name>-id`, `<name>-object-id`,
// `<name>-client-id`) keep references readable and match what the program's test mocks return.
import { entraBaseline } from "../model/entra/baseline";
import { entraObjectList, isReference, type EntraReference } from "../model/entra/objects";
import { entraTenantPolicies } from "../model/entra/tenant-policies";
import type { OrganizationFile } from "../model/schema";
import type { TenantDocument } from "./tenant-document";

export { TENANT_DOCUMENT, type TenantDocument, type TenantResource } from "./tenant-document";

const STAND_IN_SUFFIX: Record<EntraReference["attribute"], string> = { id: "id", objectId: "object-id", clientId: "client-id" };

export const standIn = (name: string, attribute: EntraReference["attribute"]) => `${name}-${STAND_IN_SUFFIX[attribute]}`;

export function tenantDocument(org: OrganizationFile): TenantDocument {
  const resources = entraObjectList(entraBaseline(org)).map((object) => ({
    type: object.type,
    name: object.name,
    id: standIn(object.name, "id"),
    objectId: standIn(object.name, "objectId"),
    inputs: asSent(object.inputs) as Record<string, unknown>,
  }));
  return { resources: resources.sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name)), policies: entraTenantPolicies(org) };
}

/**
 * Inputs as the program sends them to the engine: references replaced by the stand-ins, keys
 * in order and absent values left out (Pulumi serializes inputs that way), so the document is
 * the same whichever way it is built.
 */
export function asSent(value: unknown): unknown {
  if (isReference(value)) return standIn(value.ref, value.attribute);
  if (Array.isArray(value)) return value.map(asSent);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, entry]) => [key, asSent(entry)]),
    );
  }
  return value;
}
