// Nothing lost: the tenant cmdlet plan never removes or shortens retention, a hold or an
// audit setting unless --allow-destructive (CLI) / allowDestructive (adapter, Pulumi) is
// given; then it lists exactly what would be lost. Apply sends nothing while one is refused.
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createM365Adapter } from "../adapters/m365/adapter";
import { renderPowerShell } from "../adapters/m365/powershell";
import { exchangeOnlineProvider } from "../constructs/tenant/exchange-online-provider";
import { DestructiveChangeError, carriesLoss, findLosses } from "../model/exchange-online/destructive";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { planCalls } from "../model/exchange-online/plan";
import { REPORTED_AUDIT_RETENTION_DURATIONS, type TenantSettings } from "../model/exchange-online/settings";
import { validateOrganization } from "../model/load";
import { runCli, tempFile } from "./helpers/cli";
import { exampleData } from "./helpers/example";
import { FAKE_TOKENS, FakeExchangeOnline } from "./helpers/fake-exchange-online";

const TENANT = "exempelkommun.onmicrosoft.com";
const desired = buildExchangeOnlineDocument(validateOrganization(exampleData())).settings;
/** The example asking for one year of audit records (no decision on logs): audit kept TwelveMonths, so a tenant keeping more can lose some. */
const oneYearAudit = (() => {
  const data = exampleData();
  data.retention.auditLogRetentionDays = 365;
  data.retention.deletionDecisions = data.retention.deletionDecisions.filter((decision: { appliesTo?: string }) => decision.appliesTo !== "logs");
  return buildExchangeOnlineDocument(validateOrganization(data)).settings;
})();
const DECISION_RULE = "Gallring KS 2023-118 p. 4 rule";
const LEAVERS_RULE = "Leavers mailboxes retained rule";

/** The tenant as configured, then changed by `change` (what someone did in the portal). */
function tenantWith(change: (settings: Required<TenantSettings>) => void, base: TenantSettings = desired): Required<TenantSettings> {
  const settings = structuredClone(base) as Required<TenantSettings>;
  change(settings);
  return settings;
}
const rule = (settings: TenantSettings, name: string) => settings.retentionComplianceRules!.find((candidate) => candidate.Name === name)!;

