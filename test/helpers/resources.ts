// Hand-built inventory resources for rule tests, shaped like cdk.tf.json entries.
import type { InventoryResource } from "../../inventory/terraform";

export function resource(type: string, name: string, values: Record<string, unknown>, extra: Partial<InventoryResource> = {}): InventoryResource {
  return { stack: "online", address: `${type}.${name}`, type, name, provider: "azurerm", values, preventDestroy: true, ...extra };
}

export const compliantVault = (name: string, location: string, provider = "azurerm") =>
  resource("azurerm_key_vault", name, {
    location,
    sku_name: "premium",
    purge_protection_enabled: true,
    soft_delete_retention_days: 90,
    public_network_access_enabled: false,
    network_acls: { default_action: "Deny", bypass: "AzureServices" },
  }, { provider });

export const compliantKey = (name: string) =>
  resource("azurerm_key_vault_key", name, { key_type: "RSA-HSM", key_size: 2048, key_opts: ["wrapKey", "unwrapKey"], key_vault_id: "${azurerm_key_vault.a.id}" });
