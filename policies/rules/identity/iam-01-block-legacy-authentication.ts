import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { atTenant, blocks, conditionalAccessPolicies, coversAllUsers, enforced, tenantOf } from "./tenant";

// Legacy clients cannot do MFA: "exchangeActiveSync" and "other" cover them (ScubaGear MS.AAD.1.1).
const LEGACY = ["exchangeActiveSync", "other"];

export const iam01: Rule = {
  id: "IAM-01",
  title: "Conditional Access blocks legacy authentication",
  severity: "error",
  appliesTo: "both",
  basis: "ScubaGear MS.AAD.1.1; NIS2 art. 21(2)(j)",
  sources: ["eurlex-nis2", "cisa-scubagear-aad"],
  remediation: "Enable a Conditional Access policy for all users and applications with client app types exchangeActiveSync and other, granting block.",
  check: (input) => {
    const tenant = tenantOf(input, (m) => m.iam01.subject);
    if ("missing" in tenant) return [tenant.missing];
    const found = conditionalAccessPolicies(tenant.resources).some(
      (p) => enforced(p) && coversAllUsers(p) && blocks(p) && LEGACY.every((type) => p.clientAppTypes.includes(type)),
    );
    return found ? [] : [fail(say((m) => m.iam01.notBlocked), atTenant("conditional access"))];
  },
};
