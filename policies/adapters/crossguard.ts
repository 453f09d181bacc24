// Enforcement point 2: the tenant rules as a Pulumi CrossGuard policy pack. Each IAM rule
// becomes a stack validation over the Entra resources `pulumi preview/up` is about to
// create; errors are mandatory (they stop `pulumi up`), warnings advisory.
import type { PolicyResource, ReportViolation, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import { TENANT_DOCUMENT, type TenantDocument } from "../../inventory/tenant-document";
import { entraTenantPolicies } from "../../model/entra/tenant-policies";
import type { OrganizationFile } from "../../model/schema";
import { evaluate } from "../engine";
import { identityRules } from "../rules/identity";
import { describeLocation } from "../report/text";

/**
 * The tenant's Entra objects as the IAM rules read them, from the resources Pulumi reports; the
 * tenant-wide settings azuread has no resource for come from the organization file.
 */
export function tenantFromPolicyResources(resources: PolicyResource[], org: OrganizationFile): TenantDocument {
  return {
    policies: entraTenantPolicies(org),
    resources: resources
      .filter((r) => r.type.startsWith("azuread:"))
      .map((r) => ({ type: r.type, name: r.name, id: String(r.props.id ?? r.urn), objectId: r.props.objectId, inputs: r.props })),
  };
}

export function tenantPolicies(org: OrganizationFile, asOf: string): StackValidationPolicy[] {
  return identityRules.map((rule) => ({
    name: rule.id.toLowerCase(),
    description: `${rule.id}: ${rule.title} (${rule.basis})`,
    enforcementLevel: rule.severity === "error" ? "mandatory" : "advisory",
    remediationSteps: rule.remediation,
    validateStack: (args: StackValidationArgs, reportViolation: ReportViolation) => {
      const tenant = tenantFromPolicyResources(args.resources, org);
      const findings = evaluate([rule], { option: "online", org, resources: [], documents: { [TENANT_DOCUMENT]: tenant }, asOf });
      for (const finding of findings.filter((f) => !f.waiver)) {
        const resourceName = finding.location.kind === "document" ? finding.location.path : undefined;
        const urn = args.resources.find((r) => r.name === resourceName)?.urn;
        reportViolation(`[${finding.ruleId}] ${finding.status === "undecided" ? "could not decide: " : ""}${finding.message} (${describeLocation(finding)})`, urn);
      }
    },
  }));
}
