import { atOrg, fail } from "../../outcome";
import type { Outcome, Rule } from "../../types";
import { atTenant, conditionalAccessPolicies, tenantOf } from "./tenant";

export const iam04: Rule = {
  id: "IAM-04",
  title: "Between 2 and 8 Global Administrators; break-glass accounts are excluded from Conditional Access",
  severity: "error",
  appliesTo: "both",
  basis: "ScubaGear MS.AAD.7.1; Microsoft emergency access account guidance",
  sources: ["cisa-scubagear-aad", "learn-emergency-access"],
  remediation: "Keep 2-8 Global Administrators (identity.globalAdministrators) and exclude every identity.breakGlassAccountIds entry from every Conditional Access policy.",
  check: (input) => {
    const outcomes: Outcome[] = [];
    const admins = input.org.identity.globalAdministrators;
    if (admins === undefined) outcomes.push(fail("the number of Global Administrators is not recorded", atOrg("identity.globalAdministrators")));
    else if (admins < 2 || admins > 8) outcomes.push(fail(`${admins} Global Administrators; 2 to 8 are required`, atOrg("identity.globalAdministrators")));
    const breakGlass = input.org.identity.breakGlassAccountIds;
    if (breakGlass.length === 0) outcomes.push(fail("no break-glass accounts are recorded", atOrg("identity.breakGlassAccountIds")));
    const tenant = tenantOf(input, "break-glass exclusions");
    if ("missing" in tenant) return [...outcomes, tenant.missing];
    for (const policy of conditionalAccessPolicies(tenant.resources)) {
      const missing = breakGlass.filter((id) => !(policy.users.excludedUsers ?? []).includes(id));
      if (missing.length > 0) outcomes.push(fail(`Conditional Access policy ${policy.name} does not exclude break-glass account(s) ${missing.join(", ")}`, atTenant(policy.name)));
    }
    return outcomes;
  },
};
