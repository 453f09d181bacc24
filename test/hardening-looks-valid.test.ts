// Values that pass the schema's form but not its meaning: `check` exits 1 naming the rule
// that owns the fact, and blank text never counts as a waiver or an approved assessment,
// not even in an organization built in code that never went through the loader.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateOrganization } from "../model/load";
import { evaluate } from "../policies/engine";
import { gov03 } from "../policies/rules/governance/gov-03-osl-suitability-assessment";
import { gov05 } from "../policies/rules/governance/gov-05-processor-agreement";
import type { Rule } from "../policies/types";
import { runCli, tempFile } from "./helpers/cli";
import { exampleData, exampleWith } from "./helpers/example";
import { AS_OF } from "./helpers/policy";

const SUBSCRIPTION = "6f0d2b1c-3a4e-4f5a-9b8c-7d6e5f4a3b21";

/** `check --format json` on the example with one change; the blocking findings' rule IDs. */
async function blockingRules(change: (data: Record<string, any>) => void, ...args: string[]) {
  const result = await runCli(["--config", tempFile("org.yaml", exampleWith(change)), "--format", "json", "check", "--as-of", AS_OF, ...args]);
  const report = JSON.parse(result.stdout || "{}");
  const blocking = (report.findings ?? []).filter((f: { blocking: boolean }) => f.blocking);
  return { code: result.code, stderr: result.stderr, rules: blocking.map((f: { ruleId: string }) => f.ruleId), messages: blocking.map((f: { message: string }) => f.message).join("\n") };
}

