// Destroy protection (AZ-06) on plans: for every data-bearing resource the stacks really
// declare (example and all optional parts), a plan that deletes or replaces it is blocked by
// `check --plan` (exit 1, naming the address), while an in-place update or no-op is not; and
// every such resource is synthesized with prevent_destroy.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DATA_BEARING_TYPES } from "../policies/rules/azure/az-06-destroy-protection";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

type Stack = { resource?: Record<string, Record<string, { lifecycle?: { prevent_destroy?: boolean } } & Record<string, unknown>>> };

const ALL_OPTIONS = exampleWith((data) => {
  data.online.customerKey = { enabled: true };
  data.online.audit.archiveStorage = true;
});

/** A `terraform show -json` plan with one change per resource: `actions` for the resource at `address`, no-op for the rest. */
function plan(stack: Stack, address: string, actions: string[]): string {
  const changes = Object.entries(stack.resource ?? {}).flatMap(([type, byName]) =>
    Object.entries(byName).map(([name, body]) => {
      const { lifecycle: _lifecycle, depends_on: _depends, ...values } = body;
      const own = `${type}.${name}` === address;
      return {
        address: `${type}.${name}`,
        mode: "managed",
        type,
        name,
        provider_name: "registry.terraform.io/hashicorp/azurerm",
        change: { actions: own ? actions : ["no-op"], before: values, after: own && actions.length === 1 && actions[0] === "delete" ? null : values },
      };
    }),
  );
  return tempFile("plan.json", JSON.stringify({ format_version: "1.2", terraform_version: "1.11.4", resource_changes: changes, planned_values: { root_module: { resources: [] } } }));
}

describe("AZ-06 destroy protection on plans", () => {
  const stacks: Record<string, Stack> = {};
  let config: string;
  beforeAll(async () => {
    config = tempFile("org.yaml", ALL_OPTIONS);
    const out = join(mkdtempSync(join(tmpdir(), "exchange-iac-az06-")), "cdktf.out");
    expect((await runCli(["--config", config, "synth", "--out", out])).code).toBe(0);
    for (const option of ["onprem", "online"]) stacks[option] = JSON.parse(readFileSync(join(out, "stacks", option, "cdk.tf.json"), "utf8"));
  }, 60_000);

  const dataBearing = (option: string) =>
    Object.entries(stacks[option]!.resource ?? {})
      .filter(([type]) => DATA_BEARING_TYPES.includes(type))
      .flatMap(([type, byName]) => Object.entries(byName).map(([name, body]) => ({ address: `${type}.${name}`, type, body })));

  it("every data-bearing resource the stacks declare has prevent_destroy", () => {
    const all = [...dataBearing("onprem"), ...dataBearing("online")];
    // Vaults, keys, storage, workspaces, the Arc machines and SCVMM VM instances (with their disks).
    expect(new Set(all.map((r) => r.type))).toEqual(
      new Set([
        "azurerm_key_vault",
        "azurerm_key_vault_key",
        "azurerm_storage_account",
        "azurerm_log_analytics_workspace",
        "azurerm_arc_machine",
        "azurerm_system_center_virtual_machine_manager_virtual_machine_instance",
      ]),
    );
    expect(all.filter((r) => r.body.lifecycle?.prevent_destroy !== true).map((r) => r.address)).toEqual([]);
  });

  it("check --plan blocks deleting or replacing each of them, naming it", async () => {
    for (const option of ["onprem", "online"]) {
      // One resource of each type per stack keeps this fast; the rule judges by type.
      const oneEach = [...new Map(dataBearing(option).map((r) => [r.type, r])).values()];
      for (const { address } of oneEach) {
        for (const [actions, verb] of [[["delete"], "deletes"], [["delete", "create"], "replaces"], [["create", "delete"], "replaces"]] as const) {
          const result = await runCli(["--config", config, "--format", "json", "check", "--option", option, "--plan", plan(stacks[option]!, address, [...actions]), "--as-of", "2026-11-01"]);
          expect(result.code, `${option} ${address} ${actions.join(",")}`).toBe(1);
          const az06 = JSON.parse(result.stdout).findings.filter((f: { ruleId: string; outcome?: string; status?: string }) => f.ruleId === "AZ-06");
          expect(az06.map((f: { message: string }) => f.message)).toEqual([`the plan ${verb} ${address}, which holds data`]);
        }
      }
    }
  }, 60_000);

  it("an in-place update of a data-bearing resource is not an AZ-06 finding", async () => {
    const [vault] = dataBearing("online").filter((r) => r.type === "azurerm_key_vault");
    const result = await runCli(["--config", config, "--format", "json", "check", "--option", "online", "--plan", plan(stacks.online!, vault!.address, ["update"]), "--as-of", "2026-11-01"]);
    expect(JSON.parse(result.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === "AZ-06")).toEqual([]);
  });
});
