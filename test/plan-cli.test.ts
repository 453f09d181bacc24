// `exchange-iac plan` and the plan files it keeps: refused clearly where terraform or
// credentials are missing; with them (a stand-in terraform here), each stack's
// `terraform show -json` is kept and check, cost and diff read it.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import type { DiffReport } from "../diff/compute";
import { runCli } from "./helpers/cli";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const ONPREM_PLAN = fixture("plan-onprem-replace.json");
const ONLINE_PLAN = fixture("plan-online-changes.json");
/** A plan whose VM passwords Terraform wrote resolved, with the sensitivity maps that mark them. */
const ONPREM_PLAN_WITH_SECRETS = fixture("plans/onprem-noop.json");
const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

/** A terraform stand-in: records its calls, and `show -json` prints the fixture of the stack it runs in. */
function fakeTerraform(): { bin: string; log: string } {
  const bin = mkdtempSync(join(tmpdir(), "exchange-iac-fake-tf-"));
  const log = join(bin, "calls.log");
  writeFileSync(
    join(bin, "terraform"),
    `#!/bin/sh
echo "$@" >> "${log}"
case "$*" in
  *stacks/onprem*show\\ -json*) cat "${ONPREM_PLAN_WITH_SECRETS}" ;;
  *stacks/online*show\\ -json*) cat "${ONLINE_PLAN}" ;;
esac
exit 0
`,
  );
  chmodSync(join(bin, "terraform"), 0o755);
  return { bin, log };
}