describe("losses the planner would cause", () => {
  it("finds none when the tenant matches, is empty, or is stricter only where stricter is harmless", () => {
    expect(findLosses(desired, desired)).toEqual([]);
    expect(findLosses(desired, {})).toEqual([]);
    // Audit ingestion off and auditing disabled in the tenant: the plan switches them ON, no loss.
    const weak = tenantWith((t) => {
      t.adminAuditLogConfig.UnifiedAuditLogIngestionEnabled = false;
      t.organizationConfig.AuditDisabled = true;
      rule(t, DECISION_RULE).RetentionDuration = "30";
    });
    expect(findLosses(desired, weak)).toEqual([]);
    expect(planCalls(desired, weak).length).toBe(3);
  });

  it("names each kind of loss: retention shortened, Keep turned to Delete, policy disabled or narrowed, audit shortened or off", () => {
    const current = tenantWith((t) => {
      rule(t, DECISION_RULE).RetentionDuration = "3660";
      rule(t, LEAVERS_RULE).RetentionComplianceAction = "Keep";
      rule(t, LEAVERS_RULE).RetentionDuration = "Unlimited";
      t.unifiedAuditLogRetentionPolicies[0]!.RetentionDuration = "TenYears";
      t.retentionCompliancePolicies[0]!.ExchangeLocation = ["All", "archive@exempelkommun.se"];
    }, oneYearAudit);
    const losses = findLosses(oneYearAudit, current);
    expect(losses.map(({ cmdlet, identity, field, from, to }) => ({ cmdlet, identity, field, from, to }))).toEqual([
      { cmdlet: "Set-RetentionCompliancePolicy", identity: "Gallring KS 2023-118 p. 4", field: "ExchangeLocation", from: ["All", "archive@exempelkommun.se"], to: ["All"] },
      { cmdlet: "Set-RetentionComplianceRule", identity: DECISION_RULE, field: "RetentionDuration", from: "3660", to: "731" },
      { cmdlet: "Set-RetentionComplianceRule", identity: LEAVERS_RULE, field: "RetentionDuration", from: "Unlimited", to: "731" },
      { cmdlet: "Set-UnifiedAuditLogRetentionPolicy", identity: "Audit log retention", field: "RetentionDuration", from: "TenYears", to: "TwelveMonths" },
    ]);
    expect(losses[0]!.what).toContain("stop covering archive@exempelkommun.se");
    expect(losses[2]!.what).toBe("content would be kept 731 days instead of without limit");
    // Every loss is carried by exactly one planned call.
    const calls = planCalls(desired, current);
    expect(calls.filter((call) => carriesLoss(call, losses)).map((call) => call.cmdlet)).toEqual([
      "Set-RetentionCompliancePolicy",
      "Set-RetentionComplianceRule",
      "Set-RetentionComplianceRule",
      "Set-UnifiedAuditLogRetentionPolicy",
    ]);
  });

  it("treats Keep -> Delete, a disabled policy, narrowing a query and audit switched off as losses", () => {
    const asWanted = (change: (t: Required<TenantSettings>) => void) => tenantWith(change);
    const wantedDelete = asWanted((t) => (rule(t, LEAVERS_RULE).RetentionComplianceAction = "Delete"));
    expect(findLosses(wantedDelete, desired).map((loss) => loss.field)).toEqual(["RetentionComplianceAction"]);
    const wantedDisabled = asWanted((t) => (t.retentionCompliancePolicies[1]!.Enabled = false));
    expect(findLosses(wantedDisabled, desired).map((loss) => [loss.identity, loss.field])).toEqual([["Leavers mailboxes retained", "Enabled"]]);
    const wantedQuery = asWanted((t) => (rule(t, LEAVERS_RULE).ContentMatchQuery = "subject:kallelse"));
    expect(findLosses(wantedQuery, desired)[0]!.what).toContain('only mail matching "subject:kallelse" instead of all mail');
    const auditOff = asWanted((t) => {
      t.organizationConfig.AuditDisabled = true;
      t.adminAuditLogConfig.UnifiedAuditLogIngestionEnabled = false;
    });
    expect(findLosses(auditOff, desired).map((loss) => loss.field)).toEqual(["AuditDisabled", "UnifiedAuditLogIngestionEnabled"]);
    // Against an unknown tenant (no snapshot), switching auditing off is still a loss.
    expect(findLosses(auditOff, {}).length).toBe(2);
  });

  it("property: a longer audit or content retention in the tenant is always a loss, a shorter one never", () => {
    // Durations are listed shortest first, including those a tenant may report but the cmdlet does not take.
    const wanted = REPORTED_AUDIT_RETENTION_DURATIONS.indexOf(desired.unifiedAuditLogRetentionPolicies[0]!.RetentionDuration);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: REPORTED_AUDIT_RETENTION_DURATIONS.length - 1 }), fc.integer({ min: 1, max: 40_000 }), (auditIndex, ruleDays) => {
        const current = tenantWith((t) => {
          t.unifiedAuditLogRetentionPolicies[0]!.RetentionDuration = REPORTED_AUDIT_RETENTION_DURATIONS[auditIndex]!;
          rule(t, DECISION_RULE).RetentionDuration = String(ruleDays);
        });
        const fields = findLosses(desired, current).map((loss) => `${loss.section}.${loss.field}`);
        expect(fields.includes("unifiedAuditLogRetentionPolicies.RetentionDuration")).toBe(auditIndex > wanted);
        expect(fields.includes("retentionComplianceRules.RetentionDuration")).toBe(ruleDays > 731);
      }),
      { numRuns: 300 },
    );
  });
});

