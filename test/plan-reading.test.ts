// check --plan and diff --plan over hand-made plans in Terraform's documented JSON format
// (test/fixtures/plans, written by generate.ts there): what a reviewer relies on before an apply.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DiffReport } from "../diff/compute";
import { SENSITIVE, redactPlan, type PlanJson } from "../inventory/plan-json";
import { inventoryFromPlan } from "../inventory/terraform";
import { runCli } from "./helpers/cli";

const plan = (name: string) => fileURLToPath(new URL(`./fixtures/plans/${name}.json`, import.meta.url));
const check = (option: string, name: string) => runCli(["--lang", "en", "--format", "json", "check", "--option", option, "--plan", plan(name), "--as-of", "2026-12-07"]);
const errors = (stdout: string) =>
  (JSON.parse(stdout).findings as { ruleId: string; severity: string; status: string; message: string }[]).filter((f) => f.severity === "error" && f.status !== "pass");

describe("check --plan reads sensitive values through the plan's sensitivity maps", () => {
  it("passes an on-prem plan that changes nothing, although Terraform wrote the VM passwords resolved", async () => {
    expect(readFileSync(plan("onprem-noop"), "utf8")).toContain("Fixture-VmAdmin-Passw0rd!");
    const result = await check("onprem", "onprem-noop");
    expect(errors(result.stdout)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it("still fails AZ-07 when a password is in clear and the plan does not mark it sensitive", () => {
    const raw = JSON.parse(readFileSync(plan("onprem-noop"), "utf8")) as PlanJson;
    for (const change of raw.resource_changes!) change.change.after_sensitive = {};
    const resources = inventoryFromPlan("onprem", raw);
    expect(resources.find((r) => r.type === "azurerm_windows_virtual_machine")!.values.admin_password).toBe("Fixture-Witness-Passw0rd!");
  });

  it("redacts every sensitive value: resource changes, planned values, prior state and sensitive variables", () => {
    const raw = JSON.parse(readFileSync(plan("onprem-noop"), "utf8")) as PlanJson;
    const redacted = JSON.stringify(redactPlan(raw));
    expect(redacted).not.toContain("Passw0rd");
    expect(redacted).toContain(SENSITIVE);
    // What is not sensitive stays as it was.
    expect(redactPlan(raw).variables!.vm_admin_username!.value).toBe("Administrator");
  });
});

describe("check --plan blocks what a reviewer must not miss", () => {
  it("a /16 let through a Key Vault firewall beyond the declared addresses (AZ-02)", async () => {
    const result = await check("onprem", "onprem-widen16");
    expect(result.code).toBe(1);
    expect(errors(result.stdout)).toEqual([expect.objectContaining({ ruleId: "AZ-02", message: expect.stringContaining("198.51.0.0/16") })]);
  });

  it("the witness VM's deletion (AZ-06)", async () => {
    const result = await check("onprem", "onprem-witness-deleted");
    expect(result.code).toBe(1);
    expect(errors(result.stdout)).toEqual([expect.objectContaining({ ruleId: "AZ-06", message: expect.stringContaining("deletes azurerm_windows_virtual_machine.witness_vm") })]);
  });

  it("the removal of the Entra ID audit feed and the Office 365 connector (AZ-05)", async () => {
    const result = await check("online", "online-audit-removed");
    expect(result.code).toBe(1);
    expect(errors(result.stdout)).toEqual([
      expect.objectContaining({ ruleId: "AZ-05", message: expect.stringMatching(/^the plan removes azurerm_monitor_aad_diagnostic_setting\.\S+, which carries audit data$/) }),
      expect.objectContaining({ ruleId: "AZ-05", message: expect.stringMatching(/^the plan removes azurerm_sentinel_data_connector_office_365\.\S+, which carries audit data$/) }),
    ]);
  });

  it("a retention shortened below the decided two years (AZ-05)", async () => {
    const result = await check("online", "online-retention-shortened");
    expect(result.code).toBe(1);
    const messages = errors(result.stdout).map((f) => f.message);
    expect(messages).toEqual([expect.stringContaining("retains data 400 days, less than the 730 days decided"), expect.stringContaining("from 730 to 400 days")]);
    // The pull-request comment says so first, with both values, not only that an attribute changed.
    const markdown = (await runCli(["--format", "markdown", "--lang", "en", "diff", "--plan", plan("online-retention-shortened"), "--option", "online", "--as-of", "2026-12-07"])).stdout;
    expect(markdown).toContain("- **Shortens retention**: `azurerm_log_analytics_workspace.Audit_Workspace_60735022` `retention_in_days` from 730 to 400 days;");
    expect(markdown).toContain("`retention_in_days` `730` → `400`");
    const lengthened = (await runCli(["--format", "markdown", "--lang", "en", "diff", "--plan", plan("online-drifted"), "--option", "online", "--as-of", "2026-12-07"])).stdout;
    expect(lengthened).not.toContain("Shortens retention");
  });

  it("a region move, even between allowed regions (AZ-01), which diff --plan shows as a replacement", async () => {
    const result = await check("online", "online-region-move");
    expect(result.code).toBe(1);
    expect(errors(result.stdout)).toEqual([expect.objectContaining({ ruleId: "AZ-01", message: expect.stringContaining("from swedencentral to swedensouth, which replaces it") })]);
    const diff = JSON.parse((await runCli(["--format", "json", "diff", "--plan", plan("online-region-move"), "--option", "online", "--as-of", "2026-12-07"])).stdout) as DiffReport;
    expect(diff.stacks[0]!.replaced).toEqual([{ address: "azurerm_resource_group.AuditResourceGroup", type: "azurerm_resource_group", attributes: ["location"], values: { location: { before: "swedencentral", after: "swedensouth" } } }]);
    expect(diff.stacks[0]!.changed).toEqual([]);
  });
});

describe("diff --plan keeps what changed outside Terraform apart from what the change does", () => {
  it("lists a retention shortened in the portal as drift the plan changes back, and check passes the plan", async () => {
    expect((await check("online", "online-drifted")).code).toBe(0);
    const json = await runCli(["--format", "json", "diff", "--plan", plan("online-drifted"), "--option", "online", "--as-of", "2026-12-07"]);
    const diff = JSON.parse(json.stdout) as DiffReport;
    const workspace = { address: "azurerm_log_analytics_workspace.Audit_Workspace_60735022", type: "azurerm_log_analytics_workspace", attributes: ["retention_in_days"] };
    expect(diff.stacks[0]!.drifted).toEqual([{ ...workspace, values: { retention_in_days: { before: 730, after: 90 } } }]);
    expect(diff.stacks[0]!.changed).toEqual([{ ...workspace, values: { retention_in_days: { before: 90, after: 730 } } }]);
    const markdown = (await runCli(["--format", "markdown", "--lang", "en", "diff", "--plan", plan("online-drifted"), "--option", "online", "--as-of", "2026-12-07"])).stdout;
    expect(markdown).toContain("<details><summary>Changed outside Terraform since the last apply (this plan changes them back): 1</summary>");
    // A plan without drift lists none.
    const noop = JSON.parse((await runCli(["--format", "json", "diff", "--plan", plan("online-region-move"), "--option", "online", "--as-of", "2026-12-07"])).stdout) as DiffReport;
    expect(noop.stacks[0]!.drifted).toEqual([]);
  });
});

describe("check --plan refuses what is not a whole plan it can read, naming the field (exit 2)", () => {
  it.each([
    ["online-errored", "errored: received true"],
    ["online-incomplete", "complete: received false"],
    ["online-format-2", 'format_version: received "2.0"; expected format version 1.x'],
  ])("%s", async (name, message) => {
    const result = await check("online", name);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`error: ${plan(name)}: ${result.stderr.split(`${plan(name)}: `)[1]}`);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
