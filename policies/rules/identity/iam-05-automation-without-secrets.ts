import { fail } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atTenant, tenantOf } from "./tenant";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

const SECRET_TYPES = ["azuread:index/applicationPassword:ApplicationPassword", "azuread:index/servicePrincipalPassword:ServicePrincipalPassword"];
const CREDENTIAL_TYPES = ["azuread:index/applicationFederatedIdentityCredential:ApplicationFederatedIdentityCredential", "azuread:index/applicationCertificate:ApplicationCertificate"];
const APPLICATION = "azuread:index/application:Application";

export const iam05: Rule = {
  id: "IAM-05",
  title: RULE_TEXTS.iam05.title,
  severity: "error",
  appliesTo: "both",
  basis: "NIS2 art. 21(2)(j); Microsoft workload identity federation guidance",
  sources: ["eurlex-nis2", "learn-workload-identity-federation"],
  remediation: RULE_TEXTS.iam05.remediation,
  check: (input) => {
    const tenant = tenantOf(input, (m) => m.iam05.subject);
    if ("missing" in tenant) return [tenant.missing];
    const outcomes: Outcome[] = tenant.resources
      .filter((r) => SECRET_TYPES.includes(r.type))
      .map((r) => fail(say((m) => m.iam05.clientSecret(r.name)), atTenant(r.name)));
    for (const app of tenant.resources.filter((r) => r.type === APPLICATION)) {
      const inputs = app.inputs as Record<string, any>;
      if (Array.isArray(inputs.passwords) && inputs.passwords.length > 0) outcomes.push(fail(say((m) => m.iam05.password(app.name)), atTenant(app.name)));
      const credential = tenant.resources.some((r) => CREDENTIAL_TYPES.includes(r.type) && [app.id, app.objectId].includes((r.inputs as Record<string, any>).applicationId));
      if (!credential) outcomes.push(fail(say((m) => m.iam05.noCredential(app.name)), atTenant(app.name)));
    }
    return outcomes;
  },
};
