// The `online` stack: what `exchange-iac synth` / `npx cdktf synth` writes for the Azure side
// of Exchange Online, read back from the generated cdk.tf.json.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { synthesizeToJson } from "../inventory/from-stacks";
import { inventoryFromSynth, type InventoryResource } from "../inventory/terraform";
import { parseOrganization } from "../model/load";
import type { OrganizationFile } from "../model/schema";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

const PRIMARY = "2f4a8c6e-1b3d-4e5f-8a7b-9c0d1e2f3a41";
const SECONDARY = "6b8d0f2a-3c5e-4a7b-9d1f-2e4a6c8e0b52";

function org(change: (data: Record<string, any>) => void = () => {}): OrganizationFile {
  return parseOrganization(exampleWith(change));
}

function withCustomerKey(change: (data: Record<string, any>) => void = () => {}): OrganizationFile {
  return org((data) => {
    data.online.customerKey = { enabled: true };
    change(data);
  });
}

function synth(organization: OrganizationFile): { json: any; resources: InventoryResource[] } {
  const json = synthesizeToJson(organization, ["online"]).get("online")!;
  return { json, resources: inventoryFromSynth("online", json) };
}

const ofType = (resources: InventoryResource[], type: string) => resources.filter((resource) => resource.type === type);

const DATA_BEARING = ["azurerm_key_vault", "azurerm_key_vault_key", "azurerm_log_analytics_workspace", "azurerm_storage_account"];

