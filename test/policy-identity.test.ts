// Identity rules over the Entra objects of the real tenant program (run under Pulumi's mocks).
import { describe, expect, it } from "vitest";
import { TENANT_DOCUMENT, tenantDocument, type TenantDocument, type TenantResource } from "../inventory/tenant";
import { iam01 } from "../policies/rules/identity/iam-01-block-legacy-authentication";
import { iam02 } from "../policies/rules/identity/iam-02-mfa";
import { iam03 } from "../policies/rules/identity/iam-03-allowed-countries";
import { iam04 } from "../policies/rules/identity/iam-04-administrators-and-break-glass";
import { iam05 } from "../policies/rules/identity/iam-05-automation-without-secrets";
import type { Rule } from "../policies/types";
import { findingsOf, orgWith } from "./helpers/policy";

const tenant: TenantDocument = tenantDocument(orgWith());

const CA = "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy";

/** The example's tenant with one resource changed (or removed, when `change` returns undefined). */
function tenantWith(name: string, change: (resource: TenantResource) => TenantResource | undefined): TenantDocument {
  const resources = tenant.resources.flatMap((r) => {
    if (r.name !== name) return [r];
    const changed = change(structuredClone(r));
    return changed ? [changed] : [];
  });
  expect(resources).not.toEqual(tenant.resources);
  return { resources };
}

const judge = (rule: Rule, document: TenantDocument | undefined, change?: (d: Record<string, any>) => void) =>
  findingsOf(rule, "online", change, { documents: document ? { [TENANT_DOCUMENT]: document } : {} });

describe("the tenant program as the IAM rules see it", () => {
  it("declares Conditional Access policies, a named location and an automation application", () => {
    expect(tenant.resources.filter((r) => r.type === CA)).toHaveLength(7);
    expect(tenant.resources.map((r) => r.type)).toContain("azuread:index/namedLocation:NamedLocation");
  });

  it("passes every IAM rule for the example", () => {
    for (const rule of [iam01, iam02, iam03, iam04, iam05]) expect(judge(rule, tenant), rule.id).toEqual([]);
  });

  it("cannot decide without the tenant document, and says so", () => {
    expect(judge(iam01, undefined)).toMatchObject([{ ruleId: "IAM-01", status: "undecided", severity: "error" }]);
  });
});

describe("IAM-01 legacy authentication", () => {
  it("fails when the blocking policy is only report-only", () => {
    const document = tenantWith("baseline-block-legacy-authentication", (r) => ({ ...r, inputs: { ...r.inputs, state: "enabledForReportingButNotEnforced" } }));
    expect(judge(iam01, document)).toMatchObject([{ ruleId: "IAM-01", status: "fail" }]);
  });
});

describe("IAM-02 MFA", () => {
  it("fails without the MFA policy for all users", () => {
    const findings = judge(iam02, tenantWith("baseline-require-mfa", () => undefined));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining("MFA for all users")]);
  });
  it("fails when administrators get ordinary MFA instead of the phishing-resistant strength", () => {
    const document = tenantWith("baseline-require-phishing-resistant-mfa-for-administrators", (r) => ({
      ...r,
      inputs: { ...r.inputs, grantControls: { operator: "OR", builtInControls: ["mfa"] } },
    }));
    expect(judge(iam02, document)[0]?.message).toContain("phishing-resistant");
  });
});

describe("IAM-03 allowed countries", () => {
  it("warns without the country block", () => {
    expect(judge(iam03, tenantWith("baseline-block-other-countries", () => undefined))).toMatchObject([{ ruleId: "IAM-03", severity: "warning" }]);
  });
});

describe("IAM-04 administrators and break-glass", () => {
  it("fails with one Global Administrator, and with nine", () => {
    expect(judge(iam04, tenant, (d) => (d.identity.globalAdministrators = 1))[0]?.location).toEqual({ kind: "organization", path: "identity.globalAdministrators" });
    expect(judge(iam04, tenant, (d) => (d.identity.globalAdministrators = 9))).toHaveLength(1);
  });
  it("fails a policy that does not exclude a break-glass account", () => {
    const document = tenantWith("baseline-require-mfa", (r) => {
      const inputs = r.inputs as Record<string, any>;
      inputs.conditions.users.excludedUsers = inputs.conditions.users.excludedUsers.slice(1);
      return r;
    });
    expect(judge(iam04, document)).toMatchObject([{ ruleId: "IAM-04", location: { kind: "document", path: "baseline-require-mfa" } }]);
  });
});

describe("IAM-05 no client secrets", () => {
  it("fails on a client secret", () => {
    const secret: TenantResource = { type: "azuread:index/applicationPassword:ApplicationPassword", name: "automation-secret", id: "s-id", inputs: { applicationId: "automation-application-id" } };
    expect(judge(iam05, { resources: [...tenant.resources, secret] })).toMatchObject([{ ruleId: "IAM-05", message: expect.stringContaining("client secret") }]);
  });
  it("fails an application without a federated credential or certificate", () => {
    const document = tenantWith("automation-ci", () => undefined);
    expect(judge(iam05, document)[0]?.message).toContain("no federated credential");
  });
});