describe("exchange-iac tenant plan --allow-destructive", () => {
  const snapshot = tempFile(
    "tenant.json",
    JSON.stringify(tenantWith((t) => {
      rule(t, DECISION_RULE).RetentionDuration = "3660";
      t.transportConfig.AllowLegacyTLSClients = true;
    })),
  );

  it("refuses the losing call with exit 1 and names it, and still plans the rest", async () => {
    const result = await runCli(["tenant", "plan", "--current", snapshot]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("1 call (1 Exchange Online, 0 Security & Compliance)");
    expect(result.stdout).toContain("Set-TransportConfig -AllowLegacyTLSClients:$false");
    expect(result.stdout).toContain(`Refused: 1 call would remove or shorten retention, holds or auditing:
  - Set-RetentionComplianceRule retentionComplianceRules "${DECISION_RULE}": RetentionDuration "3660" -> "731": content would be kept 731 days instead of 3660 days
  refused: [compliance] Set-RetentionComplianceRule -Identity '${DECISION_RULE}' -RetentionDuration '731'
Rerun with --allow-destructive`);
  });

  it("with the flag plans it, lists exactly what would be lost and exits 0", async () => {
    const result = await runCli(["tenant", "plan", "--current", snapshot, "--allow-destructive"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`2. [compliance] Set-RetentionComplianceRule -Identity '${DECISION_RULE}' -RetentionDuration '731'`);
    expect(result.stdout).toContain(`Would be lost (--allow-destructive given):\n  - Set-RetentionComplianceRule`);
    const json = JSON.parse((await runCli(["--format", "json", "tenant", "plan", "--current", snapshot, "--allow-destructive"])).stdout);
    expect(json.allowDestructive).toBe(true);
    expect(json.refused).toEqual([]);
    expect(json.losses).toMatchObject([{ field: "RetentionDuration", from: "3660", to: "731", identity: DECISION_RULE }]);
    const refusedJson = JSON.parse((await runCli(["--format", "json", "tenant", "plan", "--current", snapshot])).stdout);
    expect(refusedJson.calls.map((call: { cmdlet: string }) => call.cmdlet)).toEqual(["Set-TransportConfig"]);
    expect(refusedJson.refused.map((call: { cmdlet: string }) => call.cmdlet)).toEqual(["Set-RetentionComplianceRule"]);
  });

  it("an organization file that shortens its own deletion decision is refused against the tenant it configured", async () => {
    const current = tempFile("tenant.json", JSON.stringify(desired));
    const shorter = exampleData();
    shorter.retention.deletionDecisions[0].retainYears = 1;
    const config = tempFile("org.json", JSON.stringify(shorter));
    const result = await runCli(["--config", config, "tenant", "plan", "--current", current]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/RetentionDuration "731" -> "366": content would be kept 366 days instead of 731 days/);
  });
});

describe("apply never sends a refused call", () => {
  let fake: FakeExchangeOnline;
  const initial = tenantWith((t) => {
    t.unifiedAuditLogRetentionPolicies[0]!.RetentionDuration = "TenYears";
    t.transportConfig.AllowLegacyTLSClients = true;
  }, oneYearAudit);
  beforeAll(async () => {
    fake = await new FakeExchangeOnline({ initial }).start();
  });
  afterAll(async () => {
    await fake.stop();
  });
  const adapter = () => createM365Adapter({ tenant: TENANT, baseUrls: fake.baseUrls, tokenProvider: async (endpoint) => FAKE_TOKENS[endpoint] });

  it("the adapter refuses before the first write, then applies with allowDestructive and reports the loss", async () => {
    await expect(adapter().apply(oneYearAudit)).rejects.toThrow(DestructiveChangeError);
    await expect(adapter().apply(oneYearAudit)).rejects.toThrow(/Set-UnifiedAuditLogRetentionPolicy unifiedAuditLogRetentionPolicies "Audit log retention": RetentionDuration "TenYears" -> "TwelveMonths"/);
    expect(fake.writes()).toEqual([]);
    expect(fake.items("unifiedAuditLogRetentionPolicies")[0]).toMatchObject({ RetentionDuration: "TenYears" });
    const result = await adapter().apply(oneYearAudit, { allowDestructive: true });
    expect(result.losses.map((loss) => loss.field)).toEqual(["RetentionDuration"]);
    expect(fake.writes().map((call) => call.cmdlet)).toEqual(["Set-TransportConfig", "Set-UnifiedAuditLogRetentionPolicy"]);
  });

  it("the Pulumi provider's update refuses too, unless the program allows it", async () => {
    fake.drift("unifiedAuditLogRetentionPolicies", "Audit log retention", { RetentionDuration: "FiveYears" });
    const provider = exchangeOnlineProvider(async (endpoint) => FAKE_TOKENS[endpoint]);
    const inputs = { tenant: TENANT, settings: { unifiedAuditLogRetentionPolicies: oneYearAudit.unifiedAuditLogRetentionPolicies }, baseUrls: fake.baseUrls };
    const writes = fake.writes().length;
    expect(await provider.diff!("id", { ...inputs, appliedCalls: 0 }, inputs)).toEqual({ changes: true });
    await expect(provider.update!("id", { ...inputs, appliedCalls: 0 }, inputs)).rejects.toThrow(/refused: 1 change\(s\).*allowDestructive/s);
    expect(fake.writes().length).toBe(writes);
    const updated = await provider.update!("id", { ...inputs, appliedCalls: 0 }, { ...inputs, allowDestructive: true });
    expect(updated.outs!.appliedCalls).toBe(1);
    expect(fake.items("unifiedAuditLogRetentionPolicies")[0]).toMatchObject({ RetentionDuration: "TwelveMonths" });
  });
});

describe("the PowerShell export refuses losses at run time too", () => {
  const scriptFor = (change?: (data: Record<string, any>) => void) => {
    const data = exampleData();
    change?.(data);
    return renderPowerShell(buildExchangeOnlineDocument(validateOrganization(data)));
  };

  it("checks retention rules and audit retention before the first compliance change, unless -AllowDestructive", () => {
    const script = scriptFor();
    expect(script).toContain("    [switch] $AllowDestructive\n)");
    const guard = script.indexOf("$losses = @()");
    expect(guard).toBeGreaterThan(script.indexOf("Connect-IPPSSession -Organization"));
    expect(guard).toBeLessThan(script.indexOf("New-DlpCompliancePolicy"));
    expect(script).toContain(
      [
        `$current = Get-RetentionComplianceRule -Identity '${DECISION_RULE}' -ErrorAction SilentlyContinue`,
        "if ($null -ne $current) {",
        `    if ((ConvertTo-RetentionDays $current.RetentionDuration) -gt (ConvertTo-RetentionDays '731')) { $losses += '${DECISION_RULE}: RetentionDuration ' + $current.RetentionDuration + ' -> 731' }`,
        // KeepAndDelete from Keep starts deleting what was kept.
        `    if (@('Keep') -contains $current.RetentionComplianceAction) { $losses += '${DECISION_RULE}: RetentionComplianceAction ' + $current.RetentionComplianceAction + ' -> KeepAndDelete' }`,
      ].join("\n"),
    );
    // Compared in days, including durations a tenant may report that the cmdlet does not take.
    expect(script).toContain("$auditDays = @{ SevenDays = 7; OneMonth = 30; ThreeMonths = 90;");
    expect(script).toContain(`$current = Get-UnifiedAuditLogRetentionPolicy | Where-Object { $_.Name -eq 'Audit log retention' }`);
    expect(script).toContain(`$auditDays["$($current.RetentionDuration)"] -gt 3653) { $losses += 'Audit log retention: RetentionDuration ' + $current.RetentionDuration + ' -> TenYears' }`);
    expect(script).toContain('if (-not $AllowDestructive) { throw "refused: these changes would remove or shorten retention or auditing');
  });

  it("quotes decision names in the guard so no name can break out of its string", () => {
    const script = scriptFor((data) => (data.retention.deletionDecisions[0].id = `KS "1" $(Remove-Item x) it's`));
    const guardLines = script.split("\n").filter((line) => line.includes("$losses +=") && line.includes("Remove-Item"));
    expect(guardLines.length).toBeGreaterThan(0);
    // Purview names lose quotes and brackets (purviewName); the apostrophe is doubled inside '...'.
    for (const line of guardLines) expect(line).toContain(`$losses += 'Gallring KS -1- $-Remove-Item x- it''s rule: `);
  });
});