describe("online stack: Customer Key", () => {
  const { json, resources } = synth(
    withCustomerKey((data) => (data.organization.subscriptions = { primary: PRIMARY, secondary: SECONDARY })),
  );
  const vaults = ofType(resources, "azurerm_key_vault");
  const keys = ofType(resources, "azurerm_key_vault_key");

  it("declares two premium vaults in the two default regions under two provider aliases", () => {
    expect(vaults).toHaveLength(2);
    expect(vaults.map((vault) => vault.values.location)).toEqual(["swedencentral", "swedensouth"]);
    expect(vaults.map((vault) => vault.provider)).toEqual(["azurerm.primary", "azurerm.secondary"]);
    for (const vault of vaults) expect(vault.values.sku_name).toBe("premium");
  });

  it("points the two aliases at the two subscriptions of the organization file", () => {
    const providers = json.provider.azurerm as Record<string, unknown>[];
    expect(providers.map((provider) => [provider.alias, provider.subscription_id])).toEqual([
      ["primary", PRIMARY],
      ["secondary", SECONDARY],
    ]);
    expect(json.variable?.primary_subscription_id).toBeUndefined();
  });

  it("protects the vaults: purge protection, 90 days soft delete, a default-deny firewall that lets only the named addresses through", () => {
    const addresses = withCustomerKey().azure.dataPlaneAccess.allowedAddresses;
    expect(addresses.length).toBeGreaterThan(0);
    for (const vault of vaults) {
      expect(vault.values.purge_protection_enabled).toBe(true);
      expect(vault.values.soft_delete_retention_days).toBe(90);
      expect(vault.values.public_network_access_enabled).toBe(true);
      expect(vault.values.network_acls).toMatchObject({ default_action: "Deny", bypass: "AzureServices", ip_rules: addresses });
    }
  });

  it("creates one RSA-HSM key per vault that only wraps and unwraps and never expires", () => {
    expect(keys).toHaveLength(2);
    expect(keys.map((key) => key.provider)).toEqual(["azurerm.primary", "azurerm.secondary"]);
    const vaultRefs = vaults.map((vault) => `\${${vault.address}.id}`);
    expect(keys.map((key) => key.values.key_vault_id)).toEqual(vaultRefs);
    for (const key of keys) {
      expect(key.values.key_type).toBe("RSA-HSM");
      expect(key.values.key_size).toBe(2048);
      expect(key.values.key_opts).toEqual(["wrapKey", "unwrapKey"]);
      expect(key.values).not.toHaveProperty("expiration_date");
      expect(key.values).not.toHaveProperty("rotation_policy");
    }
    expect(Object.keys(json.output.customer_key_ids.value)).toHaveLength(2);
  });

  it("lets Exchange Online get, wrap and unwrap with each key, and no more", () => {
    const policies = ofType(resources, "azurerm_key_vault_access_policy").filter((policy) => policy.name.includes("ExchangeOnline"));
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(policy.values.key_permissions).toEqual(["Get", "WrapKey", "UnwrapKey"]);
      expect(policy.values.object_id).toBe("${var.exchange_online_principal_object_id}");
    }
    const deployer = ofType(resources, "azurerm_key_vault_access_policy").filter((policy) => policy.name.includes("Deployer"));
    for (const policy of deployer) expect(policy.values.key_permissions).not.toContain("Purge");
  });

  it("protects every data-bearing resource from destroy", () => {
    const dataBearing = resources.filter((resource) => DATA_BEARING.includes(resource.type));
    expect(dataBearing.map((resource) => resource.type).sort()).toEqual([
      "azurerm_key_vault",
      "azurerm_key_vault",
      "azurerm_key_vault_key",
      "azurerm_key_vault_key",
      "azurerm_log_analytics_workspace",
    ]);
    for (const resource of dataBearing) expect(resource.preventDestroy, resource.address).toBe(true);
    for (const group of ofType(resources, "azurerm_resource_group")) expect(group.preventDestroy, group.address).toBe(true);
  });

  it("follows online.customerKey: regions, key size and the runner's addresses", () => {
    const custom = synth(
      withCustomerKey((data) => {
        data.azure.allowedRegions = ["swedencentral", "swedensouth", "northeurope"];
        data.online.customerKey = { enabled: true, regions: ["northeurope", "swedencentral"], keySize: 4096 };
        data.azure.dataPlaneAccess = { allowedAddresses: ["198.51.100.0/28"] };
      }),
    ).resources;
    const customVaults = ofType(custom, "azurerm_key_vault");
    expect(customVaults.map((vault) => vault.values.location)).toEqual(["northeurope", "swedencentral"]);
    for (const vault of customVaults) {
      expect(vault.values.public_network_access_enabled).toBe(true);
      expect(vault.values.network_acls).toMatchObject({ default_action: "Deny", ip_rules: ["198.51.100.0/28"] });
    }
    for (const key of ofType(custom, "azurerm_key_vault_key")) expect(key.values.key_size).toBe(4096);
  });
});

