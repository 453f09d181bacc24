// Rules the azurerm provider (v4.55.0) applies to arguments many resources share, and the
// provider block. Our own record of the provider's rules, each with the file it is read in;
// none of the provider's code is copied (azurerm-check.ts applies them).
import type { Check, ProviderRule } from "./azurerm-check";

export const HELPERS = "vendor/github.com/hashicorp/go-azure-helpers/resourcemanager";
export const FILES = {
  location: `${HELPERS}/commonschema/location.go`,
  resourceGroupName: `${HELPERS}/commonschema/resource_group_name.go`,
  resourceGroupValidate: `${HELPERS}/resourcegroups/validate.go`,
  tags: `${HELPERS}/tags/validate.go`,
  subnetId: `${HELPERS}/commonids/subnet.go`,
  virtualNetworkId: `${HELPERS}/commonids/virtual_network.go`,
  identitySystem: `${HELPERS}/commonschema/identity_system.go`,
  identitySystemUser: `${HELPERS}/commonschema/identity_system_user.go`,
  ipv4: "helpers/validate/network.go",
  provider: "internal/provider/provider.go",
  features: "internal/provider/features.go",
};

/** One rule per check on one argument. */
export function rules(target: string, file: string, argument: string, ...checks: (Check | [Check, unknown])[]): ProviderRule[] {
  return checks.map((entry) => (Array.isArray(entry) ? { target, file, argument, check: entry[0], bad: entry[1] } : { target, file, argument, check: entry }));
}

export const string: Check = { kind: "type", type: "string" };
export const number: Check = { kind: "type", type: "number" };
export const boolean: Check = { kind: "type", type: "boolean" };
export const list: Check = { kind: "type", type: "list" };
export const block: Check = { kind: "type", type: "block" };
export const required: Check = { kind: "required" };
export const notEmpty: Check = { kind: "not-empty" };

/** A resource group name: at most 90 letters, digits, -, _, ., ( or ), not ending with a period. */
const RESOURCE_GROUP_NAME: Check = { kind: "pattern", pattern: /^(?=.{1,90}$)[-\w.()]*[-\w()]$/, what: "a resource group name (1-90 letters, digits, -, _, ., ( or ), not ending in .)" };

/** Arguments of a resource id the organization file gives literally (Microsoft's static segments are compared case-sensitively). */
export function resourceIdPattern(provider: string, ...types: string[]): RegExp {
  const tail = types.map((type) => `/${type}/[^/]+`).join("");
  return new RegExp(`^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/${provider.replace(/\./g, "\\.")}${tail}$`);
}

export const location = (target: string): ProviderRule[] => rules(target, FILES.location, "location", string, required, notEmpty);

export const resourceGroupName = (target: string, file = FILES.resourceGroupName): ProviderRule[] => [
  ...rules(target, file, "resource_group_name", string, required),
  ...rules(target, FILES.resourceGroupValidate, "resource_group_name", [RESOURCE_GROUP_NAME, "rg-ends-with-a-dot."]),
];

export const tags = (target: string): ProviderRule[] => rules(target, FILES.tags, "tags", { kind: "type", type: "map" }, { kind: "tags" });

/** location, resource_group_name and tags, as commonschema declares them. */
export const placed = (target: string): ProviderRule[] => [...location(target), ...resourceGroupName(target), ...tags(target)];

export const PROVIDER_RULES: ProviderRule[] = [
  // azurerm 4.x refuses to plan without a subscription unless Azure CLI auth is used; CI uses OIDC.
  ...rules("provider.azurerm", FILES.provider, "subscription_id", string, required),
  ...rules("provider.azurerm", FILES.provider, "alias", string),
  ...rules("provider.azurerm", FILES.provider, "storage_use_azuread", boolean),
  ...rules("provider.azurerm", FILES.provider, "resource_providers_to_register", list, notEmpty),
  ...rules("provider.azurerm", FILES.provider, "features", required, block),
  ...rules("provider.azurerm", FILES.features, "features.key_vault", block),
  ...rules("provider.azurerm", FILES.features, "features.key_vault.purge_soft_delete_on_destroy", boolean),
  ...rules("provider.azurerm", FILES.features, "features.key_vault.purge_soft_deleted_keys_on_destroy", boolean),
  ...rules("provider.azurerm", FILES.features, "features.key_vault.recover_soft_deleted_key_vaults", boolean),
  ...rules("provider.azurerm", FILES.features, "features.key_vault.recover_soft_deleted_keys", boolean),
  ...rules("provider.azurerm", FILES.features, "features.log_analytics_workspace.permanently_delete_on_destroy", boolean),
  ...rules("provider.azurerm", FILES.features, "features.resource_group.prevent_deletion_if_contains_resources", boolean),
  ...rules("provider.azurerm", FILES.features, "features.storage.data_plane_available", boolean),
];
