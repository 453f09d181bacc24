// Enforcement at synth: the policy Aspect turns error findings into error annotations, so
// both `exchange-iac synth` and `npx cdktf synth` fail with the rule ID.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { KeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { describe, expect, it } from "vitest";
import { judgesStacks } from "../policies/adapters/cdktf-aspect";
import { RULES } from "../policies/catalog";
import { buildApp } from "../stacks/app";
import { orgWith } from "./helpers/policy";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function synthWithOverride(override: (vault: KeyVault) => void) {
  const { app, stacks } = buildApp(orgWith(), mkdtempSync(join(tmpdir(), "aspect-")));
  const onprem = stacks.find((stack) => stack.node.id === "onprem")!;
  override(onprem.node.findAll().find((c) => c instanceof KeyVault) as KeyVault);
  return () => app.synth();
}

describe("policy Aspect at synth", () => {
  it("lets the example synthesize", () => {
    expect(synthWithOverride(() => {})).not.toThrow();
  });

  it("fails synth with AZ-02 when an override turns purge protection off", () => {
    expect(synthWithOverride((vault) => vault.addOverride("purge_protection_enabled", false))).toThrow(/\[AZ-02\].*purge protection off/);
  });

  it("fails synth with AZ-06 when an override drops prevent_destroy", () => {
    expect(synthWithOverride((vault) => vault.addOverride("lifecycle.prevent_destroy", false))).toThrow(/\[AZ-06\]/);
  });

  it("leaves governance, identity and dated rules to `check`", () => {
    const left = RULES.filter((rule) => !judgesStacks(rule)).map((rule) => rule.id);
    expect(left).toEqual(expect.arrayContaining(["GOV-01", "GOV-04", "IAM-01", "ONP-07"]));
    expect(left).not.toContain("AZ-02");
  });

  it("makes `npx cdktf synth` fail with the rule ID", async () => {
    const out = mkdtempSync(join(tmpdir(), "cdktf-"));
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        "npx",
        ["cdktf", "synth", "--app", "npx tsx test/fixtures/noncompliant-app.ts", "--output", out],
        { cwd: ROOT, env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "true" }, timeout: 120_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("AZ-02");
  });
});
