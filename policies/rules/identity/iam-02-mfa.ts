import { fail } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { GLOBAL_ADMINISTRATOR_ROLE, PHISHING_RESISTANT_STRENGTH, atTenant, conditionalAccessPolicies, coversAllUsers, enforced, tenantOf } from "./tenant";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const iam02: Rule = {
  id: "IAM-02",
  title: RULE_TEXTS.iam02.title,
  severity: "error",
  appliesTo: "both",
  basis: "ScubaGear MS.AAD.3.2, MS.AAD.3.6; NIS2 art. 21(2)(j)",
  sources: ["eurlex-nis2", "cisa-scubagear-aad"],
  remediation: RULE_TEXTS.iam02.remediation,
  check: (input) => {
    const tenant = tenantOf(input, (m) => m.iam02.subject);
    if ("missing" in tenant) return [tenant.missing];
    const policies = conditionalAccessPolicies(tenant.resources).filter(enforced);
    const outcomes: Outcome[] = [];
    const mfaForAll = policies.some((p) => coversAllUsers(p) && (p.builtInControls.includes("mfa") || p.authenticationStrengthPolicyId !== undefined));
    if (!mfaForAll) outcomes.push(fail(say((m) => m.iam02.noMfa), atTenant("conditional access")));
    const strongForAdmins = policies.some(
      (p) => (p.users.includedRoles ?? []).includes(GLOBAL_ADMINISTRATOR_ROLE) && (p.authenticationStrengthPolicyId ?? "").endsWith(PHISHING_RESISTANT_STRENGTH),
    );
    if (!strongForAdmins) {
      outcomes.push(fail(say((m) => m.iam02.noStrongMfa), atTenant("conditional access")));
    }
    return outcomes;
  },
};
