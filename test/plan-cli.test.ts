// `exchange-iac plan` and the plan files it keeps: refused clearly where terraform or
// credentials are missing; with them (a stand-in terraform here), each stack's
// `terraform show -json` is kept and check, cost and diff read it.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

/**
 * Writes the lock `terraform providers lock` would write, from the stack's required_providers,
 * with invented hashes (never a real provider's) and the platforms it was asked for.
 */
const LOCK_WRITER = `
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
const [dir, ...platforms] = process.argv.slice(2);
const required = JSON.parse(readFileSync(dir + "/cdk.tf.json", "utf8")).terraform.required_providers;
const hash = (seed, encoding) => createHash("sha256").update(seed).digest(encoding);
const blocks = Object.entries(required).map(([name, { source, version }]) => {
  const parts = (source ?? name).split("/");
  const address = ["registry.terraform.io", ...(parts.length === 1 ? ["hashicorp"] : []), ...parts].join("/");
  const hashes = [...platforms.map((p) => "h1:" + hash(address + version + p, "base64")), "zh:" + hash(address + version, "hex")];
  return 'provider "' + address + '" {\\n  version     = "' + version + '"\\n  constraints = "' + version + '"\\n  hashes = [\\n' + hashes.map((h) => '    "' + h + '",\\n').join("") + "  ]\\n}\\n";
});
writeFileSync(dir + "/.terraform.lock.hcl", "# This file is maintained automatically by \\"terraform init\\".\\n# platforms: " + platforms.join(" ") + "\\n\\n" + blocks.join("\\n"));
`;

/**
 * A terraform stand-in: records its calls; `show -json` prints the fixture of the stack it runs
 * in, `providers lock` writes a lock (or fails like an unreachable registry with FAKE_TF_FAIL_LOCK=1).
 */
function fakeTerraform(): { bin: string; log: string } {
  const bin = mkdtempSync(join(tmpdir(), "exchange-iac-fake-tf-"));
  const log = join(bin, "calls.log");
  writeFileSync(join(bin, "write-lock.mjs"), LOCK_WRITER);
  writeFileSync(
    join(bin, "terraform"),
    `#!/bin/sh
echo "$@" >> "${log}"
case "$*" in
  *providers\\ lock*)
    if [ -n "$FAKE_TF_FAIL_LOCK" ]; then printf '\\033[31m\\342\\225\\267\\033[0m\\n\\033[31m\\342\\224\\202\\033[0m \\033[1m\\033[31mError: \\033[0mFailed to query available provider packages\\n\\033[31m\\342\\224\\202\\033[0m\\n\\033[31m\\342\\224\\202\\033[0m lookup registry.terraform.io: no such host.\\n\\033[31m\\342\\225\\265\\033[0m\\n' >&2; exit 1; fi
    dir="\${1#-chdir=}"; shift 3
    "${process.execPath}" "${join(bin, "write-lock.mjs")}" "$dir" $(echo "$@" | sed 's/-platform=//g') ;;
  *stacks/onprem*show\\ -json*) cat "${ONPREM_PLAN_WITH_SECRETS}" ;;
  *stacks/online*show\\ -json*) cat "${ONLINE_PLAN}" ;;
esac
exit 0
`,
  );
  chmodSync(join(bin, "terraform"), 0o755);
  return { bin, log };
}

const CREDENTIALS = ["ARM_CLIENT_ID", "ARM_USE_OIDC", "ARM_OIDC_TOKEN", "ARM_USE_CLI", "ARM_USE_MSI", "ARM_SUBSCRIPTION_ID", "TF_VAR_primary_subscription_id", "ARM_TENANT_ID", "ARM_CLIENT_SECRET", "ARM_CLIENT_CERTIFICATE_PATH"];

/** terraform on PATH and an OIDC login, outside CI unless `ci`. */
function terraformAndLogin(bin: string, ci = false): void {
  Object.assign(process.env, {
    PATH: `${bin}:${process.env.PATH}`,
    ARM_CLIENT_ID: "00000000-0000-0000-0000-00000000000a",
    ARM_USE_OIDC: "true",
    ARM_OIDC_TOKEN: "token",
    TF_VAR_primary_subscription_id: "00000000-0000-0000-0000-000000000001",
    ARM_TENANT_ID: "11111111-2222-3333-4444-555555555555",
  });
  if (ci) process.env.CI = "true";
  else delete process.env.CI;
}

