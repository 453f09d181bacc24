// The Pulumi dynamic provider's diff/create/update against the fake Exchange Online over
// real HTTP (no Pulumi CLI here), and the component's resources under pulumi.runtime.setMocks.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExchangeOnlineConfiguration } from "../constructs/tenant/exchange-online-configuration";
import { TOKEN_VARIABLES, environmentTokens, exchangeOnlineProvider, type ExchangeOnlineSettingsInputs } from "../constructs/tenant/exchange-online-provider";
import { SECTION_SPECS } from "../model/exchange-online/cmdlets";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { validateOrganization } from "../model/load";
import { exampleData } from "./helpers/example";
import { FAKE_TOKENS, FakeExchangeOnline } from "./helpers/fake-exchange-online";

const TENANT = "exempelkommun.onmicrosoft.com";
const organization = validateOrganization(exampleData());
const document = buildExchangeOnlineDocument(organization);

describe("Exchange Online dynamic provider", () => {
  let fake: FakeExchangeOnline;
  beforeAll(async () => {
    // The example records its DKIM CNAMEs as published: the fake's DNS has them.
    fake = await new FakeExchangeOnline({ publishedDkimCnames: ["exempelkommun.se"] }).start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  const provider = exchangeOnlineProvider(async (endpoint) => FAKE_TOKENS[endpoint]);
  const inputs = (settings: ExchangeOnlineSettingsInputs["settings"]): ExchangeOnlineSettingsInputs => ({ tenant: TENANT, settings, baseUrls: fake.baseUrls });

  it("diffs against the live tenant, creates, then sees no change and makes no call", async () => {
    const dlp = inputs({ dlpCompliancePolicies: document.settings.dlpCompliancePolicies, dlpComplianceRules: document.settings.dlpComplianceRules });
    expect(await provider.diff!("", { ...dlp, appliedCalls: 0 }, dlp)).toEqual({ changes: true });
    const created = await provider.create(dlp);
    expect(created.id).toBe(`exchange-online/${TENANT}/dlpCompliancePolicies+dlpComplianceRules`);
    // The policy and its three rules (Sweden national ID, GDPR EU types, credit card numbers).
    expect(created.outs!.appliedCalls).toBe(4);
    expect(fake.writes().map((call) => call.cmdlet)).toEqual(["New-DlpCompliancePolicy", "New-DlpComplianceRule", "New-DlpComplianceRule", "New-DlpComplianceRule"]);

    const writes = fake.writes().length;
    expect(await provider.diff!(created.id, created.outs!, dlp)).toEqual({ changes: false });
    expect((await provider.update!(created.id, created.outs!, dlp)).outs!.appliedCalls).toBe(0);
    expect(fake.writes().length).toBe(writes);
    // Reading only the sections a resource manages: one Get- per section.
    expect(fake.calls.slice(-2).map((call) => call.cmdlet)).toEqual(["Get-DlpCompliancePolicy", "Get-DlpComplianceRule"]);
  });

  it("reports drift made in the portal and the update fixes only that", async () => {
    const transport = inputs({ transportConfig: document.settings.transportConfig });
    const created = await provider.create(transport);
    fake.drift("transportConfig", undefined, { SmtpClientAuthenticationDisabled: false });
    expect(await provider.diff!(created.id, created.outs!, transport)).toEqual({ changes: true });
    const writes = fake.writes().length;
    await provider.update!(created.id, created.outs!, transport);
    expect(fake.writes().slice(writes).map(({ cmdlet, parameters }) => ({ cmdlet, parameters }))).toEqual([
      { cmdlet: "Set-TransportConfig", parameters: { SmtpClientAuthenticationDisabled: true } },
    ]);
  });

  it("replaces on a new tenant, rejects malformed settings, and never deletes tenant settings", async () => {
    const audit = inputs({ unifiedAuditLogRetentionPolicies: document.settings.unifiedAuditLogRetentionPolicies });
    expect(await provider.diff!("id", { ...audit, tenant: "other.onmicrosoft.com", appliedCalls: 0 }, audit)).toMatchObject({ replaces: ["tenant"] });
    expect(await provider.check!(audit, audit)).toEqual({ inputs: audit });
    expect((await provider.check!(audit, { ...audit, tenant: "" })).failures).toEqual([{ property: "tenant", reason: "expected the tenant id or initial domain" }]);
    const calls = fake.calls.length;
    await provider.delete!("id", { ...audit, appliedCalls: 0 });
    expect(fake.calls.length).toBe(calls);
  });

  it("serializes as a closure (as `pulumi up` stores it) that still applies on its own", async () => {
    const serialized = await pulumi.runtime.serializeFunction(() => exchangeOnlineProvider(async (endpoint) => FAKE_TOKENS[endpoint]));
    expect(serialized.text).not.toMatch(/ZodType|safeParse|_zod/);
    const file = join(mkdtempSync(join(tmpdir(), "exchange-iac-provider-")), "provider.cjs");
    writeFileSync(file, serialized.text);
    const revived = createRequire(import.meta.url)(file).handler() as typeof provider;
    const org = inputs({ externalInOutlook: document.settings.externalInOutlook });
    const created = await revived.create(org);
    expect(created.outs!.appliedCalls).toBe(1);
    expect(fake.items("externalInOutlook")).toEqual([{ Enabled: true, AllowList: [] }]);
    expect(await revived.diff!(created.id, created.outs!, org)).toEqual({ changes: false });
  });

  it("takes tokens from the environment and says which variable is missing", async () => {
    const saved = process.env[TOKEN_VARIABLES.compliance];
    delete process.env[TOKEN_VARIABLES.compliance];
    await expect(environmentTokens("compliance")).rejects.toThrow("EXCHANGE_IAC_COMPLIANCE_TOKEN is not set");
    process.env[TOKEN_VARIABLES.compliance] = "from-ci";
    await expect(environmentTokens("compliance")).resolves.toBe("from-ci");
    if (saved === undefined) delete process.env[TOKEN_VARIABLES.compliance];
    else process.env[TOKEN_VARIABLES.compliance] = saved;
  });
});

describe("ExchangeOnlineConfiguration component", () => {
  it("declares one dynamic resource per settings section with the desired settings", async () => {
    const registered: { type: string; name: string; inputs: Record<string, any> }[] = [];
    await pulumi.runtime.setMocks(
      {
        newResource: (args) => {
          registered.push({ type: args.type, name: args.name, inputs: args.inputs });
          return { id: `${args.name}-id`, state: args.inputs };
        },
        call: (args) => args.inputs,
      },
      "exchange-iac",
      "test",
      true,
    );
    const component = new ExchangeOnlineConfiguration("exo", { organization, tenant: TENANT, provider: exchangeOnlineProvider(async () => "unused") });
    const urns = await Promise.all(Object.values(component.sections).map((resource) => new Promise<string>((resolve) => resource.urn.apply(resolve))));
    expect(urns).toContain("urn:pulumi:test::exchange-iac::exchange-iac:tenant:ExchangeOnlineConfiguration$pulumi-nodejs:dynamic/exchange-iac:ExchangeOnlineSettings::exo-dlpComplianceRules");
    const dynamic = registered.filter((resource) => resource.type === "pulumi-nodejs:dynamic/exchange-iac:ExchangeOnlineSettings");
    expect(dynamic.map((resource) => resource.name).sort()).toEqual(SECTION_SPECS.map((spec) => `exo-${spec.section}`).sort());
    const dlp = dynamic.find((resource) => resource.name === "exo-dlpComplianceRules")!;
    expect(dlp.inputs.tenant).toBe(TENANT);
    expect(dlp.inputs.settings.dlpComplianceRules[0].ContentContainsSensitiveInformation[0].id).toBe("f69aaf40-79be-4fac-8f05-fd1910d272c8");
    expect(component.facts.dataResidency.declaredWithoutApi).toBe(true);
    // Without a tenant anywhere the program still builds; the provider's check refuses it at deployment.
    const unknown = new ExchangeOnlineConfiguration("none", { organization, provider: exchangeOnlineProvider(async () => "unused") });
    await new Promise((resolve) => unknown.sections.roleGroups!.urn.apply(resolve));
    expect(registered.find((resource) => resource.name === "none-roleGroups")!.inputs.tenant).toBe("");
  });
});
