import { fail, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { RESTRICTED_GUEST_ROLE_ID } from "../../../model/entra/tenant-policies";
import { atTenant, tenantPoliciesOf } from "./tenant";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Consent phishing gives an attacker's app the mailboxes a user can read: registration and
// consent are for administrators (MS.AAD.5.1-5.3, SHALL); guests are restricted (8.1-8.3, SHOULD).
export const iam07: Rule = {
  id: "IAM-07",
  title: RULE_TEXTS.iam07.title,
  severity: "error",
  appliesTo: "both",
  basis: "ScubaGear MS.AAD.5.1, 5.2, 5.3 (SHALL), 8.1, 8.2, 8.3 (SHOULD)",
  sources: ["cisa-scubagear-aad", "learn-entra-user-consent", "learn-entra-b2b-allow-deny"],
  remediation: RULE_TEXTS.iam07.remediation,
  check: (input) => {
    const found = tenantPoliciesOf(input, (m) => m.iam07.subject);
    if ("missing" in found) return [found.missing];
    const { authorization, adminConsentRequests, guestInvitations } = found.policies;
    const at = atTenant("policies.authorization");
    const outcomes: Outcome[] = [];
    if (authorization.allowedToCreateApps !== false) outcomes.push(fail(say((m) => m.iam07.appsByUsers), at));
    if (authorization.permissionGrantPoliciesAssigned.length) outcomes.push(fail(say((m) => m.iam07.userConsent(authorization.permissionGrantPoliciesAssigned)), at));
    if (adminConsentRequests.isEnabled !== true) outcomes.push(fail(say((m) => m.iam07.noConsentWorkflow), atTenant("policies.adminConsentRequests")));
    if (authorization.guestUserRoleId !== RESTRICTED_GUEST_ROLE_ID) outcomes.push(warn(say((m) => m.iam07.guestAccess), at));
    if (authorization.allowInvitesFrom !== "adminsAndGuestInviters") outcomes.push(warn(say((m) => m.iam07.invitesByAnyone(authorization.allowInvitesFrom)), at));
    if (!guestInvitations.allowedDomains.length) outcomes.push(warn(say((m) => m.iam07.anyGuestDomain), atTenant("policies.guestInvitations")));
    return outcomes;
  },
};
