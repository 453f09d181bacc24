// azurerm_storage_account: stored GB at the hot LRS blob price (catalog id blob_hot_lrs).
// Other tiers and replications have no sourced price and are reported unpriced.
import { say } from "../said";
import { constant, priceParts, stringValue, type RegistryEntry } from "./entry";

export const STORAGE_ENTRIES: RegistryEntry[] = [
  {
    type: "azurerm_storage_account",
    price(resource, ctx, option) {
      const tier = stringValue(resource, "account_tier") ?? "Standard";
      const replication = stringValue(resource, "account_replication_type") ?? "LRS";
      const access = stringValue(resource, "access_tier") ?? "Hot";
      const sourced = tier === "Standard" && replication === "LRS" && access === "Hot";
      return priceParts(resource, ctx, option, [
        {
          part: "capacity",
          description: say((m) => m.azure.blob(tier, replication, access)),
          quantityPerMonth: constant(ctx.usage.storageGBPerAccount, ctx.years),
          unit: "gb",
          prices: [sourced ? "blob_hot_lrs" : "blob_other"],
          notes: [say((m) => m.azure.storageNote(ctx.usage.storageGBPerAccount))],
        },
      ]);
    },
  },
];
