import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atTenant, conditionalAccessPolicies, tenantOf } from "./tenant";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const iam04: Rule = {
  id: "IAM-04",
  title: RULE_TEXTS.iam04.title,
  severity: "error",
  appliesTo: "both",
  basis: "ScubaGear MS.AAD.7.1; Microsoft emergency access account guidance",
  sources: ["cisa-scubagear-aad", "learn-emergency-access"],
  remediation: RULE_TEXTS.iam04.remediation,
  check: (input) => {
    const outcomes: Outcome[] = [];
    const admins = input.org.identity.globalAdministrators;
    if (admins === undefined) outcomes.push(fail(say((m) => m.iam04.adminsUnknown), atOrg("identity.globalAdministrators")));
    else if (admins < 2 || admins > 8) outcomes.push(fail(say((m) => m.iam04.adminsOutOfRange(admins)), atOrg("identity.globalAdministrators")));
    const breakGlass = input.org.identity.breakGlassAccountIds;
    if (breakGlass.length === 0) outcomes.push(fail(say((m) => m.iam04.noBreakGlass), atOrg("identity.breakGlassAccountIds")));
    const tenant = tenantOf(input, (m) => m.iam04.subject);
    if ("missing" in tenant) return [...outcomes, tenant.missing];
    for (const policy of conditionalAccessPolicies(tenant.resources)) {
      const missing = breakGlass.filter((id) => !(policy.users.excludedUsers ?? []).includes(id));
      if (missing.length > 0) outcomes.push(fail(say((m) => m.iam04.notExcluded(policy.name, missing)), atTenant(policy.name)));
    }
    return outcomes;
  },
};
