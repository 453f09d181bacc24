// `exchange-iac tenant plan` and `exchange-iac export powershell|m365dsc`.
import { existsSync, readdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { validateOrganization } from "../model/load";
import { runBinary, runCli, tempFile } from "./helpers/cli";
import { exampleData } from "./helpers/example";

const desired = buildExchangeOnlineDocument(validateOrganization(exampleData())).settings;

describe("exchange-iac tenant plan", () => {
  it("prints the whole plan against an empty tenant", async () => {
    const result = await runCli(["tenant", "plan"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Exchange Online plan for Exempelkommun against an empty tenant: 22 calls \(11 Exchange Online, 11 Security & Compliance\)\n/);
    expect(result.stdout).toContain(" 1. [exchange] Set-OrganizationConfig -AuditDisabled:$false\n");
    expect(result.stdout).not.toContain("CustomerLockboxEnabled");
    expect(result.stdout).toContain("[compliance] New-DlpComplianceRule -Name 'DLP Sweden national ID to external recipients'");
  });

  it("plans only the drift in a snapshot, as JSON", async () => {
    const current = structuredClone(desired);
    current.remoteDomains[0]!.AutoForwardEnabled = true;
    const snapshot = tempFile("current.json", JSON.stringify(current));
    const result = await runCli(["--format", "json", "tenant", "plan", "--current", snapshot]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      organization: "Exempelkommun",
      against: "the snapshot",
      calls: [{ cmdlet: "Set-RemoteDomain", parameters: { Identity: "Default", AutoForwardEnabled: false }, endpoint: "exchange" }],
    });
    const same = await runCli(["tenant", "plan", "--current", tempFile("same.json", JSON.stringify(desired))]);
    expect(same.stdout).toContain("Nothing to change: the tenant matches the configuration.");
  });

  it("rejects a bad snapshot with exit 2 and the field that is wrong", async () => {
    const bad = tempFile("bad.json", JSON.stringify({ transportConfig: { SmtpClientAuthenticationDisabled: "yes", AllowLegacyTLSClients: false } }));
    const result = await runCli(["tenant", "plan", "--current", bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: ${bad}: transportConfig.SmtpClientAuthenticationDisabled: received "yes"; expected a boolean\n`);
    const missing = await runCli(["tenant", "plan", "--current", "/nonexistent/snapshot.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--current: received \"/nonexistent/snapshot.json\"; expected a readable snapshot file (no such file)");
    const sarif = await runCli(["--format", "sarif", "tenant", "plan"]);
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toBe('error: --format: received "sarif"; expected text, json for the tenant plan command\n');
    const notJson = await runCli(["tenant", "plan", "--current", tempFile("x.json", "{ nope")]);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/received text that is not valid JSON/);
  });
});

describe("exchange-iac export", () => {
  it("writes the PowerShell script and the M365DSC configuration atomically with --out, byte-identical each time", async () => {
    const dir = mkdtempSync(join(tmpdir(), "exchange-iac-export-"));
    for (const kind of ["powershell", "m365dsc"]) {
      const out = join(dir, kind === "powershell" ? "apply.ps1" : "ExchangeOnline.ps1");
      const first = await runCli(["export", kind, "--out", out]);
      expect(first.code).toBe(0);
      const text = readFileSync(out, "utf8");
      await runCli(["export", kind, "--out", out]);
      expect(readFileSync(out, "utf8")).toBe(text);
      expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
      expect(text).not.toContain(dir);
    }
    expect(readFileSync(join(dir, "apply.ps1"), "utf8")).toContain("Connect-IPPSSession -Organization $Organization");
    expect(readFileSync(join(dir, "ExchangeOnline.ps1"), "utf8")).toContain("Import-DscResource -ModuleName 'Microsoft365DSC' -ModuleVersion '1.25.226.1'");
  });

  it("prints to standard output without --out, through the real binary", async () => {
    const result = await runBinary(["export", "powershell"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\uFEFF#Requires -Version 7\.0\n#Requires -Modules ExchangeOnlineManagement\n/);
    const unknown = await runBinary(["export", "terraform"]);
    expect(unknown.code).toBe(2);
  });
});