describe("values that only look valid make check exit 1 with the rule ID", () => {
  it("an assessment done on a day still to come (GOV-03), and every other dated fact in the future", async () => {
    const osl = await blockingRules((d) => {
      d.classification.maxConfidentialityInEmail = 3;
      d.governance.oslSuitabilityAssessment = { date: "2027-03-01", approvedBy: "Kommunstyrelsen", reference: "KS 2026/400" };
    }, "--option", "online");
    expect(osl.code).toBe(1);
    expect(osl.rules).toContain("GOV-03");
    expect(osl.messages).toMatch(/suitability assessment date 2027-03-01 is in the future \(checked on 2026-11-26\)/);

    const dated: [string, (d: Record<string, any>) => void][] = [
      ["GOV-04", (d) => (d.governance.dpia.reviewed = "2026-12-24")],
      ["GOV-05", (d) => (d.governance.processorAgreement.signed = "2027-01-01")],
      ["GOV-06", (d) => (d.governance.transferBasis.transferImpactAssessment = "2026-12-01")],
      ["ONP-07", (d) => (d.onprem.backup.lastRestoreTest = "2026-11-27")],
    ];
    for (const [rule, change] of dated) {
      const result = await blockingRules(change);
      expect(result.code, rule).toBe(1);
      expect(new Set(result.rules), rule).toEqual(new Set([rule]));
      expect(result.messages).toMatch(/is in the future \(checked on 2026-11-26\)/);
    }
  });

  it("a region outside the EU/EEA, even when the file lists it in azure.allowedRegions (AZ-01)", async () => {
    const result = await blockingRules((d) => {
      d.azure.region = "eastus";
      d.azure.allowedRegions = ["eastus", "swedencentral", "swedensouth"];
    });
    expect(result.code).toBe(1);
    expect(new Set(result.rules)).toEqual(new Set(["AZ-01"]));
    expect(result.messages).toMatch(/azure\.allowedRegions lists eastus, which is not a region in the EU\/EEA/);
    expect(result.messages).toMatch(/is in eastus, which is outside the EU\/EEA/);
  });

  it("the same subscription for both Customer Key vaults (AZ-03)", async () => {
    const result = await blockingRules((d) => {
      d.online.customerKey.enabled = true;
      d.online.addOns = ["E5_COMPLIANCE"];
      d.organization.subscriptions = { primary: SUBSCRIPTION, secondary: SUBSCRIPTION.toUpperCase() };
    }, "--option", "online");
    expect(result.code).toBe(1);
    expect(result.rules).toContain("AZ-03");
    expect(result.messages).toMatch(/both Customer Key vaults would be in subscription/);
  });

  it("a lagged copy with a lag of 0 days, even with backup software besides (ONP-07)", async () => {
    const result = await blockingRules((d) => (d.onprem.dag.replayLagDays = 0), "--option", "onprem");
    expect(result.code).toBe(1);
    expect(result.rules).toEqual(["ONP-07"]);
    expect(result.messages).toMatch(/the lagged copy has a replay lag of 0 days; a lagged copy needs at least 1 day/);
  });

  it("0.0.0.0/0 as the runners' range is refused at load (exit 2), and in a plan's vault rules by AZ-02 (exit 1)", async () => {
    const load = await runCli(["--config", tempFile("org.yaml", exampleWith((d) => (d.azure.dataPlaneAccess = { allowedAddresses: ["198.51.100.7", "0.0.0.0/0"] }))), "check"]);
    expect(load.code).toBe(2);
    expect(load.stderr).toMatch(/^error: \S+org\.yaml: azure\.dataPlaneAccess\.allowedAddresses\.1: received "0\.0\.0\.0\/0"; expected a specific range of at most 65,536 addresses \(\/16 or longer\), not a catch-all/);
    for (const broad of ["10.0.0.0/7", "0.0.0.0", "256.1.1.1", "10.1.2.0/33"]) {
      const refused = await runCli(["--config", tempFile("org.yaml", exampleWith((d) => (d.sites.primary.clientSubnet = broad))), "sizing"]);
      expect(refused.code, broad).toBe(2);
      expect(refused.stderr, broad).toMatch(/^error: \S+org\.yaml: sites\.primary\.clientSubnet: received/);
    }

    const vault = { location: "swedencentral", name: "kv-ck-exempel-1", sku_name: "premium", purge_protection_enabled: true, soft_delete_retention_days: 90, public_network_access_enabled: true, network_acls: [{ default_action: "Deny", bypass: "AzureServices", ip_rules: ["0.0.0.0/0"] }] };
    const plan = {
      format_version: "1.2",
      planned_values: { root_module: { resources: [{ address: "azurerm_key_vault.customer_key_primary", mode: "managed", type: "azurerm_key_vault", name: "customer_key_primary", values: vault }] } },
      resource_changes: [{ address: "azurerm_key_vault.customer_key_primary", mode: "managed", type: "azurerm_key_vault", name: "customer_key_primary", change: { actions: ["create"], before: null, after: vault } }],
    };
    const result = await blockingRules(() => {}, "--option", "online", "--plan", tempFile("plan.json", JSON.stringify(plan)));
    expect(result.code).toBe(1);
    expect(result.rules).toContain("AZ-02");
    expect(result.messages).toMatch(/allows 0\.0\.0\.0\/0 through its network rules/);
  });

  it("a waiver with an approver of only spaces is refused at load, naming the field (exit 2)", async () => {
    const config = tempFile(
      "org.yaml",
      exampleWith((d) => {
        delete d.governance.dpia;
        d.waivers = [{ rule: "GOV-04", option: "online", reason: "DPIA is being rewritten this winter", approvedBy: " ", expires: "2027-01-31" }];
      }),
    );
    const result = await runCli(["--config", config, "check", "--as-of", AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: \S+org\.yaml: waivers\.0\.approvedBy: received " "; expected text that is not blank\n$/);
  });
});

/** Text the loader refuses: blank, or holding a control or formatting character anywhere. */
const meaninglessText = fc.oneof(
  fc.array(fc.constantFrom(" ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000"), { maxLength: 8 }).map((chars) => chars.join("")),
  fc
    .tuple(fc.string({ maxLength: 20 }), fc.constantFrom("\u0000", "\n", "\r", "\u0007", "\u001b", "\u0085", "\u2028", "\u202e", "\u2066", "\ufeff", "\ufffd"), fc.string({ maxLength: 20 }))
    .map(([before, bad, after]) => `${before}Kommun${bad}styrelsen${after}`),
);

/** The example as an organization, then changed in code, past the loader. */
function builtInCode(change: (org: any) => void) {
  const org = structuredClone(validateOrganization(exampleData()));
  change(org);
  return org;
}

const blocking = (rule: Rule, org: any, option: "onprem" | "online") =>
  evaluate([rule], { option, org, resources: [], documents: {}, asOf: AS_OF }).filter((f) => f.severity === "error" && !f.waiver);

describe("blank text never counts (property-based, organizations built in code)", () => {
  it("a waiver whose reason or approver is blank or holds control characters waives nothing", () => {
    fc.assert(
      fc.property(meaninglessText, fc.boolean(), (bad, inReason) => {
        const org = builtInCode((o) => {
          o.governance.processorAgreement.subProcessorCountries = [];
          o.waivers = [{ rule: "GOV-05", option: "online", reason: inReason ? bad : "Annex with countries requested from supplier", approvedBy: inReason ? "Dataskyddsombud" : bad, expires: "2027-01-31" }];
        });
        expect(blocking(gov05, org, "online").map((f) => f.ruleId)).toEqual(["GOV-05"]);
        // The loader refuses the same file, naming the field.
        expect(() => validateOrganization(JSON.parse(JSON.stringify(org)))).toThrow(new RegExp(`waivers\\.0\\.${inReason ? "reason" : "approvedBy"}: received`));
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it("an OSL assessment approved by blank text does not satisfy GOV-03", () => {
    fc.assert(
      fc.property(meaninglessText, (bad) => {
        const org = builtInCode((o) => {
          o.classification.maxConfidentialityInEmail = 3;
          o.governance.oslSuitabilityAssessment = { date: "2026-10-01", approvedBy: bad };
        });
        expect(blocking(gov03, org, "online").map((f) => f.message)).toEqual(["the suitability assessment names no approver"]);
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it("the same waiver and assessment with real text do count", () => {
    const org = builtInCode((o) => {
      o.classification.maxConfidentialityInEmail = 3;
      o.governance.oslSuitabilityAssessment = { date: "2026-10-01", approvedBy: "Kommunstyrelsen" };
      o.governance.processorAgreement.subProcessorCountries = [];
      o.waivers = [{ rule: "GOV-05", option: "online", reason: "Annex with countries requested from supplier", approvedBy: "Dataskyddsombud", expires: "2027-01-31" }];
    });
    expect(blocking(gov03, org, "online")).toEqual([]);
    expect(blocking(gov05, org, "online")).toEqual([]);
  });
});
