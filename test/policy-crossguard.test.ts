// The CrossGuard pack, tested by calling its validators as the Pulumi engine would, with
// the resources of the real tenant program (recorded under Pulumi's mocks).
import type { PolicyResource, StackValidationArgs } from "@pulumi/policy";
import { describe, expect, it } from "vitest";
import { tenantDocument, type TenantDocument } from "../inventory/tenant";
import { tenantPolicies } from "../policies/adapters/crossguard";
import { AS_OF, orgWith } from "./helpers/policy";

const tenant: TenantDocument = tenantDocument(orgWith());

const asPolicyResources = (document: TenantDocument): PolicyResource[] =>
  document.resources.map((r) => ({
    type: r.type,
    name: r.name,
    urn: `urn:pulumi:test::exchange-iac-tenant::${r.type}::${r.name}`,
    props: { ...r.inputs, id: r.id, objectId: r.objectId },
    opts: {},
    dependencies: [],
    propertyDependencies: {},
    isType: () => false,
    asType: () => undefined,
  })) as unknown as PolicyResource[];

async function violations(document: TenantDocument, org = orgWith()) {
  const found: { policy: string; message: string; urn?: string }[] = [];
  const args = { resources: asPolicyResources(document), stackTags: new Map(), getConfig: () => ({}), notApplicable: () => {} } as unknown as StackValidationArgs;
  for (const policy of tenantPolicies(org, AS_OF)) {
    await policy.validateStack(args, (message, urn) => found.push({ policy: policy.name, message, urn }));
  }
  return found;
}

describe("CrossGuard pack for the tenant", () => {
  it("has one policy per IAM rule, mandatory for errors and advisory for warnings", () => {
    const policies = tenantPolicies(orgWith(), AS_OF);
    expect(policies.map((p) => [p.name, p.enforcementLevel])).toEqual([
      ["iam-01", "mandatory"],
      ["iam-02", "mandatory"],
      ["iam-03", "advisory"],
      ["iam-04", "mandatory"],
      ["iam-05", "mandatory"],
      ["iam-06", "mandatory"],
      ["iam-07", "mandatory"],
      ["iam-08", "mandatory"],
      ["iam-09", "mandatory"],
    ]);
  });

  it("reports nothing for the example tenant", async () => {
    expect(await violations(tenant)).toEqual([]);
  });

  it("reports a client secret as an IAM-05 violation on that resource", async () => {
    const secret = { type: "azuread:index/applicationPassword:ApplicationPassword", name: "automation-secret", id: "secret-id", inputs: { applicationId: "automation-application-id" } };
    const found = await violations({ resources: [...tenant.resources, secret] });
    expect(found).toEqual([{ policy: "iam-05", message: expect.stringContaining("[IAM-05] automation-secret is a client secret"), urn: expect.stringContaining("::automation-secret") }]);
  });

  it("reports a Conditional Access policy that locks out a break-glass account", async () => {
    const resources = structuredClone(tenant.resources);
    const mfa = resources.find((r) => r.name === "baseline-require-mfa")!;
    (mfa.inputs as any).conditions.users.excludedUsers = [];
    const found = await violations({ resources });
    expect(found.map((v) => v.policy)).toEqual(["iam-04"]);
  });
});