describe("online stack: placeholders and the disabled case", () => {
  it("turns missing subscription and principal ids into Terraform variables instead of inventing them", () => {
    const { json } = synth(withCustomerKey());
    const providers = json.provider.azurerm as Record<string, unknown>[];
    expect(providers.map((provider) => provider.subscription_id)).toEqual(["${var.primary_subscription_id}", "${var.secondary_subscription_id}"]);
    for (const name of ["primary_subscription_id", "secondary_subscription_id", "exchange_online_principal_object_id"]) {
      expect(json.variable[name]).toMatchObject({ type: "string", nullable: false });
      expect(json.variable[name].validation[0].condition).toContain(`var.${name}`);
    }
    expect(JSON.stringify(json.resource)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it("names vaults and storage from azure.namePrefix, else from the organization name", () => {
    const named = ofType(synth(withCustomerKey()).resources, "azurerm_key_vault").map((vault) => vault.values.name);
    expect(named).toEqual(["kv-exempelkommun-ck1", "kv-exempelkommun-ck2"]);
    const derived = synth(
      withCustomerKey((data) => {
        delete data.azure.namePrefix;
        data.organization.name = "Åre kommun";
      }),
    ).resources;
    expect(ofType(derived, "azurerm_key_vault").map((vault) => vault.values.name)).toEqual(["kv-arekommun-ck1", "kv-arekommun-ck2"]);
  });

  it("uses the tenant id of the organization file when it is given", () => {
    const tenantId = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";
    const { resources } = synth(withCustomerKey((data) => (data.organization.tenantId = tenantId)));
    for (const vault of ofType(resources, "azurerm_key_vault")) expect(vault.values.tenant_id).toBe(tenantId);
  });

  it("declares no vault, key or second subscription without Customer Key", () => {
    const { json, resources } = synth(org());
    expect(ofType(resources, "azurerm_key_vault")).toHaveLength(0);
    expect(ofType(resources, "azurerm_key_vault_key")).toHaveLength(0);
    expect((json.provider.azurerm as Record<string, unknown>[]).map((provider) => provider.alias)).toEqual(["primary"]);
    expect(json.variable.secondary_subscription_id).toBeUndefined();
    expect(json.output.customer_key_ids).toBeUndefined();
  });
});

describe("online stack: traceability", () => {
  const { resources } = synth(org());

  it("keeps audit data in a Log Analytics workspace for the organization's period, at least 365 days", () => {
    const [workspace] = ofType(resources, "azurerm_log_analytics_workspace");
    expect(workspace!.values).toMatchObject({ retention_in_days: 730, sku: "PerGB2018", location: "swedencentral" });
    expect(workspace!.preventDestroy).toBe(true);
    const short = ofType(
      synth(
        org((data) => {
          data.retention.auditLogRetentionDays = 90;
          data.retention.deletionDecisions = data.retention.deletionDecisions.filter((d: { appliesTo?: string }) => d.appliesTo !== "logs");
        }),
      ).resources,
      "azurerm_log_analytics_workspace",
    );
    expect(short[0]!.values.retention_in_days).toBe(365);
  });

  it("keeps logs as long as a deletion decision on logs asks, even beyond the audit retention", () => {
    // The example decides 2 years for logs: 731 days, one more than the workspace's 730 interactive days.
    const { resources: kept } = synth(org((data) => (data.retention.auditLogRetentionDays = 90)));
    const tables = ofType(kept, "azurerm_log_analytics_workspace_table");
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.values.total_retention_in_days).toBeGreaterThanOrEqual(731);
  });

  it("keeps audit tables beyond two years with whole-year total retention", () => {
    const long = synth(org((data) => (data.retention.auditLogRetentionDays = 2000))).resources;
    expect(ofType(long, "azurerm_log_analytics_workspace")[0]!.values.retention_in_days).toBe(730);
    const tables = ofType(long, "azurerm_log_analytics_workspace_table");
    expect(tables.map((table) => table.values.name)).toContain("OfficeActivity");
    for (const table of tables) expect(table.values.total_retention_in_days).toBe(2191);
  });

  it("onboards Sentinel and collects Exchange audit records with the Office 365 connector", () => {
    const [onboarding] = ofType(resources, "azurerm_sentinel_log_analytics_workspace_onboarding");
    const [workspace] = ofType(resources, "azurerm_log_analytics_workspace");
    expect(onboarding!.values.workspace_id).toBe(`\${${workspace!.address}.id}`);
    const [connector] = ofType(resources, "azurerm_sentinel_data_connector_office_365");
    expect(connector!.values).toMatchObject({ exchange_enabled: true, log_analytics_workspace_id: `\${${onboarding!.address}.workspace_id}` });
  });

  it("keeps the audit workspace to Entra ID sign-in: no shared keys", () => {
    const [workspace] = ofType(resources, "azurerm_log_analytics_workspace");
    expect(workspace!.values.local_authentication_enabled).toBe(false);
  });

  it("sends every Entra ID log MS.AAD.4.1 requires to the workspace, Graph activity included", () => {
    const [setting] = ofType(resources, "azurerm_monitor_aad_diagnostic_setting");
    const categories = (setting!.values.enabled_log as { category: string }[]).map((log) => log.category);
    // The list in SCuBA's Entra ID baseline (MS.AAD.4.1v1), and the managed identities' sign-ins.
    const required = ["AuditLogs", "SignInLogs", "RiskyUsers", "UserRiskEvents", "NonInteractiveUserSignInLogs", "ServicePrincipalSignInLogs", "ADFSSignInLogs", "RiskyServicePrincipals", "ServicePrincipalRiskEvents", "EnrichedOffice365AuditLogs", "MicrosoftGraphActivityLogs", "ManagedIdentitySignInLogs"];
    expect([...categories].sort()).toEqual([...required].sort());
    expect(setting!.values.log_analytics_workspace_id).toMatch(/^\$\{azurerm_log_analytics_workspace\./);
  });

  it("puts every resource in an allowed region", () => {
    for (const resource of resources.filter((r) => "location" in r.values)) expect(["swedencentral", "swedensouth"]).toContain(resource.values.location);
  });

  it("adds a hardened, protected archive storage account only when asked", () => {
    expect(ofType(resources, "azurerm_storage_account")).toHaveLength(0);
    const archived = synth(org((data) => (data.online.audit = { archiveStorage: true }))).resources;
    const [account] = ofType(archived, "azurerm_storage_account");
    expect(account!.values).toMatchObject({
      min_tls_version: "TLS1_2",
      https_traffic_only_enabled: true,
      allow_nested_items_to_be_public: false,
      shared_access_key_enabled: false,
      name: "stexempelkommunaudit",
    });
    expect(account!.preventDestroy).toBe(true);
    const [rule] = ofType(archived, "azurerm_log_analytics_data_export_rule");
    expect(rule!.values.destination_resource_id).toBe(`\${${account!.address}.id}`);
    expect(rule!.values.table_names).toContain("OfficeActivity");
  });
});

describe("online stack: command line", () => {
  it("is written by `exchange-iac synth --stack online`, byte-identical on a second run", async () => {
    const config = tempFile("org.yaml", exampleWith((data) => (data.online.customerKey = { enabled: true })));
    const outputs = [1, 2].map(() => mkdtempSync(join(tmpdir(), "exchange-iac-online-")));
    for (const out of outputs) {
      const result = await runCli(["--config", config, "synth", "--out", out, "--stack", "online"]);
      expect(result.code, result.stderr).toBe(0);
    }
    const [first, second] = outputs.map((out) => readFileSync(join(out, "stacks", "online", "cdk.tf.json"), "utf8"));
    expect(second).toBe(first);
    expect(first).not.toContain(tmpdir());
  });

  it.each([
    ["the same region twice", (d: any) => (d.online.customerKey = { enabled: true, regions: ["swedencentral", "swedencentral"] }), ["online.customerKey.regions", "two different regions"]],
    ["a region outside the allowed list", (d: any) => (d.online.customerKey = { enabled: true, regions: ["swedencentral", "westus"] }), ["online.customerKey.regions.1", '"westus"', "azure.allowedRegions"]],
    ["a deployment region outside the allowed list", (d: any) => (d.azure.region = "northeurope"), ["azure.region", '"northeurope"']],
    ["no name prefix and an organization name without letters", (d: any) => { delete d.azure.namePrefix; d.organization.name = "1234"; }, ["azure.namePrefix", "2-14 lower-case letters"]],
    ["audit retention beyond 12 years", (d: any) => (d.retention.auditLogRetentionDays = 5000), ["retention.auditLogRetentionDays", "received 5000", "at most"]],
  ])("exits 2 naming the field for %s", async (_label, change, fragments) => {
    const out = mkdtempSync(join(tmpdir(), "exchange-iac-online-"));
    const result = await runCli(["--config", tempFile("org.yaml", exampleWith(change)), "synth", "--out", out, "--stack", "online"]);
    expect(result.code).toBe(2);
    for (const fragment of fragments) expect(result.stderr).toContain(fragment);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
