import { fail } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atTenant, conditionalAccessPolicies, phishingResistant, tenantOf, tenantWide } from "./tenant";
import { HIGHLY_PRIVILEGED_ROLES } from "../../../model/schema";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Every SHALL of MFA: MFA for all users (MS.AAD.3.2), phishing-resistant for all users (3.1) and
// for each of the eight highly privileged roles by name (3.6), so admins stay covered when a
// waiver relaxes 3.1 during a rollout (source: cisa-scubagear-aad).
export const iam02: Rule = {
  id: "IAM-02",
  title: RULE_TEXTS.iam02.title,
  severity: "error",
  appliesTo: "both",
  basis: "ScubaGear MS.AAD.3.1, MS.AAD.3.2, MS.AAD.3.6; NIS2 art. 21(2)(j)",
  sources: ["eurlex-nis2", "cisa-scubagear-aad"],
  remediation: RULE_TEXTS.iam02.remediation,
  check: (input) => {
    const tenant = tenantOf(input, (m) => m.iam02.subject);
    if ("missing" in tenant) return [tenant.missing];
    const policies = conditionalAccessPolicies(tenant.resources);
    const outcomes: Outcome[] = [];
    const forAll = policies.filter(tenantWide);
    if (!forAll.some((p) => p.builtInControls.includes("mfa") || p.authenticationStrengthPolicyId !== undefined)) outcomes.push(fail(say((m) => m.iam02.noMfa), atTenant("conditional access")));
    else if (!forAll.some(phishingResistant)) outcomes.push(fail(say((m) => m.iam02.notPhishingResistantForAll), atTenant("conditional access")));
    const strong = policies.filter((p) => p.state === "enabled" && phishingResistant(p) && p.includedApplications.includes("All"));
    const uncovered = Object.entries(HIGHLY_PRIVILEGED_ROLES)
      .filter(([roleId]) => !strong.some((p) => (p.users.includedRoles ?? []).includes(roleId)))
      .map(([, name]) => name);
    if (uncovered.length) outcomes.push(fail(say((m) => m.iam02.noStrongMfa(uncovered)), atTenant("conditional access")));
    return outcomes;
  },
};