/** The calls the stand-in recorded, with the temporary folder cut from -chdir. */
const callsIn = (log: string) => (existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean).map((line) => line.replace(/-chdir=\S*\/stacks\//, "-chdir=stacks/")) : []);

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
    terraformAndLogin(bin);
    const out = mkdtempSync(join(tmpdir(), "exchange-iac-plan-"));
    const locks = join(out, "locks");
    const result = await runCli(["--format", "json", "plan", "--no-lock", "--out", join(out, "plans"), "--work", join(out, "work"), "--locks", locks]);
    // Outside CI a missing lock is one warning, and the plan goes on as before.
    expect(result.stderr).toBe(`warning: no provider lock ${join(locks, "onprem.terraform.lock.hcl")}, ${join(locks, "online.terraform.lock.hcl")}: terraform init takes the provider packages the registry serves today; run exchange-iac lock and commit locks/\n`);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).written.map((p: string) => p.split("/").slice(-2).join("/"))).toEqual(["plans/onprem.json", "plans/online.json"]);
    // The kept JSON is redacted by the plan's own sensitivity maps: no password leaves the runner.
    expect(readFileSync(ONPREM_PLAN_WITH_SECRETS, "utf8")).toContain("Fixture-VmAdmin-Passw0rd!");
    const kept = readFileSync(join(out, "plans", "onprem.json"), "utf8");
    expect(kept).not.toContain("Passw0rd");
    expect(JSON.parse(kept).resource_changes.length).toBe(JSON.parse(readFileSync(ONPREM_PLAN_WITH_SECRETS, "utf8")).resource_changes.length);
    expect(callsIn(log)).toEqual([
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

/** The azurerm version the synthesized stack in `work` pins. */
const pinnedAzurerm = (work: string, stack: string) => JSON.parse(readFileSync(join(work, "stacks", stack, "cdk.tf.json"), "utf8")).terraform.required_providers.azurerm.version as string;

describe("lock", () => {
  it("writes each stack's lock from terraform providers lock for the four platforms, without Azure credentials", async () => {
    const { bin, log } = fakeTerraform();
    for (const key of CREDENTIALS) delete process.env[key];
    process.env.PATH = `${bin}:${process.env.PATH}`;
    const out = mkdtempSync(join(tmpdir(), "exchange-iac-lock-"));
    const [work, locks] = [join(out, "work"), join(out, "locks")];
    const result = await runCli(["--format", "json", "lock", "--work", work, "--locks", locks]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).written.map((p: string) => p.split("/").slice(-2).join("/"))).toEqual(["locks/onprem.terraform.lock.hcl", "locks/online.terraform.lock.hcl"]);
    const platforms = "-platform=linux_amd64 -platform=windows_amd64 -platform=darwin_amd64 -platform=darwin_arm64";
    expect(callsIn(log)).toEqual([`-chdir=stacks/onprem providers lock ${platforms}`, `-chdir=stacks/online providers lock ${platforms}`]);
    for (const stack of ["onprem", "online"]) {
      const committed = readFileSync(join(locks, `${stack}.terraform.lock.hcl`), "utf8");
      // Exactly what terraform wrote, for the version the stack pins and every platform asked for.
      expect(committed).toBe(readFileSync(join(work, "stacks", stack, ".terraform.lock.hcl"), "utf8"));
      expect(committed).toContain(`provider "registry.terraform.io/hashicorp/azurerm" {\n  version     = "${pinnedAzurerm(work, stack)}"`);
      expect(committed).toContain("# platforms: linux_amd64 windows_amd64 darwin_amd64 darwin_arm64\n");
    }
  });

  it("takes --stack and --platform, and prints what it wrote", async () => {
    const { bin, log } = fakeTerraform();
    process.env.PATH = `${bin}:${process.env.PATH}`;
    const out = mkdtempSync(join(tmpdir(), "exchange-iac-lock-"));
    const result = await runCli(["lock", "--stack", "onprem", "--platform", "linux_amd64", "linux_arm64", "--work", join(out, "work"), "--locks", join(out, "locks")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^wrote \S*locks\/onprem\.terraform\.lock\.hcl\n$/);
    expect(callsIn(log)).toEqual(["-chdir=stacks/onprem providers lock -platform=linux_amd64 -platform=linux_arm64"]);
    const refused = await runCli(["lock", "--platform", "linux amd64; rm -rf /", "--work", join(out, "work"), "--locks", join(out, "locks")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('error: --platform: received "linux amd64; rm -rf /"; expected an OS_ARCH pair such as linux_amd64 or darwin_arm64\n');
  });

  it("says on one line that terraform is missing, and exits 2", async () => {
    process.env.PATH = mkdtempSync(join(tmpdir(), "exchange-iac-empty-path-"));
    const out = mkdtempSync(join(tmpdir(), "exchange-iac-lock-"));
    const result = await runCli(["lock", "--work", join(out, "work"), "--locks", join(out, "locks")]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: "cannot lock here: terraform is not on PATH (install Terraform 1.x; `cdktf plan` needs it too)\n" });
    expect(existsSync(join(out, "locks"))).toBe(false);
  });

  it("a terraform failure (no registry) is exit 3 on one plain line, without terraform's colours and boxes, and no lock is written", async () => {
    const { bin } = fakeTerraform();
    Object.assign(process.env, { PATH: `${bin}:${process.env.PATH}`, FAKE_TF_FAIL_LOCK: "1" });
    const out = mkdtempSync(join(tmpdir(), "exchange-iac-lock-"));
    const result = await runCli(["--format", "json", "lock", "--stack", "onprem", "--work", join(out, "work"), "--locks", join(out, "locks")]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe("error: terraform providers lock -platform=linux_amd64 -platform=windows_amd64 -platform=darwin_amd64 -platform=darwin_arm64 failed: Error: Failed to query available provider packages lookup registry.terraform.io: no such host.\n");
    expect(existsSync(join(out, "locks"))).toBe(false);
  });
});

describe("plan with the committed lock", () => {
  /** A lock written by `exchange-iac lock` (the stand-in) into a locks folder of its own. */
  async function committedLock(stacks: string[]): Promise<{ out: string; locks: string; log: string }> {
    const { bin, log } = fakeTerraform();
    terraformAndLogin(bin);
    const out = mkdtempSync(join(tmpdir(), "exchange-iac-plan-lock-"));
    const locks = join(out, "locks");
    const made = await runCli(["lock", "--stack", ...stacks, "--work", join(out, "lock-work"), "--locks", locks]);
    expect(made.code).toBe(0);
    writeFileSync(log, "");
    return { out, locks, log };
  }

  it("copies the committed lock into the stack folder and inits with -lockfile=readonly", async () => {
    const { out, locks, log } = await committedLock(["onprem"]);
    // A folder of its own: the lock in it can only have come from locks/.
    const work = join(out, "work");
    const result = await runCli(["--format", "json", "plan", "--stack", "onprem", "--out", join(out, "plans"), "--work", work, "--locks", locks]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(callsIn(log)).toEqual([
      "-chdir=stacks/onprem init -input=false -no-color -lockfile=readonly",
      "-chdir=stacks/onprem plan -input=false -no-color -lock-timeout=5m -out=plan.tfplan",
      "-chdir=stacks/onprem show -json plan.tfplan",
    ]);
    expect(readFileSync(join(work, "stacks", "onprem", ".terraform.lock.hcl"), "utf8")).toBe(readFileSync(join(locks, "onprem.terraform.lock.hcl"), "utf8"));
  });

  it("refuses a lock that pins another azurerm version before terraform runs, naming the provider and both versions", async () => {
    const { out, locks, log } = await committedLock(["onprem"]);
    const path = join(locks, "onprem.terraform.lock.hcl");
    writeFileSync(path, readFileSync(path, "utf8").replace(/(provider "registry\.terraform\.io\/hashicorp\/azurerm" \{\n\s*version\s*= ")[^"]+/, "$14.1.0"));
    const work = join(out, "work");
    const result = await runCli(["--format", "json", "plan", "--stack", "onprem", "--out", join(out, "plans"), "--work", work, "--locks", locks]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `error: ${path}: provider "registry.terraform.io/hashicorp/azurerm": received version "4.1.0"; expected version "${pinnedAzurerm(work, "onprem")}", the version the onprem stack pins; run exchange-iac lock and commit locks/\n`,
    );
    expect(callsIn(log)).toEqual([]);
  });

  it("in CI, refuses to plan without the committed lock, naming the file and how to make it", async () => {
    const { bin, log } = fakeTerraform();
    terraformAndLogin(bin, true);
    const out = mkdtempSync(join(tmpdir(), "exchange-iac-plan-"));
    const locks = join(out, "locks");
    mkdirSync(locks);
    const result = await runCli(["plan", "--stack", "onprem", "--out", join(out, "plans"), "--work", join(out, "work"), "--locks", locks]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `error: --locks: received no file "${join(locks, "onprem.terraform.lock.hcl")}"; expected the committed provider lock in CI (create it with exchange-iac lock --stack onprem on a machine that reaches the Terraform registry, and commit ${locks}/)\n`,
    );
    expect(callsIn(log)).toEqual([]);
    expect(existsSync(join(out, "plans"))).toBe(false);
  });
});

describe("plan files in check, cost and diff", () => {
  it("diff --plan shows the replacement, the deletion, the addition and the new finding", async () => {
    const result = await runCli(["--format", "json", "diff", "--plan", ONPREM_PLAN, "--option", "onprem", "--as-of", "2026-11-26"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as DiffReport;
    const onprem = report.stacks[0]!;
    expect(onprem.stack).toBe("onprem");
    expect(onprem.replaced).toEqual([
      expect.objectContaining({ address: "azurerm_key_vault.certificates_vault_0F490906", type: "azurerm_key_vault", attributes: ["id", "location", "vault_uri"] }),
    ]);
    expect(onprem.replaced[0]!.values!.location).toEqual({ before: "swedencentral", after: "swedensouth" });
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
