import { fail, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atTenant, conditionalAccessPolicies, blocks, tenantOf, tenantPoliciesOf, tenantWide } from "./tenant";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

/** Methods an attacker in the middle can phish or a SIM swap can take over (MS.AAD.3.5, SHALL). */
const WEAK_METHODS = ["Sms", "Voice", "Email"];

export const iam06: Rule = {
  id: "IAM-06",
  title: RULE_TEXTS.iam06.title,
  severity: "error",
  appliesTo: "both",
  basis: "ScubaGear MS.AAD.3.3, 3.4, 3.5 (SHALL), 3.9 (SHOULD); NIS2 art. 21(2)(j)",
  sources: ["cisa-scubagear-aad", "learn-entra-authentication-methods", "eurlex-nis2"],
  remediation: RULE_TEXTS.iam06.remediation,
  check: (input) => {
    const found = tenantPoliciesOf(input, (m) => m.iam06.subject);
    if ("missing" in found) return [found.missing];
    const methods = found.policies.authenticationMethods;
    const at = atTenant("policies.authenticationMethods");
    const outcomes: Outcome[] = [];
    for (const id of WEAK_METHODS) {
      const state = methods.methods.find((method) => method.id === id)?.state;
      if (state !== "disabled") outcomes.push(fail(say((m) => m.iam06.weakMethodOn(id)), at));
    }
    if (methods.policyMigrationState !== "migrationComplete") outcomes.push(fail(say((m) => m.iam06.notMigrated), at));
    const context = methods.microsoftAuthenticator;
    if (context.displayAppInformationRequiredState !== "enabled" || context.displayLocationInformationRequiredState !== "enabled") outcomes.push(fail(say((m) => m.iam06.noContext), at));
    const tenant = tenantOf(input, (m) => m.iam06.subject);
    if ("missing" in tenant) return [...outcomes, tenant.missing];
    const deviceCode = conditionalAccessPolicies(tenant.resources).some((p) => tenantWide(p) && blocks(p) && p.authenticationFlowTransferMethods.includes("deviceCodeFlow"));
    if (!deviceCode) outcomes.push(warn(say((m) => m.iam06.deviceCodeOpen), atTenant("conditional access")));
    return outcomes;
  },
};
