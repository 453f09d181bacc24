import { atOrg, fail, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { securityEntitlements } from "../../../model/entra/licensing";
import { GLOBAL_ADMINISTRATOR_ROLE_ID, PASSWORD_NEVER_EXPIRES_DAYS } from "../../../model/entra/tenant-policies";
import { HIGHLY_PRIVILEGED_ROLES } from "../../../model/schema";
import { atTenant, tenantPoliciesOf } from "./tenant";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// An administrator synchronized from the on-premises AD falls with it (MS.AAD.7.3); with Entra
// ID P2 the highly privileged roles are held only through PIM, Global Administrator with
// approval, every assignment and activation alerting (7.4-7.8 SHALL, 7.9 SHOULD); passwords
// do not expire (6.1).
export const iam09: Rule = {
  id: "IAM-09",
  title: RULE_TEXTS.iam09.title,
  severity: "error",
  appliesTo: "both",
  basis: "ScubaGear MS.AAD.6.1, 7.3, 7.4-7.8 (SHALL, PIM with Entra ID P2), 7.9 (SHOULD)",
  sources: ["cisa-scubagear-aad"],
  remediation: RULE_TEXTS.iam09.remediation,
  check: (input) => {
    const outcomes: Outcome[] = [];
    if (input.org.identity.administratorAccounts !== "cloud-only") outcomes.push(fail(say((m) => m.iam09.synchronized), atOrg("identity.administratorAccounts")));
    const found = tenantPoliciesOf(input, (m) => m.iam09.subject);
    if ("missing" in found) return [...outcomes, found.missing];
    const { passwordExpiry, privilegedIdentityManagement: pim } = found.policies;
    for (const domain of input.org.organization.acceptedDomains) {
      if (passwordExpiry.find((entry) => entry.domain === domain)?.passwordValidityPeriodInDays !== PASSWORD_NEVER_EXPIRES_DAYS) {
        outcomes.push(fail(say((m) => m.iam09.passwordsExpire(domain)), atTenant("policies.passwordExpiry")));
      }
    }
    if (!securityEntitlements(input.org).entraIdP2) return outcomes;
    const at = atTenant("policies.privilegedIdentityManagement");
    if (!pim) return [...outcomes, fail(say((m) => m.iam09.noPim), at)];
    for (const [roleId, name] of Object.entries(HIGHLY_PRIVILEGED_ROLES)) {
      const role = pim.roles.find((candidate) => candidate.roleId === roleId);
      if (!role) {
        outcomes.push(fail(say((m) => m.iam09.roleMissing(name)), at));
        continue;
      }
      if (role.permanentActiveAssignment !== false) outcomes.push(fail(say((m) => m.iam09.permanent(name)), at));
      if (roleId === GLOBAL_ADMINISTRATOR_ROLE_ID && !role.activationRequiresApproval) outcomes.push(fail(say((m) => m.iam09.noApproval), at));
      if (!role.alertOnAssignment) outcomes.push(fail(say((m) => m.iam09.noAssignmentAlert(name)), at));
      if (!role.alertOnActivation) {
        const said = say((m) => m.iam09.noActivationAlert(name));
        outcomes.push(roleId === GLOBAL_ADMINISTRATOR_ROLE_ID ? fail(said, at) : warn(said, at));
      }
    }
    return outcomes;
  },
};
