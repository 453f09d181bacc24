// End to end: `exchange-iac synth` (the real binary, no cdktf CLI) and `npx cdktf synth` write
// the same onprem stack, byte for byte, run after run; exchange-iac also writes the Exchange
// organization document and script beside it.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import { renderOnpremScript } from "../model/exchange-onprem/render-script";
import { runBinary, runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";
import { orgWith } from "./onprem-helpers";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const fresh = () => mkdtempSync(join(tmpdir(), "exchange-iac-onprem-"));
const read = (dir: string, file: string) => readFileSync(join(dir, "stacks", "onprem", file));

function cdktfSynth(out: string): Promise<{ code: number; stderr: string }> {
  // The built-in example: no EXCHANGE_IAC_CONFIG from the environment running the tests.
  const { EXCHANGE_IAC_CONFIG: _ignored, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["cdktf", "synth", "--output", out],
      { cwd: ROOT, env: { ...env, CI: "true", CHECKPOINT_DISABLE: "1" }, timeout: 120_000 },
      (error, _stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stderr }),
    );
  });
}

describe("onprem synth", () => {
  it("exchange-iac synth and npx cdktf synth write byte-identical onprem stacks, run after run", async () => {
    const [cliA, cliB, binA, binB] = [fresh(), fresh(), fresh(), fresh()];
    const results = await Promise.all([cdktfSynth(cliA), cdktfSynth(cliB), runBinary(["synth", "--out", binA, "--stack", "onprem"]), runBinary(["synth", "--out", binB, "--stack", "onprem"])]);
    for (const result of results) expect(result.code, result.stderr).toBe(0);

    const stack = read(binA, "cdk.tf.json");
    expect(read(binB, "cdk.tf.json").equals(stack)).toBe(true);
    expect(read(cliA, "cdk.tf.json").equals(stack)).toBe(true);
    expect(read(cliB, "cdk.tf.json").equals(stack)).toBe(true);
    for (const document of ["exchange-organization.json", "exchange-organization.ps1"]) {
      expect(read(binB, document).equals(read(binA, document))).toBe(true);
    }
    // No absolute paths or timestamps leak into what is written.
    const text = stack.toString("utf8");
    expect(text).not.toContain(binA);
    expect(text).not.toContain(ROOT);
    expect(text).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:\d\d/);
  }, 120_000);

  it("writes the Exchange organization document and script beside the stack", async () => {
    const out = fresh();
    const result = await runCli(["--format", "json", "synth", "--out", out, "--stack", "onprem"]);
    expect(result.code).toBe(0);
    expect(readdirSync(join(out, "stacks", "onprem")).sort()).toEqual(["cdk.tf.json", "exchange-organization.json", "exchange-organization.ps1"]);
    const example = orgWith();
    expect(JSON.parse(read(out, "exchange-organization.json").toString("utf8"))).toEqual(buildOnpremExchangeDocument(example));
    // UTF-8 with a byte order mark, so Windows PowerShell 5.1 reads å, ä and ö right.
    const ps1 = read(out, "exchange-organization.ps1");
    expect([...ps1.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(ps1.subarray(3).toString("utf8")).toBe(renderOnpremScript(buildOnpremExchangeDocument(example)));
    expect(JSON.parse(result.stdout).written).toHaveLength(3);
  });

  it("exits 2 naming the field when the region is not allowed", async () => {
    const config = tempFile("org.yaml", exampleWith((d) => (d.azure.region = "westeurope")));
    const result = await runCli(["--config", config, "synth", "--out", fresh(), "--stack", "onprem"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('azure.region: received "westeurope"; expected one of the allowed regions');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("Terraform's local files survive a new synth", () => {
  it("writes the azurerm backend the organization file declares, and a local file only with --local-state", async () => {
    const out = fresh();
    expect((await runCli(["synth", "--out", join(out, "remote")])).code).toBe(0);
    expect((await runCli(["synth", "--local-state", "--out", join(out, "local")])).code).toBe(0);
    for (const stack of ["onprem", "online"]) {
      const backend = (dir: string) => JSON.parse(readFileSync(join(out, dir, "stacks", stack, "cdk.tf.json"), "utf8")).terraform.backend;
      expect(backend("remote")).toEqual({
        azurerm: { resource_group_name: "rg-exempelkommun-iac-state", storage_account_name: "stexempelkommuniac", container_name: "tfstate", key: `exchange-iac/${stack}.tfstate`, use_azuread_auth: true },
      });
      expect(backend("local")).toEqual({ local: { path: `terraform.${stack}.tfstate` } });
    }
  });

  it("keeps the local state, its backup, the lock file and .terraform of each stack folder", async () => {
    const { synthesize } = await import("../stacks/app");
    const { mkdirSync, writeFileSync: write } = await import("node:fs");
    const out = join(fresh(), "cdktf.out");
    synthesize(orgWith(), out, ["onprem"], true);
    const folder = join(out, "stacks", "onprem");
    // Terraform's own files, as `terraform apply` leaves them (not written by us).
    write(join(folder, "terraform.onprem.tfstate"), '{"version":4,"serial":7}\n');
    write(join(folder, "terraform.onprem.tfstate.backup"), '{"version":4,"serial":6}\n');
    write(join(folder, ".terraform.lock.hcl"), "# lock\n");
    mkdirSync(join(folder, ".terraform", "providers"), { recursive: true });
    write(join(folder, ".terraform", "providers", "marker"), "x");
    synthesize(orgWith((d) => (d.mailboxes.staff += 10)), out, ["onprem"], true);
    expect(readFileSync(join(folder, "terraform.onprem.tfstate"), "utf8")).toBe('{"version":4,"serial":7}\n');
    expect(readFileSync(join(folder, "terraform.onprem.tfstate.backup"), "utf8")).toBe('{"version":4,"serial":6}\n');
    expect(readFileSync(join(folder, ".terraform.lock.hcl"), "utf8")).toBe("# lock\n");
    expect(readFileSync(join(folder, ".terraform", "providers", "marker"), "utf8")).toBe("x");
    expect(JSON.parse(readFileSync(join(folder, "cdk.tf.json"), "utf8")).terraform.backend.local.path).toBe("terraform.onprem.tfstate");
  });
});
