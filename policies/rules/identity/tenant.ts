// Reading the tenant program's Entra objects (inventory/tenant.ts) for the IAM rules.
import { TENANT_DOCUMENT, type TenantDocument, type TenantResource } from "../../../inventory/tenant-document";
import { PHISHING_RESISTANT_STRENGTH_ID } from "../../../model/entra/baseline";
import type { EntraTenantPolicies } from "../../../model/entra/tenant-policies";
import { atDocument, documentOrUndecided, undecided } from "../../outcome";
import { say, type Words } from "../../say";
import type { Outcome, PolicyInput } from "../../types";

export const CONDITIONAL_ACCESS = "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy";

export interface ConditionalAccess {
  name: string;
  state: string;
  users: { includedUsers?: string[]; excludedUsers?: string[]; includedRoles?: string[]; includedGroups?: string[]; excludedGroups?: string[] };
  clientAppTypes: string[];
  locations?: { includedLocations?: string[]; excludedLocations?: string[] };
  builtInControls: string[];
  authenticationStrengthPolicyId?: string;
  includedApplications: string[];
  includedUserActions: string[];
  authenticationFlowTransferMethods: string[];
  userRiskLevels: string[];
  signInRiskLevels: string[];
}

export const atTenant = (name: string) => atDocument(TENANT_DOCUMENT, name);

/** The tenant document, or an undecided outcome when it was not produced. */
export function tenantOf(input: PolicyInput, why: Words): { resources: TenantResource[] } | { missing: Outcome } {
  const found = documentOrUndecided<TenantDocument>(input.documents, TENANT_DOCUMENT, why);
  return "missing" in found ? found : { resources: found.document.resources };
}

/** The tenant-wide Entra settings, or an undecided outcome when the document lacks them. */
export function tenantPoliciesOf(input: PolicyInput, why: Words): { policies: EntraTenantPolicies } | { missing: Outcome } {
  const found = documentOrUndecided<TenantDocument>(input.documents, TENANT_DOCUMENT, why);
  if ("missing" in found) return found;
  if (!found.document.policies) return { missing: undecided(say((m, lang) => m.common.missingFact(TENANT_DOCUMENT, "policies", why(m, lang))), atTenant("policies")) };
  return { policies: found.document.policies };
}

export function conditionalAccessPolicies(resources: TenantResource[]): ConditionalAccess[] {
  return resources
    .filter((r) => r.type === CONDITIONAL_ACCESS)
    .map((r) => {
      const inputs = r.inputs as Record<string, any>;
      return {
        name: r.name,
        // azuread's default state is "enabled" when the input is left out.
        state: inputs.state ?? "enabled",
        users: inputs.conditions?.users ?? {},
        clientAppTypes: inputs.conditions?.clientAppTypes ?? [],
        locations: inputs.conditions?.locations,
        builtInControls: inputs.grantControls?.builtInControls ?? [],
        includedApplications: inputs.conditions?.applications?.includedApplications ?? [],
        includedUserActions: inputs.conditions?.applications?.includedUserActions ?? [],
        authenticationFlowTransferMethods: inputs.conditions?.authenticationFlowTransferMethods ?? [],
        userRiskLevels: inputs.conditions?.userRiskLevels ?? [],
        signInRiskLevels: inputs.conditions?.signInRiskLevels ?? [],
        authenticationStrengthPolicyId: inputs.grantControls?.authenticationStrengthPolicyId,
      };
    });
}

export const enforced = (policy: ConditionalAccess) => policy.state === "enabled";
export const coversAllUsers = (policy: ConditionalAccess) => (policy.users.includedUsers ?? []).includes("All");
export const blocks = (policy: ConditionalAccess) => policy.builtInControls.includes("block");
export const allApplications = (policy: ConditionalAccess) => policy.includedApplications.includes("All");
export const phishingResistant = (policy: ConditionalAccess) => (policy.authenticationStrengthPolicyId ?? "").endsWith(PHISHING_RESISTANT_STRENGTH_ID);
/** Enforced, for all users and all applications: what a tenant-wide control needs. */
export const tenantWide = (policy: ConditionalAccess) => enforced(policy) && coversAllUsers(policy) && allApplications(policy);
