// Shared reading of inventory resources for the Azure rules.
import { isUnresolved, type InventoryResource } from "../../../inventory/terraform";
import { atResource } from "../../outcome";

export const at = (r: InventoryResource) => atResource(r.stack, r.address);

export const ofType = (resources: InventoryResource[], type: string) => resources.filter((r) => r.type === type);

/** The first element of a nested block, which Terraform JSON writes as an object or a one-item list. */
export function block(value: unknown): Record<string, unknown> | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "object" && first !== null ? (first as Record<string, unknown>) : undefined;
}

export { isUnresolved };

/** A plan resource the plan deletes, alone or as half of a replacement. */
export const planDeletes = (r: InventoryResource) => r.actions?.includes("delete") === true;
/** A plan resource the plan replaces (["delete", "create"] or ["create", "delete"]). */
export const planReplaces = (r: InventoryResource) => planDeletes(r) && r.actions!.includes("create");
