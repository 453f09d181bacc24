// The registry: every Terraform resource type the option stacks declare, mapped to how it
// is priced. A type missing here is reported as unpriced, never as free.
import type { InventoryResource } from "../../inventory/terraform";
import type { CostContext, OptionId, Priced } from "../types";
import { emptyPriced, mergePriced } from "../types";
import { ARC_ENTRIES } from "./arc";
import { COMPUTE_ENTRIES } from "./compute";
import { DEFENDER_ENTRIES } from "./defender";
import { unpricedResource, type RegistryEntry } from "./entry";
import { say } from "../said";
import { FREE_ENTRIES } from "./free";
import { KEY_VAULT_ENTRIES } from "./key-vault";
import { LOG_ANALYTICS_ENTRIES } from "./log-analytics";
import { SENTINEL_ENTRIES } from "./sentinel";
import { STORAGE_ENTRIES } from "./storage";

export const REGISTRY: ReadonlyMap<string, RegistryEntry> = new Map(
  [...FREE_ENTRIES, ...ARC_ENTRIES, ...KEY_VAULT_ENTRIES, ...LOG_ANALYTICS_ENTRIES, ...SENTINEL_ENTRIES, ...STORAGE_ENTRIES, ...COMPUTE_ENTRIES, ...DEFENDER_ENTRIES].map(
    (entry) => [entry.type, entry],
  ),
);

/** Which option a stack's resources belong to: stack "onprem" -> onprem, "online" -> online. */
export function optionOfStack(stack: string): OptionId | undefined {
  return stack === "onprem" || stack === "online" ? stack : undefined;
}

/** Prices one option's resources; `ctx.stackResources` must be that option's resources. */
export function priceResources(resources: InventoryResource[], ctx: CostContext, option: OptionId): Priced {
  return mergePriced(
    emptyPriced(),
    ...resources.map((resource) => {
      const entry = REGISTRY.get(resource.type);
      if (entry) return entry.price(resource, ctx, option);
      return { ...emptyPriced(), unpriced: [unpricedResource(option, resource, say(() => resource.type), say((m) => m.noRegistryEntry(resource.type)))] };
    }),
  );
}
