import { fail, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { securityEntitlements } from "../../../model/entra/licensing";
import { atTenant, blocks, conditionalAccessPolicies, coversAllUsers, enforced, tenantOf, tenantWide } from "./tenant";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

const MANAGED = ["compliantDevice", "domainJoinedDevice"];

// Risk-based blocking is a SHALL where Identity Protection is licensed (Entra ID P2, MS.AAD.2.1,
// 2.3); managed devices are a SHOULD where Intune is (3.7, 3.8).
export const iam08: Rule = {
  id: "IAM-08",
  title: RULE_TEXTS.iam08.title,
  severity: "error",
  appliesTo: "both",
  basis: "ScubaGear MS.AAD.2.1, 2.3 (SHALL, Entra ID P2), 3.7, 3.8 (SHOULD)",
  sources: ["cisa-scubagear-aad", "learn-m365-enterprise-plans"],
  remediation: RULE_TEXTS.iam08.remediation,
  check: (input) => {
    const licensed = securityEntitlements(input.org);
    if (!licensed.entraIdP2 && !licensed.intune) return [];
    const tenant = tenantOf(input, (m) => m.iam08.subject);
    if ("missing" in tenant) return [tenant.missing];
    const policies = conditionalAccessPolicies(tenant.resources);
    const at = atTenant("conditional access");
    const outcomes: Outcome[] = [];
    if (licensed.entraIdP2) {
      if (!policies.some((p) => tenantWide(p) && blocks(p) && p.userRiskLevels.includes("high"))) outcomes.push(fail(say((m) => m.iam08.userRiskOpen), at));
      if (!policies.some((p) => tenantWide(p) && blocks(p) && p.signInRiskLevels.includes("high"))) outcomes.push(fail(say((m) => m.iam08.signInRiskOpen), at));
    }
    if (licensed.intune) {
      const managed = (p: (typeof policies)[number]) => MANAGED.every((control) => p.builtInControls.includes(control));
      if (!policies.some((p) => tenantWide(p) && managed(p))) outcomes.push(warn(say((m) => m.iam08.noManagedDevice), at));
      if (!policies.some((p) => enforced(p) && coversAllUsers(p) && managed(p) && p.includedUserActions.includes("urn:user:registersecurityinfo"))) {
        outcomes.push(warn(say((m) => m.iam08.noManagedRegistration), at));
      }
    }
    return outcomes;
  },
};
