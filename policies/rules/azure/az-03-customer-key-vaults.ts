import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, ofType } from "./resources";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Customer Key needs two vaults in two subscriptions, RSA keys in HSMs allowing
// wrapKey/unwrapKey and no expiry (source: learn-customer-key-set-up).
export const az03: Rule = {
  id: "AZ-03",
  title: RULE_TEXTS.az03.title,
  severity: "error",
  appliesTo: "online",
  basis: "Microsoft Purview Customer Key set-up",
  sources: ["learn-customer-key-set-up"],
  remediation: RULE_TEXTS.az03.remediation,
  check: ({ org, resources }) => {
    if (!org.online.customerKey.enabled) return [];
    const vaults = ofType(resources, "azurerm_key_vault").filter((v) => v.values.sku_name === "premium");
    const outcomes = [];
    const regions = new Set(vaults.map((v) => String(v.values.location)));
    const subscriptions = new Set(vaults.map((v) => v.provider));
    // Two provider aliases are not two subscriptions when both name the same subscription id.
    const { primary, secondary } = org.organization.subscriptions;
    if (primary && secondary && primary.toLowerCase() === secondary.toLowerCase()) {
      outcomes.push(fail(say((m) => m.az03.sameSubscription(primary)), atOrg("organization.subscriptions.secondary")));
    }
    if (vaults.length < 2 || regions.size < 2 || subscriptions.size < 2) {
      outcomes.push(
        fail(
          say((m) => m.az03.tooFewVaults(vaults.length, regions.size, subscriptions.size)),
          atOrg("online.customerKey"),
        ),
      );
    }
    for (const key of ofType(resources, "azurerm_key_vault_key")) {
      const v = key.values;
      const ops = Array.isArray(v.key_opts) ? v.key_opts : [];
      if (v.key_type !== "RSA-HSM") outcomes.push(fail(say((m) => m.az03.notHsm(key.address, String(v.key_type))), at(key)));
      if (!ops.includes("wrapKey") || !ops.includes("unwrapKey")) outcomes.push(fail(say((m) => m.az03.noWrap(key.address)), at(key)));
      if (v.expiration_date !== undefined) outcomes.push(fail(say((m) => m.az03.expires(key.address, String(v.expiration_date))), at(key)));
    }
    return outcomes;
  },
};
