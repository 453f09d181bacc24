// One test per registry entry: a resource's JSON in, components and amounts out. Expected
// amounts are computed by hand here from the catalog figures (USD x 9.6 SEK, x 12 months).
import { describe, expect, it } from "vitest";
import { REGISTRY, priceResources } from "../cost/registry";
import { FREE_ENTRIES } from "../cost/registry/free";
import type { Priced } from "../cost/types";
import { source } from "../sources";
import { costContext, orgWith, resource, USD } from "./cost-helpers";

const YEAR = 12;
const byPart = (priced: Priced, suffix: string) => {
  const found = priced.components.find((c) => c.id.endsWith(suffix));
  if (!found) throw new Error(`no component ${suffix} in ${priced.components.map((c) => c.id).join(", ")}`);
  return found;
};
const tested = new Set<string>();
const price = (r: ReturnType<typeof resource>, stackResources = [r], option: "onprem" | "online" = "online", org = orgWith()) => {
  tested.add(r.type);
  return priceResources([r], costContext(org, stackResources), option);
};

describe("azurerm_key_vault_key", () => {
  it("prices an HSM key at 1 USD a month plus 10,000 operations at 0.03 USD per 10k", () => {
    const key = resource("azurerm_key_vault_key", "dep", { key_type: "RSA-HSM", key_size: 3072 });
    const priced = price(key);
    expect(byPart(priced, ".hsm-key").cash).toEqual([1 * USD * YEAR, 1 * USD * YEAR, 1 * USD * YEAR].map((v) => expect.closeTo(v, 6)));
    expect(byPart(priced, ".hsm-key").cash[0]).toBeCloseTo(115.2, 6);
    expect(byPart(priced, ".operations").cash[0]).toBeCloseTo(1 * 0.03 * USD * YEAR, 6); // 3.456
    expect(byPart(priced, ".hsm-key").prices).toEqual(["kv_hsm_key"]);
  });

  it("prices a software key by its operations only", () => {
    const priced = price(resource("azurerm_key_vault_key", "soft", { key_type: "RSA" }));
    expect(priced.components.map((c) => c.id)).toEqual(["online.azurerm_key_vault_key.soft.operations"]);
    expect(priced.components[0]!.cash[2]).toBeCloseTo(3.456, 6);
  });
});

describe("azurerm_log_analytics_workspace", () => {
  it("prices online ingestion per staff mailbox (20 MB each) less 5 GB free, and retention beyond 31 days", () => {
    const ws = resource("azurerm_log_analytics_workspace", "audit", { sku: "PerGB2018", retention_in_days: 730 });
    const priced = price(ws);
    // 720 / 728 / 735 staff mailboxes (1 % growth a year) x 20 MB / 1024 = GB a month, less 5 GB free.
    const gb = [720, 728, 735].map((staff) => (staff * 20) / 1024 - 5);
    expect(gb[0]).toBeCloseTo(9.0625, 6);
    const ingestion = byPart(priced, ".ingestion");
    gb.forEach((g, i) => expect(ingestion.cash[i]).toBeCloseTo(g * 2.3 * USD * YEAR, 6));
    expect(ingestion.cash[0]).toBeCloseTo(2401.2, 1);
    const retention = byPart(priced, ".retention");
    gb.forEach((g, i) => expect(retention.cash[i]).toBeCloseTo(g * ((730 - 31) / 30.4) * 0.1 * USD * YEAR, 6));
  });

  it("prices on-prem ingestion per server: 8 Exchange servers x 2 GB less 5 GB free, no retention charge at 30 days", () => {
    const ws = resource("azurerm_log_analytics_workspace", "onprem", { retention_in_days: 30 }, "onprem");
    const priced = price(ws, [ws], "onprem");
    expect(priced.components.map((c) => c.id)).toEqual(["onprem.azurerm_log_analytics_workspace.onprem.ingestion"]);
    expect(priced.components[0]!.cash[0]).toBeCloseTo((8 * 2 - 5) * 2.3 * USD * YEAR, 6); // 2,914.56
  });

  it("counts machines with a data collection rule when the stack declares them, and prices long-term retention", () => {
    const ws = resource("azurerm_log_analytics_workspace", "onprem", { retention_in_days: 90, total_retention_in_days: 365 }, "onprem");
    const dcras = Array.from({ length: 7 }, (_, i) => resource("azurerm_monitor_data_collection_rule_association", `a${i}`, {}, "onprem"));
    const priced = price(ws, [ws, ...dcras], "onprem");
    const gb = 7 * 2 - 5;
    expect(byPart(priced, ".ingestion").cash[1]).toBeCloseTo(gb * 2.3 * USD * YEAR, 6);
    expect(byPart(priced, ".retention").cash[1]).toBeCloseTo(gb * ((90 - 31) / 30.4) * 0.1 * USD * YEAR, 6);
    expect(byPart(priced, ".long-term-retention").cash[1]).toBeCloseTo(gb * ((365 - 90) / 30.4) * 0.02 * USD * YEAR, 6);
  });

  it("prices long-term retention to the longest table retention, and the table itself at nothing", () => {
    const ws = resource("azurerm_log_analytics_workspace", "onprem", { retention_in_days: 730 }, "onprem");
    const table = resource("azurerm_log_analytics_workspace_table", "event", { name: "Event", total_retention_in_days: 1095 }, "onprem");
    const priced = price(ws, [ws, table], "onprem");
    const gb = 8 * 2 - 5;
    expect(byPart(priced, ".long-term-retention").cash[0]).toBeCloseTo(gb * ((1095 - 730) / 30.4) * 0.02 * USD * YEAR, 6);
    expect(price(table, [ws, table], "onprem").components).toEqual([]);
  });
});

