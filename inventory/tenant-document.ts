// The shape of the tenant artifact (the Entra objects the tenant program declares). Kept apart
// from inventory/tenant.ts so that readers of the artifact do not load the Pulumi SDK.
import type { EntraTenantPolicies } from "../model/entra/tenant-policies";

export const TENANT_DOCUMENT = "entra-tenant.json";

export interface TenantResource {
  type: string;
  name: string;
  /** The resource id and Graph object id other resources refer to it by. */
  id: string;
  objectId?: string;
  inputs: Record<string, unknown>;
}

export interface TenantDocument {
  resources: TenantResource[];
  /** The tenant-wide Entra settings (model/entra/tenant-policies.ts); absent in a document from before they were declared. */
  policies?: EntraTenantPolicies;
}
