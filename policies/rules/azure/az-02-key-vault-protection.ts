import { RUNNER_RANGE, addressRangeProblem, ipv4RangeWithin } from "../../../model/schema";
import { fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, block, isUnresolved, ofType } from "./resources";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const az02: Rule = {
  id: "AZ-02",
  title: RULE_TEXTS.az02.title,
  severity: "error",
  appliesTo: "both",
  basis: "Microsoft Purview Customer Key set-up; Checkov CKV_AZURE_110, CKV_AZURE_109, CKV_AZURE_189",
  sources: ["learn-customer-key-set-up", "azurerm-4-55-key-vault", "checkov-azure-policies"],
  remediation: RULE_TEXTS.az02.remediation,
  check: ({ resources, org }) =>
    ofType(resources, "azurerm_key_vault").flatMap((vault) => {
      const v = vault.values;
      const outcomes = [];
      if (isUnresolved(v.purge_protection_enabled)) outcomes.push(undecided(say((m) => m.az02.purgeUnknown(vault.address)), at(vault)));
      else if (v.purge_protection_enabled !== true) outcomes.push(fail(say((m) => m.az02.purgeOff(vault.address)), at(vault)));
      if (v.soft_delete_retention_days !== 90) {
        outcomes.push(fail(say((m) => m.az02.softDelete(vault.address, v.soft_delete_retention_days as number | undefined)), at(vault)));
      }
      const publicOff = v.public_network_access_enabled === false;
      const acls = block(v.network_acls);
      const defaultDeny = acls?.default_action === "Deny";
      if (!publicOff && !defaultDeny) outcomes.push(fail(say((m) => m.az02.publicAccess(vault.address)), at(vault)));
      // Default-deny with an allow rule for 0.0.0.0/0 is no deny at all.
      const ipRules = Array.isArray(acls?.ip_rules) ? acls.ip_rules : [];
      const declared = org.azure.dataPlaneAccess.allowedAddresses;
      for (const rule of ipRules) {
        if (typeof rule !== "string" || isUnresolved(rule)) continue;
        if (!publicOff && addressRangeProblem(rule, RUNNER_RANGE)) outcomes.push(fail(say((m) => m.az02.wideRange(vault.address, rule)), at(vault)));
        // A plan (or a hand edit) may let through more than the organization file declares.
        else if (!declared.some((range) => ipv4RangeWithin(rule, range))) outcomes.push(fail(say((m) => m.az02.undeclaredRange(vault.address, rule)), at(vault)));
      }
      return outcomes;
    }),
};
