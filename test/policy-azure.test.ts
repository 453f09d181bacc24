// Azure resource rules over hand-built inventory resources and a plan file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inventoryFromPlan } from "../inventory/terraform";
import { az01 } from "../policies/rules/azure/az-01-allowed-region";
import { az02 } from "../policies/rules/azure/az-02-key-vault-protection";
import { az03 } from "../policies/rules/azure/az-03-customer-key-vaults";
import { az04 } from "../policies/rules/azure/az-04-storage-account-hardening";
import { az05 } from "../policies/rules/azure/az-05-audit-workspace-retention";
import { az06 } from "../policies/rules/azure/az-06-destroy-protection";
import { az07 } from "../policies/rules/azure/az-07-no-clear-secrets";
import { findingsOf } from "./helpers/policy";
import { compliantKey, compliantVault, resource } from "./helpers/resources";

const run = (rule: Parameters<typeof findingsOf>[0], resources: ReturnType<typeof resource>[], change?: (d: Record<string, any>) => void, documents?: Record<string, unknown>) =>
  findingsOf(rule, "online", change, { resources, documents });

describe("AZ-01 allowed regions", () => {
  it("passes resources in allowed regions, in either spelling", () => {
    expect(run(az01, [compliantVault("a", "swedencentral"), compliantVault("b", "Sweden South")])).toEqual([]);
  });
  it("fails a resource outside them", () => {
    const findings = run(az01, [compliantVault("a", "eastus")]);
    expect(findings).toMatchObject([{ ruleId: "AZ-01", status: "fail", location: { kind: "resource", address: "azurerm_key_vault.a" } }]);
  });
  it("cannot decide an unresolved region, and says so", () => {
    expect(run(az01, [compliantVault("a", "${var.region}")])).toMatchObject([{ status: "undecided" }]);
  });
});

describe("AZ-02 Key Vault protection", () => {
  it("passes a protected vault", () => expect(run(az02, [compliantVault("a", "swedencentral")])).toEqual([]));
  it("fails without purge protection, short soft delete and open network", () => {
    const vault = compliantVault("a", "swedencentral");
    vault.values = { ...vault.values, purge_protection_enabled: false, soft_delete_retention_days: 7, public_network_access_enabled: true, network_acls: { default_action: "Allow" } };
    const messages = run(az02, [vault]).map((f) => f.message);
    expect(messages).toHaveLength(3);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringContaining("purge protection off"), expect.stringContaining("7 days, not 90"), expect.stringContaining("public networks")]),
    );
  });
});

describe("AZ-03 Customer Key vaults", () => {
  const enable = (d: Record<string, any>) => (d.online.customerKey = { enabled: true });
  const pair = [compliantVault("ck1", "swedencentral", "azurerm.primary"), compliantVault("ck2", "swedensouth", "azurerm.secondary"), compliantKey("k1"), compliantKey("k2")];
  it("passes two premium vaults in two regions and subscriptions with RSA-HSM keys", () => expect(run(az03, pair, enable)).toEqual([]));
  it("does not apply without Customer Key", () => expect(run(az03, [])).toEqual([]));
  it("fails with both vaults under one subscription", () => {
    const findings = run(az03, [compliantVault("ck1", "swedencentral"), compliantVault("ck2", "swedensouth")], enable);
    expect(findings[0]?.message).toContain("1 subscription(s)");
  });
  it("fails a software key that expires", () => {
    const key = compliantKey("k1");
    key.values = { ...key.values, key_type: "RSA", expiration_date: "2027-01-01T00:00:00Z" };
    const messages = run(az03, [...pair.slice(0, 2), key], enable).map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining("not RSA-HSM"), expect.stringContaining("expires")]));
  });
});

describe("AZ-04 storage accounts", () => {
  const account = (values: Record<string, unknown>) => resource("azurerm_storage_account", "archive", { location: "swedencentral", ...values });
  it("passes an explicit TLS 1.2, HTTPS-only, private account", () => {
    expect(run(az04, [account({ min_tls_version: "TLS1_2", https_traffic_only_enabled: true, allow_nested_items_to_be_public: false })])).toEqual([]);
  });
  it("fails when TLS is left to the default and blobs may be public", () => {
    expect(run(az04, [account({})])).toHaveLength(2);
  });
});

describe("AZ-05 audit workspace retention", () => {
  it("passes the decided 730 days", () => expect(run(az05, [resource("azurerm_log_analytics_workspace", "audit", { retention_in_days: 730 })])).toEqual([]));
  it("fails 365 days when the decision on logs asks for 730", () => expect(run(az05, [resource("azurerm_log_analytics_workspace", "audit", { retention_in_days: 365 })])).toHaveLength(1));
  it("fails 90 days", () => expect(run(az05, [resource("azurerm_log_analytics_workspace", "audit", { retention_in_days: 90 })])).toHaveLength(1));
});

describe("AZ-06 destroy protection", () => {
  it("passes protected data-bearing resources", () => expect(run(az06, [compliantVault("a", "swedencentral")])).toEqual([]));
  it("fails a vault without prevent_destroy", () => {
    expect(run(az06, [compliantVault("a", "swedencentral")].map((r) => ({ ...r, preventDestroy: false })))).toMatchObject([{ ruleId: "AZ-06" }]);
  });
  it("blocks a plan (terraform show -json) that deletes a Key Vault", () => {
    const plan = JSON.parse(readFileSync(new URL("./fixtures/plan-deletes-key-vault.json", import.meta.url), "utf8"));
    const findings = run(az06, inventoryFromPlan("online", plan));
    expect(findings).toMatchObject([{ ruleId: "AZ-06", severity: "error", message: expect.stringContaining("deletes azurerm_key_vault.customer_key_primary") }]);
  });
  it("blocks a replacement", () => {
    const replaced = { ...compliantVault("a", "swedencentral"), actions: ["delete" as const, "create" as const] };
    expect(run(az06, [replaced])[0]?.message).toContain("replaces");
  });
});

describe("AZ-07 no secrets in clear", () => {
  it("passes variable references", () => {
    expect(run(az07, [resource("azurerm_windows_virtual_machine", "witness", { admin_password: "${var.witness_admin_password}" })])).toEqual([]);
  });
  it("fails a literal password in a resource and in a document", () => {
    const findings = run(az07, [resource("azurerm_windows_virtual_machine", "witness", { admin_password: "Sommar2026!" })], undefined, {
      "exchange-organization.json": { connectors: [{ smartHost: { password: "hunter2" } }] },
    });
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining("admin_password"),
      expect.stringContaining("connectors.0.smartHost.password"),
    ]);
  });
});
