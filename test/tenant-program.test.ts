// The tenant Pulumi program under pulumi.runtime.setMocks: no engine, no credentials. The
// mocks record every resource the program registers, with the inputs it would send to Entra ID.
// The first block proves that the program declares exactly the Entra objects of
// model/entra/baseline.ts, which check, cost and compare judge without Pulumi.
import fc from "fast-check";
import * as pulumi from "@pulumi/pulumi";
import { stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { standIn, tenantDocument } from "../inventory/tenant";
import { entraBaseline } from "../model/entra/baseline";
import type { EntraBaseline, EntraObject } from "../model/entra/objects";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { InputError } from "../model/input-error";
import { parseOrganization } from "../model/load";
import type { OrganizationFile } from "../model/schema";
import { tenantProgram, type TenantProgram } from "../stacks/tenant/program";
import { validOrganization } from "./fuzz/organization-arbitrary";
import { exampleWith } from "./helpers/example";

interface Registered {
  type: string;
  name: string;
  id: string;
  objectId: string;
  inputs: Record<string, any>;
}

const registered: Registered[] = [];

beforeAll(async () => {
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        // Graph assigns ids; the mock gives each resource the stand-ins the tenant document uses.
        const [id, objectId] = [standIn(args.name, "id"), standIn(args.name, "objectId")];
        registered.push({ type: args.type, name: args.name, id, objectId, inputs: args.inputs });
        return { id, state: { ...args.inputs, objectId, clientId: args.inputs.clientId ?? standIn(args.name, "clientId") } };
      },
      call: (args) => {
        throw new Error(`the tenant program should need no lookups, but called ${args.token}`);
      },
    },
    "exchange-iac-tenant",
    "test",
    false,
  );
});

const BREAK_GLASS = ["3f6b2c1e-8a4d-4e2b-9c7a-1d5e8f9a0b11", "7c2e9d4a-1b3f-4a6c-8e5d-2f7a9b0c1d22"];
const CA = "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy";

function settled<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply(resolve));
}

/** Runs the program and waits until every resource it declares has been registered. */
async function runOn(org: OrganizationFile): Promise<{ program: TenantProgram; resources: Registered[] }> {
  const start = registered.length;
  const program = tenantProgram(org);
  // A resource's URN is known once it is registered, which waits for its inputs.
  await Promise.all([...program.entra.resources.values()].map((resource) => settled(resource.urn)));
  return { program, resources: registered.slice(start) };
}

const run = (change: (data: Record<string, any>) => void = () => {}) => runOn(parseOrganization(exampleWith(change)));

/** The component type each part of the baseline is declared in (part of every resource's URN). */
const COMPONENT_TYPES: Record<keyof EntraBaseline, string> = {
  policyScopeGroups: "exchange-iac:tenant:PolicyScopeGroups",
  allowedCountries: "exchange-iac:tenant:AllowedCountriesLocation",
  conditionalAccess: "exchange-iac:tenant:ConditionalAccessBaseline",
  automation: "exchange-iac:tenant:AutomationIdentity",
};

const objectsIn = (part: EntraBaseline[keyof EntraBaseline]): EntraObject[] =>
  "type" in part ? [part as EntraObject] : (Object.values(part) as (EntraObject | EntraObject[])[]).flat();

const MATRIX: [string, () => OrganizationFile][] = [
  ["the built-in example", () => parseOrganization(exampleWith(() => {}))],
  [
    "every identity option set",
    () =>
      parseOrganization(
        exampleWith((data) => {
          data.identity.allowedSignInCountries = ["SE", "NO", "FI", "SE"];
          data.identity.conditionalAccessState = "enabledForReportingButNotEnforced";
          data.identity.automation.displayName = "Mail automation";
          data.identity.automation.directoryRoleIds = ["29232cdf-9323-42fd-ade2-1d097af3e4de", "29232cdf-9323-42fd-ade2-1d097af3e4de"];
          data.identity.automation.federatedCredential = { issuer: "https://gitlab.example.se", subject: "project_path:it/mail:ref_type:branch:ref:main", audiences: ["api://AzureADTokenExchange"] };
          data.governance.recordsAccessRoles = ["Registrator", "Arkivarie", "Dataskyddsombud Åsa", "Registrator"];
        }),
      ),
  ],
  ...fc.sample(validOrganization, { numRuns: 4, seed: 2 }).map((data, index): [string, () => OrganizationFile] => [`random valid file ${index + 1}`, () => parseOrganization(stringify(data))]),
];

