// The adapter's REST client against a local fake of the InvokeCommand endpoints over real
// HTTP on 127.0.0.1 (it answers with the Get- cmdlets' documented property names and binds
// every request against Microsoft's cmdlet reference): the first apply configures a fresh
// tenant, a second apply makes no change in any section, DKIM and Customer Key included, and
// an injected drift is the only thing the next apply fixes.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createM365Adapter } from "../adapters/m365/adapter";
import { M365CommandError, createInvokeCommandClient } from "../adapters/m365/rest-client";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { planCalls } from "../model/exchange-online/plan";
import { validateOrganization } from "../model/load";
import { exampleData } from "./helpers/example";
import { FAKE_TOKENS, FakeExchangeOnline } from "./helpers/fake-exchange-online";
import type { SettingsSection } from "../model/exchange-online/settings";

const TENANT = "exempelkommun.onmicrosoft.com";

/** The example before its DKIM CNAMEs were published (the fake tenant's DNS has none). */
function exampleDocument(change?: (data: Record<string, any>) => void) {
  const data = exampleData();
  data.online.manualSteps.dkimCnamesPublished = [];
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

  it("with every feature on, a second apply changes nothing in any section, DKIM and the mailbox DEP included", async () => {
    const everything = exampleDocument((data) => {
      data.organization.acceptedDomains.push("exempel.se");
      data.online.customerKey = { enabled: true };
      data.online.manualSteps = { dkimCnamesPublished: ["exempelkommun.se", "exempel.se"], customerKeyRegistered: "2026-11-02" };
    });
    const tenant = await new FakeExchangeOnline({ mailboxes: ["anna.andersson", "bertil.berg", "registrator"], publishedDkimCnames: ["exempelkommun.se", "exempel.se"] }).start();
    try {
      const adapter = adapterFor(tenant);
      await adapter.apply(everything.settings);
      const sections = Object.keys(everything.settings) as SettingsSection[];
      // Every section is applied: each holds what the document declares.
      for (const section of sections) expect(planCalls({ [section]: everything.settings[section] }, await adapter.readCurrentState([section])), section).toEqual([]);
      expect(tenant.dkimConfigs().map(({ Identity, Enabled, Selector1KeySize, Selector2KeySize }) => [Identity, Enabled, Selector1KeySize, Selector2KeySize])).toEqual([
        ["exempel.se", true, 2048, 2048],
        ["exempelkommun.se", true, 2048, 2048],
      ]);
      expect(["anna.andersson", "bertil.berg", "registrator"].map((mailbox) => tenant.mailbox(mailbox)!.DataEncryptionPolicy)).toEqual(Array(3).fill("Customer Key mailbox DEP"));
      const writes = tenant.writes().length;
      expect((await adapter.apply(everything.settings)).applied).toEqual([]);
      expect(tenant.writes().length).toBe(writes);

      // A mailbox created later gets the DEP, and only it.
      tenant.addMailbox("ny.anstalld");
      expect((await adapter.apply(everything.settings)).applied).toEqual([
        { cmdlet: "Set-Mailbox", parameters: { Identity: "ny.anstalld", DataEncryptionPolicy: "Customer Key mailbox DEP" }, endpoint: "exchange" },
      ]);
    } finally {
      await tenant.stop();
    }
  });

  it("creates DKIM disabled until the CNAMEs are recorded, never rotates twice, and enables it once they are", async () => {
    const adapter = adapterFor(fake);
    const before = exampleDocument();
    await adapter.apply(before.settings);
    expect(fake.calls.find((call) => call.cmdlet === "New-DkimSigningConfig")!.parameters).toEqual({ DomainName: "exempelkommun.se", KeySize: 2048, Enabled: false });
    expect((await adapter.apply(before.settings)).applied).toEqual([]);

    // A 1024-bit key is rotated once: the rotated selector signs with 2048 bits from then on.
    fake.drift("dkimSigningConfigs", "exempelkommun.se", { Selector1KeySize: 1024, Selector2KeySize: 1024 });
    fake.drift("dlpCompliancePolicies", "DLP Personal data in e-mail", { ExchangeLocation: [] });
    expect((await adapter.apply(before.settings)).applied.map((call) => [call.cmdlet, call.parameters])).toEqual([
      ["Rotate-DkimSigningConfig", { Identity: "exempelkommun.se", KeySize: 2048 }],
      ["Set-DlpCompliancePolicy", { Identity: "DLP Personal data in e-mail", AddExchangeLocation: ["All"] }],
    ]);
    expect((await adapter.apply(before.settings)).applied).toEqual([]);

    // Enabling before the CNAMEs resolve is refused by the service, as the real one refuses it.
    const published = exampleDocument((data) => (data.online.manualSteps = { dkimCnamesPublished: ["exempelkommun.se"] }));
    await expect(adapter.apply(published.settings)).rejects.toThrow(/Set-DkimSigningConfig failed with HTTP 400: CNAME record does not exist/);
    fake.publishDkimCnames("exempelkommun.se");
    expect((await adapter.apply(published.settings)).applied).toEqual([
      { cmdlet: "Set-DkimSigningConfig", parameters: { Identity: "exempelkommun.se", Enabled: true }, endpoint: "exchange" },
    ]);
    expect((await adapter.apply(published.settings)).applied).toEqual([]);
    // Signing that is on is never switched off by a file that does not record the CNAMEs.
    expect((await adapter.apply(before.settings)).applied).toEqual([]);
  });

  it("sends the InvokeCommand request shape to the right endpoint with the right token", async () => {
    await adapterFor(fake).apply(exampleDocument().settings);
    const dlp = fake.calls.find((call) => call.cmdlet === "New-DlpComplianceRule")!;
    expect(dlp.endpoint).toBe("compliance");
    expect(dlp.tenant).toBe(TENANT);
    expect(dlp.parameters.ContentContainsSensitiveInformation).toContainEqual({
      name: "Sweden national ID",
      id: "f69aaf40-79be-4fac-8f05-fd1910d272c8",
      minCount: 1,
      minConfidence: 75,
    });
    const org = fake.calls.find((call) => call.cmdlet === "Set-TransportConfig")!;
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