describe("azurerm_sentinel_log_analytics_workspace_onboarding", () => {
  it("adds the Sentinel price (4.75 USD/GB incl. Log Analytics) less the 2.30 USD ingestion the workspace prices", () => {
    const onboarding = resource("azurerm_sentinel_log_analytics_workspace_onboarding", "s", { workspace_id: "${azurerm_log_analytics_workspace.audit.id}" });
    const ws = resource("azurerm_log_analytics_workspace", "audit", {});
    const priced = price(onboarding, [onboarding, ws]);
    const gb = (720 * 20) / 1024 - 5;
    expect(byPart(priced, ".sentinel-uplift").cash[0]).toBeCloseTo(gb * (4.75 - 2.3) * USD * YEAR, 6);
    expect(byPart(priced, ".sentinel-uplift").prices).toEqual(["sentinel_analytics", "la_ingest"]);
  });

  it("marks the Office 365 connector free (a free Sentinel data source)", () => {
    const priced = price(resource("azurerm_sentinel_data_connector_office_365", "o365", { exchange_enabled: true }));
    expect(priced.components).toEqual([]);
    expect(source(priced.free[0]!.reference).url).toBe("https://learn.microsoft.com/azure/sentinel/billing#free-data-sources");
  });
});

describe("azurerm_storage_account", () => {
  it("prices 10 GB of Standard hot LRS at 0.018 USD per GB-month", () => {
    const priced = price(resource("azurerm_storage_account", "state", { account_tier: "Standard", account_replication_type: "LRS" }));
    expect(byPart(priced, ".capacity").cash[0]).toBeCloseTo(10 * 0.018 * USD * YEAR, 6); // 20.736
  });

  it("reports other replications as unpriced, not as 0", () => {
    const priced = price(resource("azurerm_storage_account", "grs", { account_tier: "Standard", account_replication_type: "GRS" }));
    expect(priced.components).toEqual([]);
    expect(priced.unpriced[0]).toMatchObject({ source: "azurerm_storage_account.grs", prices: ["blob_other"] });
  });
});

describe("azurerm_windows_virtual_machine", () => {
  it("prices a Standard_B2s at 0.10 USD an hour and the Standard_B2ms witness at 0.18, 8,760 hours a year, each with an E4 OS disk at 2.40 USD a month", () => {
    const small = price(resource("azurerm_windows_virtual_machine", "witness", { size: "Standard_B2s" }, "onprem"), undefined, "onprem");
    expect(byPart(small, ".compute").cash[0]).toBeCloseTo(8760 * 0.1 * USD, 6); // 8,409.60
    const witness = price(resource("azurerm_windows_virtual_machine", "witness", { size: "Standard_B2ms" }, "onprem"), undefined, "onprem");
    expect(byPart(witness, ".compute").cash[0]).toBeCloseTo(8760 * 0.18 * USD, 6); // 15,137.28
    expect(byPart(witness, ".os-disk").cash[0]).toBeCloseTo(2.4 * USD * YEAR, 6); // 276.48
    expect(witness.unpriced).toEqual([]);
  });

  it("reports a size without a sourced price as unpriced", () => {
    const priced = price(resource("azurerm_windows_virtual_machine", "big", { size: "Standard_D8s_v5" }));
    expect(priced.unpriced.map((u) => u.prices[0])).toEqual(["vm_other"]);
  });

  it("prices the VM once the organization overrides the missing prices (SEK)", () => {
    const org = orgWith((d) => (d.cost.priceOverrides = { vm_other: 1.5, managed_disk: 40 }));
    const priced = price(resource("azurerm_windows_virtual_machine", "big", { size: "Standard_D8s_v5" }), undefined, "online", org);
    expect(priced.unpriced).toEqual([]);
    expect(byPart(priced, ".compute").cash[0]).toBeCloseTo(8760 * 1.5, 6);
    expect(byPart(priced, ".os-disk").cash[0]).toBeCloseTo(40 * YEAR, 6);
    expect(byPart(priced, ".os-disk").overridden).toEqual(["managed_disk"]);
  });
});

