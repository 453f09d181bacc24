// The adapter's REST client against a local fake of the InvokeCommand endpoints over real
// HTTP on 127.0.0.1: the first apply configures a fresh tenant, a second apply makes no
// change, and an injected drift is the only thing the third apply fixes.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createM365Adapter } from "../adapters/m365/adapter";
import { M365CommandError, createInvokeCommandClient } from "../adapters/m365/rest-client";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { planCalls } from "../model/exchange-online/plan";
import { validateOrganization } from "../model/load";
import { exampleData } from "./helpers/example";
import { FAKE_TOKENS, FakeExchangeOnline } from "./helpers/fake-exchange-online";

const TENANT = "exempelkommun.onmicrosoft.com";

function exampleDocument(change?: (data: Record<string, any>) => void) {
  const data = exampleData();
  change?.(data);
  return buildExchangeOnlineDocument(validateOrganization(data));
}

describe("REST adapter against the fake Exchange Online", () => {
  let fake: FakeExchangeOnline;
  const adapterFor = (target: FakeExchangeOnline) =>
    createM365Adapter({ tenant: TENANT, baseUrls: target.baseUrls, tokenProvider: async (endpoint) => FAKE_TOKENS[endpoint] });

  beforeEach(async () => {
    fake = await new FakeExchangeOnline().start();
  });
  afterEach(async () => {
    await fake.stop();
  });

  it("configures a fresh tenant, then a second apply makes no call that changes anything", async () => {
    const document = exampleDocument();
    const adapter = adapterFor(fake);
    const first = await adapter.apply(document.settings);
    expect(first.applied.length).toBeGreaterThan(10);
    expect(fake.writes().map((call) => call.cmdlet)).toEqual(first.applied.map((call) => call.cmdlet));
    // What the tenant now holds, read back through the adapter, is the desired state.
    expect(planCalls(document.settings, await adapter.readCurrentState())).toEqual([]);
    expect(fake.items("remoteDomains")).toEqual([{ Identity: "Default", DomainName: "*", AutoForwardEnabled: false }]);
    expect(fake.items("dlpCompliancePolicies")[0]).toMatchObject({ Mode: "Enable", ExchangeLocation: ["All"] });

    const writesBefore = fake.writes().length;
    const second = await adapter.apply(document.settings);
    expect(second.applied).toEqual([]);
    expect(fake.writes().length).toBe(writesBefore);
  });

  it("fixes an injected drift and nothing else", async () => {
    const document = exampleDocument();
    const adapter = adapterFor(fake);
    await adapter.apply(document.settings);
    fake.drift("remoteDomains", "Default", { AutoForwardEnabled: true });
    fake.drift("dlpCompliancePolicies", "DLP Personal data in e-mail", { Mode: "TestWithNotifications" });
    const writesBefore = fake.writes().length;

    const third = await adapter.apply(document.settings);

    expect(third.applied).toEqual([
      { cmdlet: "Set-RemoteDomain", parameters: { Identity: "Default", AutoForwardEnabled: false }, endpoint: "exchange" },
      { cmdlet: "Set-DlpCompliancePolicy", parameters: { Identity: "DLP Personal data in e-mail", Mode: "Enable" }, endpoint: "compliance" },
    ]);
    expect(fake.writes().slice(writesBefore).map(({ cmdlet, parameters, endpoint }) => ({ cmdlet, parameters, endpoint }))).toEqual(third.applied);
    expect((await adapter.apply(document.settings)).applied).toEqual([]);
  });

  it("rotates a 1024-bit DKIM key instead of setting it, and adds a missing DLP location", async () => {
    const document = exampleDocument();
    const adapter = adapterFor(fake);
    await adapter.apply(document.settings);
    fake.drift("dkimSigningConfigs", "exempelkommun.se", { KeySize: 1024 });
    fake.drift("dlpCompliancePolicies", "DLP Personal data in e-mail", { ExchangeLocation: [] });
    const fixes = await adapter.apply(document.settings);
    expect(fixes.applied.map((call) => [call.cmdlet, call.parameters])).toEqual([
      ["Rotate-DkimSigningConfig", { Identity: "exempelkommun.se", KeySize: 2048 }],
      ["Set-DlpCompliancePolicy", { Identity: "DLP Personal data in e-mail", AddExchangeLocation: ["All"] }],
    ]);
    expect(fake.items("dkimSigningConfigs")[0]).toMatchObject({ KeySize: 2048, Enabled: true });
  });

  it("sends the InvokeCommand request shape to the right endpoint with the right token", async () => {
    // Customer Lockbox on (the example has it off), so the fresh tenant's organization config changes.
    const settings = exampleDocument().settings;
    await adapterFor(fake).apply({ ...settings, organizationConfig: { ...settings.organizationConfig, CustomerLockboxEnabled: true } });
    const dlp = fake.calls.find((call) => call.cmdlet === "New-DlpComplianceRule")!;
    expect(dlp.endpoint).toBe("compliance");
    expect(dlp.tenant).toBe(TENANT);
    expect(dlp.parameters.ContentContainsSensitiveInformation).toContainEqual({
      name: "Sweden national ID",
      id: "f69aaf40-79be-4fac-8f05-fd1910d272c8",
      minCount: 1,
      minConfidence: 75,
    });
    const org = fake.calls.find((call) => call.cmdlet === "Set-OrganizationConfig")!;
    expect(org.endpoint).toBe("exchange");
    expect(org.headers).toEqual({
      "x-clientapplication": "ExoManagementModule",
      "x-responseformat": "json",
      "x-anchormailbox": `UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@${TENANT}`,
      prefer: "odata.maxpagesize=1000",
    });
    // Exchange cmdlets never go to Security & Compliance, and the reverse.
    expect(fake.calls.filter((call) => call.endpoint === "exchange").some((call) => /Compliance|RoleGroup|UnifiedAuditLog/.test(call.cmdlet))).toBe(false);
  });

  it("reports a refused token as an error naming the cmdlet and status", async () => {
    const client = createInvokeCommandClient({ tenant: TENANT, baseUrls: fake.baseUrls, tokenProvider: async () => "wrong" });
    const failure = client.invoke({ cmdlet: "Get-OrganizationConfig", parameters: {}, endpoint: "exchange" });
    await expect(failure).rejects.toBeInstanceOf(M365CommandError);
    await expect(failure).rejects.toThrow("Get-OrganizationConfig failed with HTTP 401: invalid token");
  });

  it("follows OData pages and retries a throttled request", async () => {
    const paged = await new FakeExchangeOnline({ pageSize: 1 }).start();
    try {
      const document = exampleDocument((data) => data.organization.acceptedDomains.push("exempel.se", "kommun.exempel.se"));
      const adapter = adapterFor(paged);
      await adapter.apply(document.settings);
      paged.failNext(429);
      const state = await adapter.readCurrentState();
      expect(state.dkimSigningConfigs?.map((config) => config.Identity)).toEqual(["exempel.se", "exempelkommun.se", "kommun.exempel.se"]);
      expect((await adapter.apply(document.settings)).applied).toEqual([]);
    } finally {
      await paged.stop();
    }
  });
});
