import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { atTenant, blocks, conditionalAccessPolicies, coversAllUsers, enforced, tenantOf } from "./tenant";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

const NAMED_LOCATION = "azuread:index/namedLocation:NamedLocation";

export const iam03: Rule = {
  id: "IAM-03",
  title: RULE_TEXTS.iam03.title,
  severity: "warning",
  appliesTo: "both",
  basis: "NIS2 art. 21(2)(i) (access control)",
  sources: ["eurlex-nis2"],
  remediation: RULE_TEXTS.iam03.remediation,
  check: (input) => {
    const tenant = tenantOf(input, (m) => m.iam03.subject);
    if ("missing" in tenant) return [tenant.missing];
    const countryLocations = tenant.resources.filter((r) => r.type === NAMED_LOCATION && (r.inputs as Record<string, any>).country).map((r) => r.objectId ?? r.id);
    const restricted = conditionalAccessPolicies(tenant.resources).some(
      (p) =>
        enforced(p) &&
        coversAllUsers(p) &&
        blocks(p) &&
        (p.locations?.includedLocations ?? []).includes("All") &&
        (p.locations?.excludedLocations ?? []).some((id) => countryLocations.includes(id)),
    );
    return restricted ? [] : [fail(say((m) => m.iam03.notRestricted), atTenant("conditional access"))];
  },
};
