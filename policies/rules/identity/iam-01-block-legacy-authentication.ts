import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { atTenant, blocks, conditionalAccessPolicies, coversAllUsers, enforced, tenantOf } from "./tenant";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Legacy clients cannot do MFA: "exchangeActiveSync" and "other" cover them (ScubaGear MS.AAD.1.1).
const LEGACY = ["exchangeActiveSync", "other"];

export const iam01: Rule = {
  id: "IAM-01",
  title: RULE_TEXTS.iam01.title,
  severity: "error",
  appliesTo: "both",
  basis: "ScubaGear MS.AAD.1.1; NIS2 art. 21(2)(j)",
  sources: ["eurlex-nis2", "cisa-scubagear-aad"],
  remediation: RULE_TEXTS.iam01.remediation,
  check: (input) => {
    const tenant = tenantOf(input, (m) => m.iam01.subject);
    if ("missing" in tenant) return [tenant.missing];
    const found = conditionalAccessPolicies(tenant.resources).some(
      (p) => enforced(p) && coversAllUsers(p) && blocks(p) && LEGACY.every((type) => p.clientAppTypes.includes(type)),
    );
    return found ? [] : [fail(say((m) => m.iam01.notBlocked), atTenant("conditional access"))];
  },
};