describe("tenant program: declares exactly the Entra objects of the organization file", () => {
  it.each(MATRIX)("%s", async (_label, organization) => {
    const org = organization();
    let baseline: EntraBaseline;
    try {
      baseline = entraBaseline(org);
      buildExchangeOnlineDocument(org);
    } catch (error) {
      // A file the baseline refuses: the program refuses it with the same error, before any resource.
      expect(error).toBeInstanceOf(InputError);
      const entraCount = () => registered.filter((resource) => resource.type.startsWith("azuread:")).length;
      const before = entraCount();
      expect(() => tenantProgram(org)).toThrow((error as Error).message);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(entraCount()).toBe(before);
      return;
    }
    const { program, resources } = await runOn(org);
    const entraResources = resources.filter((resource) => resource.type.startsWith("azuread:"));
    const sorted = JSON.parse(JSON.stringify(entraResources)).sort((a: Registered, b: Registered) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
    expect(sorted).toEqual(tenantDocument(org).resources);
    // Each resource in its component, as deployed stacks have it (a new URN would replace it).
    for (const [part, componentType] of Object.entries(COMPONENT_TYPES) as [keyof EntraBaseline, string][]) {
      for (const object of objectsIn(baseline[part])) {
        expect(await settled(program.entra.resources.get(object.name)!.urn)).toBe(`urn:pulumi:test::exchange-iac-tenant::${componentType}$${object.type}::${object.name}`);
      }
    }
  });
});

const byType = (resources: Registered[], suffix: string) => resources.filter((resource) => resource.type.endsWith(suffix));
const policyNamed = (resources: Registered[], fragment: string) => {
  const found = resources.filter((resource) => resource.type === CA && resource.name.includes(fragment));
  expect(found, fragment).toHaveLength(1);
  return found[0]!.inputs;
};

describe("tenant program: Conditional Access", () => {
  let resources: Registered[];
  beforeAll(async () => ({ resources } = await run()));

  it("declares the enforced policies the example's Microsoft 365 E3 licenses (Intune: managed devices; no Entra ID P2: no risk policies)", () => {
    const policies = resources.filter((resource) => resource.type === CA);
    // Registration order is asynchronous; the names carry the order.
    expect(policies.map((policy) => policy.inputs.displayName).sort()).toEqual([
      "CA01 Block legacy authentication",
      "CA02 Require MFA for all users",
      "CA03 Require phishing-resistant MFA for administrators",
      "CA04 Block sign-ins from outside the allowed countries",
      "CA05 Block device code flow",
      "CA06 Require a managed device to register security information",
      "CA07 Require a managed device",
    ]);
    for (const policy of policies) expect(policy.inputs.state).toBe("enabled");
  });

  it("excludes every break-glass account from every policy", () => {
    for (const policy of resources.filter((resource) => resource.type === CA)) {
      expect(policy.inputs.conditions.users.excludedUsers, policy.name).toEqual(BREAK_GLASS);
    }
  });

  it("blocks legacy authentication (Exchange ActiveSync and other clients) for all users", () => {
    const policy = policyNamed(resources, "block-legacy-authentication");
    expect(policy.conditions.clientAppTypes).toEqual(["exchangeActiveSync", "other"]);
    expect(policy.conditions.users.includedUsers).toEqual(["All"]);
    expect(policy.conditions.applications.includedApplications).toEqual(["All"]);
    expect(policy.grantControls.builtInControls).toEqual(["block"]);
  });

  it("requires phishing-resistant MFA for all users in all client apps (MS.AAD.3.1)", () => {
    const policy = policyNamed(resources, "require-mfa");
    expect(policy.conditions.users.includedUsers).toEqual(["All"]);
    expect(policy.conditions.clientAppTypes).toEqual(["all"]);
    expect(policy.grantControls.authenticationStrengthPolicyId).toBe("/policies/authenticationStrengthPolicies/00000000-0000-0000-0000-000000000004");
  });

  it("blocks the device code flow for all users and apps (MS.AAD.3.9)", () => {
    const policy = policyNamed(resources, "device-code");
    expect(policy.conditions.authenticationFlowTransferMethods).toEqual(["deviceCodeFlow"]);
    expect(policy.conditions.applications.includedApplications).toEqual(["All"]);
    expect(policy.grantControls.builtInControls).toEqual(["block"]);
  });

  it("requires the built-in phishing-resistant strength for administrator roles and the administrators group", () => {
    const policy = policyNamed(resources, "phishing-resistant");
    expect(policy.grantControls.authenticationStrengthPolicyId).toBe("/policies/authenticationStrengthPolicies/00000000-0000-0000-0000-000000000004");
    expect(policy.conditions.users.includedRoles).toContain("62e90394-69f5-4237-9190-012177145e10"); // Global Administrator
    expect(policy.conditions.users.includedRoles).toContain("29232cdf-9323-42fd-ade2-1d097af3e4de"); // Exchange Administrator
    expect(policy.conditions.users.includedGroups).toEqual(["scope-administrators-object-id"]);
    expect(policy.conditions.users).not.toHaveProperty("includedUsers");
  });

  it("blocks sign-ins from everywhere but the allowed countries' named location", () => {
    const [location] = byType(resources, "NamedLocation");
    expect(location!.inputs.country).toEqual({ countriesAndRegions: ["SE"], countryLookupMethod: "clientIpAddress", includeUnknownCountriesAndRegions: false });
    const policy = policyNamed(resources, "block-other-countries");
    expect(policy.conditions.locations).toEqual({ includedLocations: ["All"], excludedLocations: [`${location!.name}-object-id`] });
    expect(policy.conditions.users.excludedGroups).toEqual(["scope-sign-in-country-exceptions-object-id"]);
    expect(policy.grantControls.builtInControls).toEqual(["block"]);
  });

  it("creates the groups that scope the policies and the records access roles", () => {
    const groups = byType(resources, "Group").map((group) => group.inputs);
    expect(groups.map((group) => group.displayName).sort()).toEqual([
      "Privileged administrators",
      "Records access: Arkivarie",
      "Records access: Registrator",
      "Sign-in country exceptions",
    ]);
    for (const group of groups) expect(group).toMatchObject({ securityEnabled: true, mailEnabled: false });
    expect(groups.find((group) => group.displayName === "Privileged administrators")!.assignableToRole).toBe(true);
  });
});

describe("tenant program: automation identity", () => {
  let resources: Registered[];
  let program: TenantProgram;
  beforeAll(async () => ({ resources, program } = await run()));

  it("signs in with a federated credential for CI on its own application", async () => {
    const [application] = byType(resources, "index/application:Application");
    const [credential] = byType(resources, "ApplicationFederatedIdentityCredential");
    expect(credential!.inputs).toMatchObject({
      applicationId: `${application!.name}-id`,
      issuer: "https://token.actions.githubusercontent.com",
      subject: "repo:exempelkommun/exchange-iac:environment:production",
      audiences: ["api://AzureADTokenExchange"],
    });
    expect(await settled(program.automation.clientId)).toBe(`${application!.name}-client-id`);
  });

  it("is protected: no run can delete or replace the identity it signs in as, nor its credential", () => {
    const { application, servicePrincipal, federatedCredential } = program.automation;
    // Pulumi keeps a resource's protect option as __protect (resource.js); the engine refuses to delete such a resource.
    for (const resource of [application, servicePrincipal, federatedCredential]) expect((resource as unknown as { __protect?: boolean }).__protect).toBe(true);
  });

  it("has no password and no secret anywhere in its inputs", () => {
    expect(byType(resources, "ApplicationPassword")).toHaveLength(0);
    expect(byType(resources, "ServicePrincipalPassword")).toHaveLength(0);
    const [application] = byType(resources, "index/application:Application");
    expect(application!.inputs).not.toHaveProperty("password");
    expect(JSON.stringify(resources.map((resource) => resource.inputs))).not.toMatch(/"(password|clientSecret|secret|value)"\s*:/i);
  });

  it("gets Exchange.ManageAsApp and the Exchange and Compliance Administrator roles", () => {
    const [application] = byType(resources, "index/application:Application");
    expect(application!.inputs.requiredResourceAccesses).toEqual([
      { resourceAppId: "00000002-0000-0ff1-ce00-000000000000", resourceAccesses: [{ id: "dc50a0fb-09a3-484d-be87-e023b12c6440", type: "Role" }] },
    ]);
    const [grant] = byType(resources, "AppRoleAssignment");
    expect(grant!.inputs).toEqual({
      appRoleId: "dc50a0fb-09a3-484d-be87-e023b12c6440",
      principalObjectId: "automation-service-principal-object-id",
      resourceObjectId: "automation-exchange-online-object-id",
    });
    const roles = byType(resources, "DirectoryRoleAssignment").map((role) => role.inputs);
    expect(roles.sort((a, b) => b.roleId.localeCompare(a.roleId))).toEqual([
      { roleId: "29232cdf-9323-42fd-ade2-1d097af3e4de", principalObjectId: "automation-service-principal-object-id" },
      { roleId: "17315797-102d-40b4-93e0-432062caca18", principalObjectId: "automation-service-principal-object-id" },
    ]);
  });
});

describe("tenant program: the organization file decides", () => {
  it("follows identity: countries, report-only state, issuer and subject", async () => {
    const { resources } = await run((data) => {
      data.identity.allowedSignInCountries = ["SE", "NO", "FI"];
      data.identity.conditionalAccessState = "enabledForReportingButNotEnforced";
      data.identity.automation.federatedCredential = { issuer: "https://gitlab.example.se", subject: "project_path:it/exchange-iac:ref_type:branch:ref:main" };
    });
    expect(byType(resources, "NamedLocation")[0]!.inputs.country.countriesAndRegions).toEqual(["FI", "NO", "SE"]);
    for (const policy of resources.filter((resource) => resource.type === CA)) expect(policy.inputs.state).toBe("enabledForReportingButNotEnforced");
    expect(byType(resources, "ApplicationFederatedIdentityCredential")[0]!.inputs).toMatchObject({
      issuer: "https://gitlab.example.se",
      subject: "project_path:it/exchange-iac:ref_type:branch:ref:main",
    });
  });

  it("defaults the allowed countries to the organization's country", async () => {
    const { resources } = await run((data) => delete data.identity.allowedSignInCountries);
    expect(byType(resources, "NamedLocation")[0]!.inputs.country.countriesAndRegions).toEqual(["SE"]);
  });

  it("refuses to declare Conditional Access without a break-glass account", () => {
    const org = parseOrganization(exampleWith((data) => (data.identity.breakGlassAccountIds = [])));
    expect(() => tenantProgram(org)).toThrow(InputError);
    expect(() => tenantProgram(org)).toThrow(/identity\.breakGlassAccountIds: received an empty list; expected the object ids of the emergency access accounts/);
  });

  it("refuses an automation identity without a federated credential", () => {
    const org = parseOrganization(exampleWith((data) => delete data.identity.automation.federatedCredential));
    expect(() => tenantProgram(org)).toThrow(/identity\.automation\.federatedCredential: received nothing \(the field is missing\)/);
  });

  it("rejects a break-glass id that is not a GUID when the file is read", () => {
    expect(() => parseOrganization(exampleWith((data) => (data.identity.breakGlassAccountIds = ["admin@exempelkommun.se"])))).toThrow(/identity\.breakGlassAccountIds\.0/);
  });
});
