import { atOrg, fail } from "../../outcome";
import type { Rule } from "../../types";
import { at, ofType } from "./resources";

// Customer Key needs two vaults in two subscriptions, RSA keys in HSMs allowing
// wrapKey/unwrapKey and no expiry (source: learn-customer-key-set-up).
export const az03: Rule = {
  id: "AZ-03",
  title: "With Customer Key: two premium vaults in two different regions and subscriptions, RSA-HSM keys allowing wrapKey/unwrapKey, no key expiry",
  severity: "error",
  appliesTo: "online",
  basis: "Microsoft Purview Customer Key set-up (customer-key-set-up.md)",
  sources: ["learn-customer-key-set-up"],
  remediation: "Declare two premium Key Vaults in different regions under two provider aliases (subscriptions), each with an RSA-HSM key with key_opts wrapKey and unwrapKey and no expiration_date.",
  check: ({ org, resources }) => {
    if (!org.online.customerKey.enabled) return [];
    const vaults = ofType(resources, "azurerm_key_vault").filter((v) => v.values.sku_name === "premium");
    const outcomes = [];
    const regions = new Set(vaults.map((v) => String(v.values.location)));
    const subscriptions = new Set(vaults.map((v) => v.provider));
    if (vaults.length < 2 || regions.size < 2 || subscriptions.size < 2) {
      outcomes.push(
        fail(
          `Customer Key is enabled but the stack has ${vaults.length} premium vault(s) in ${regions.size} region(s) under ${subscriptions.size} subscription(s); two of each are required`,
          atOrg("online.customerKey"),
        ),
      );
    }
    for (const key of ofType(resources, "azurerm_key_vault_key")) {
      const v = key.values;
      const ops = Array.isArray(v.key_opts) ? v.key_opts : [];
      if (v.key_type !== "RSA-HSM") outcomes.push(fail(`${key.address} is ${v.key_type}, not RSA-HSM`, at(key)));
      if (!ops.includes("wrapKey") || !ops.includes("unwrapKey")) outcomes.push(fail(`${key.address} does not allow wrapKey and unwrapKey`, at(key)));
      if (v.expiration_date !== undefined) outcomes.push(fail(`${key.address} expires (${v.expiration_date}); Customer Key root keys must not`, at(key)));
    }
    return outcomes;
  },
};