describe("plan", () => {
  it("says clearly that it cannot plan without terraform and credentials, and exits 2", async () => {
    process.env.PATH = mkdtempSync(join(tmpdir(), "exchange-iac-empty-path-"));
    for (const key of ["ARM_CLIENT_ID", "ARM_USE_OIDC", "ARM_USE_CLI", "ARM_USE_MSI", "ARM_SUBSCRIPTION_ID", "TF_VAR_primary_subscription_id", "ARM_TENANT_ID", "ARM_CLIENT_SECRET"]) delete process.env[key];
    const out = mkdtempSync(join(tmpdir(), "exchange-iac-plan-"));
    const result = await runCli(["plan", "--out", join(out, "plans"), "--work", join(out, "work")]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^cannot plan here:\n  - terraform is not on PATH/);
    expect(result.stderr).toContain("no Azure credentials: set ARM_CLIENT_ID with ARM_USE_OIDC=true");
    expect(result.stderr).toContain("no subscription: set organization.subscriptions.primary or TF_VAR_primary_subscription_id");
  });

  it("with terraform and an OIDC login, plans each stack and keeps terraform show -json per stack", async () => {
    const { bin, log } = fakeTerraform();
    Object.assign(process.env, {
      PATH: `${bin}:${process.env.PATH}`,
      ARM_CLIENT_ID: "00000000-0000-0000-0000-00000000000a",
      ARM_USE_OIDC: "true",
      ARM_OIDC_TOKEN: "token",
      TF_VAR_primary_subscription_id: "00000000-0000-0000-0000-000000000001",
      ARM_TENANT_ID: "11111111-2222-3333-4444-555555555555",
    });
    const out = mkdtempSync(join(tmpdir(), "exchange-iac-plan-"));
    const result = await runCli(["--format", "json", "plan", "--no-lock", "--out", join(out, "plans"), "--work", join(out, "work")]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).written.map((p: string) => p.split("/").slice(-2).join("/"))).toEqual(["plans/onprem.json", "plans/online.json"]);
    // The kept JSON is redacted by the plan's own sensitivity maps: no password leaves the runner.
    expect(readFileSync(ONPREM_PLAN_WITH_SECRETS, "utf8")).toContain("Fixture-VmAdmin-Passw0rd!");
    const kept = readFileSync(join(out, "plans", "onprem.json"), "utf8");
    expect(kept).not.toContain("Passw0rd");
    expect(JSON.parse(kept).resource_changes.length).toBe(JSON.parse(readFileSync(ONPREM_PLAN_WITH_SECRETS, "utf8")).resource_changes.length);
    const calls = readFileSync(log, "utf8").trim().split("\n").map((line) => line.replace(/-chdir=\S*\/stacks\//, "-chdir=stacks/"));
    expect(calls).toEqual([
      "-chdir=stacks/onprem init -input=false -no-color",
      "-chdir=stacks/onprem plan -input=false -no-color -lock=false -out=plan.tfplan",
      "-chdir=stacks/onprem show -json plan.tfplan",
      "-chdir=stacks/online init -input=false -no-color",
      "-chdir=stacks/online plan -input=false -no-color -lock=false -out=plan.tfplan",
      "-chdir=stacks/online show -json plan.tfplan",
    ]);
    // The synthesized stack is what terraform planned.
    expect(JSON.parse(readFileSync(join(out, "work", "stacks", "onprem", "cdk.tf.json"), "utf8")).resource.azurerm_arc_machine).toBeDefined();
  });
});

describe("plan files in check, cost and diff", () => {
  it("diff --plan shows the replacement, the deletion, the addition and the new finding", async () => {
    const result = await runCli(["--format", "json", "diff", "--plan", ONPREM_PLAN, "--option", "onprem", "--as-of", "2026-11-26"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as DiffReport;
    const onprem = report.stacks[0]!;
    expect(onprem.stack).toBe("onprem");
    expect(onprem.replaced).toEqual([{ address: "azurerm_key_vault.certificates_vault_0F490906", type: "azurerm_key_vault", attributes: ["id", "location", "vault_uri"] }]);
    expect(onprem.removed).toEqual([{ address: "azurerm_windows_virtual_machine.witness_vm_E4C9A30A", type: "azurerm_windows_virtual_machine" }]);
    expect(onprem.added.map((a) => a.address)).toEqual(["azurerm_arc_machine.dag_ekmbx05_vm_arc-machine_5E11A0C2"]);
    expect(onprem.changed).toEqual([{ address: expect.stringContaining("dag_ekmbx01_vm_instance"), type: "azurerm_system_center_virtual_machine_manager_virtual_machine_instance", attributes: ["hardware"] }]);
    if ("unavailable" in report.findings) throw new Error(report.findings.unavailable);
    expect(report.findings.new.map((f) => f.ruleId)).toContain("AZ-06");
  });

  it("diff --plan on the online stack: a shorter audit retention is a new finding and lowers cost", async () => {
    const result = await runCli(["--format", "markdown", "--lang", "en", "diff", "--plan", ONLINE_PLAN, "--option", "online", "--as-of", "2026-11-26"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("| online | 1 | 1 | 0 | 1 |");
    expect(result.stdout).toContain("`azurerm_log_analytics_workspace.Audit_Workspace_60735022`: `retention_in_days`");
    expect(result.stdout).toMatch(/new error: \*\*AZ-05\*\* \(Exchange Online\) .*180 days, less than the 730 days decided/);
    expect(result.stdout).toMatch(/\| Exchange Online \| -[\d,]+ SEK \| -[\d,]+ SEK \| -[\d,]+ SEK \|/);
  });

  it("cost --plan prices the planned resources and leaves out what the plan deletes", async () => {
    const planned = JSON.parse((await runCli(["--format", "json", "cost", "--option", "online", "--plan", ONLINE_PLAN])).stdout);
    const synthesized = JSON.parse((await runCli(["--format", "json", "cost", "--option", "online"])).stdout);
    const sources = (estimate: { options: { components: { source: string }[] }[] }) => estimate.options[0]!.components.map((c) => c.source);
    expect(sources(planned)).toContain("azurerm_log_analytics_workspace.Audit_Workspace_60735022");
    expect(planned.options[0].totals.cash).toBeLessThan(synthesized.options[0].totals.cash);
    const refused = await runCli(["cost", "--plan", ONLINE_PLAN]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('error: --option: received "both"; expected onprem or online when --plan is given (a plan belongs to one stack)\n');
  });

  it("check --plan reads the same files", async () => {
    const result = await runCli(["--format", "json", "check", "--option", "online", "--plan", ONLINE_PLAN, "--as-of", "2026-11-26"]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(["AZ-02", "AZ-05"]));
  });

  it("diff --plan needs --option", async () => {
    const result = await runCli(["diff", "--plan", ONLINE_PLAN]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: --option: received nothing; expected onprem or online with --plan (a plan belongs to one stack)\n");
  });
});

describe("plan in CI", () => {
  it("refuses to plan against state a runner would lose, unless --local-state is given", async () => {
    const { planPrerequisites } = await import("../cli/commands/plan");
    const { loadOrganizationFile } = await import("../model/load");
    const { EXAMPLE_CONFIG } = await import("../model/example-config");
    const org = loadOrganizationFile(EXAMPLE_CONFIG);
    const local = { ...org, azure: { ...org.azure, state: undefined } };
    const env = { CI: "true", PATH: "", ARM_USE_CLI: "true", ARM_TENANT_ID: "t", TF_VAR_primary_subscription_id: "s" };
    expect(planPrerequisites(local, env)).toContain("no remote state in CI: declare azure.state in the organization file (docs/ci.md), or pass --local-state to plan against local files anyway");
    expect(planPrerequisites(local, env, true).some((m) => m.startsWith("no remote state"))).toBe(false);
    expect(planPrerequisites(org, env).some((m) => m.startsWith("no remote state"))).toBe(false);
  });
});
