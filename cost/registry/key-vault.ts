// azurerm_key_vault_key: HSM-protected keys have a monthly fee (source: azure-pricing-key-vault);
// every key pays for its cryptographic operations (kv_operations, per 10,000).
import { say } from "../said";
import { constant, priceParts, stringValue, type MonthlyPart, type RegistryEntry } from "./entry";

export const KEY_VAULT_ENTRIES: RegistryEntry[] = [
  {
    type: "azurerm_key_vault_key",
    price(resource, ctx, option) {
      const keyType = stringValue(resource, "key_type") ?? "RSA";
      const operations = ctx.usage.keyVaultOperationsPerKeyMonth;
      const parts: MonthlyPart[] = [];
      if (keyType.endsWith("-HSM")) {
        parts.push({ part: "hsm-key", description: say((m) => m.azure.hsmKey(keyType)), quantityPerMonth: constant(1, ctx.years), unit: "key", prices: ["kv_hsm_key"] });
      }
      parts.push({
        part: "operations",
        description: say((m) => m.azure.keyOperations),
        quantityPerMonth: constant(operations / 10000, ctx.years),
        unit: "operations",
        prices: ["kv_operations"],
        notes: [say((m) => m.azure.operationsNote(operations))],
      });
      return priceParts(resource, ctx, option, parts);
    },
  },
];