describe("azurerm_managed_disk and azurerm_public_ip", () => {
  it("price a managed disk as a Standard SSD E4; a public IP stays unpriced: no sourced price", () => {
    expect(byPart(price(resource("azurerm_managed_disk", "d", {})), ".disk").cash[0]).toBeCloseTo(2.4 * USD * YEAR, 6);
    expect(price(resource("azurerm_public_ip", "ip", {})).unpriced[0]!.prices).toEqual(["public_ip"]);
  });
});

describe("azurerm_security_center_subscription_pricing", () => {
  it("prices Defender for Servers Plan 2 at 15 USD per server in the stack (3 servers)", () => {
    const plan = resource("azurerm_security_center_subscription_pricing", "servers", { tier: "Standard", resource_type: "VirtualMachines", subplan: "P2" }, "onprem");
    const machines = ["a", "b"].map((n) => resource("azurerm_arc_machine", n, { kind: "SCVMM" }, "onprem"));
    const vm = resource("azurerm_windows_virtual_machine", "w", { size: "Standard_B2s" }, "onprem");
    const priced = price(plan, [plan, ...machines, vm], "onprem");
    expect(byPart(priced, ".servers").cash[0]).toBeCloseTo(3 * 15 * USD * YEAR, 6); // 5,184
  });

  it("is free on the Free tier and unpriced for plans it does not know", () => {
    expect(price(resource("azurerm_security_center_subscription_pricing", "f", { tier: "Free", resource_type: "VirtualMachines" })).free).toHaveLength(1);
    expect(price(resource("azurerm_security_center_subscription_pricing", "k", { tier: "Standard", resource_type: "KeyVaults" })).unpriced).toHaveLength(1);
  });
});

describe("extensions (azurerm_arc_machine_extension, azurerm_virtual_machine_extension)", () => {
  for (const type of ["azurerm_arc_machine_extension", "azurerm_virtual_machine_extension"]) {
    it(`${type}: agents are free, MDE.Windows without a plan is Defender Plan 1 (5 USD), unknown types unpriced`, () => {
      expect(price(resource(type, "ama", { type: "AzureMonitorWindowsAgent" })).free).toHaveLength(1);
      expect(price(resource(type, "script", { type: "CustomScriptExtension" })).free).toHaveLength(1);
      const mde = price(resource(type, "mde", { type: "MDE.Windows" }));
      expect(byPart(mde, ".defender").cash[0]).toBeCloseTo(5 * USD * YEAR, 6); // 576
      const withPlan = resource(type, "mde", { type: "MDE.Windows" });
      expect(price(withPlan, [withPlan, resource("azurerm_security_center_subscription_pricing", "p", { tier: "Standard" })]).components).toEqual([]);
      expect(price(resource(type, "odd", { type: "SomethingElse" })).unpriced[0]!.reason).toContain("SomethingElse");
    });
  }
});

describe("free types", () => {
  const freeTypes = [
    ...FREE_ENTRIES.map((e) => e.type),
    "azurerm_arc_machine",
    "azurerm_arc_resource_bridge_appliance",
    "azurerm_extended_custom_location",
    ...[...REGISTRY.keys()].filter((t) => t.startsWith("azurerm_system_center_virtual_machine_manager_")),
  ];
  it.each(freeTypes)("%s is free with a reason and a reference", (type) => {
    const priced = price(resource(type, "x", {}));
    expect(priced.components).toEqual([]);
    expect(priced.unpriced).toEqual([]);
    expect(priced.free).toEqual([expect.objectContaining({ type, reason: expect.any(String) })]);
    // The reference is a sources registry id a reader can open.
    expect(source(priced.free[0]!.reference).url).toMatch(/^https:\/\//);
  });
});

describe("the registry", () => {
  it("reports a resource type without an entry as unpriced", () => {
    const priced = price(resource("azurerm_cosmosdb_account", "db", {}));
    expect(priced.unpriced).toEqual([expect.objectContaining({ reason: "no registry entry for resource type azurerm_cosmosdb_account" })]);
  });

  it("has a test above for every entry", () => {
    expect([...REGISTRY.keys()].filter((type) => !tested.has(type))).toEqual([]);
  });
});
