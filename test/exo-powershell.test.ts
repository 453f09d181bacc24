// The PowerShell output: Connect-ExchangeOnline for the Exchange cmdlets, Connect-IPPSSession
// for Security & Compliance, every item guarded by what its Get- cmdlet returns (the property
// names the real cmdlets return, as the fake tenant answers them) so a second run changes
// nothing, and every string quoted so that no value can break out of its literal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createM365Adapter } from "../adapters/m365/adapter";
import { renderPowerShell } from "../adapters/m365/powershell";
import { createInvokeCommandClient } from "../adapters/m365/rest-client";
import { SECTION_SPECS } from "../model/exchange-online/cmdlets";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { validateOrganization } from "../model/load";
import { commandLine, psComment, psString as quote, psValue as literal } from "../model/powershell";
import { exampleData } from "./helpers/example";
import { FAKE_TOKENS, FakeExchangeOnline } from "./helpers/fake-exchange-online";
import { parsePowerShell } from "./helpers/powershell-syntax";

function documentFor(change?: (data: Record<string, any>) => void) {
  const data = exampleData();
  change?.(data);
  return buildExchangeOnlineDocument(validateOrganization(data));
}
const scriptFor = (change?: (data: Record<string, any>) => void) => renderPowerShell(documentFor(change));

/** Every optional feature on, with the manual steps recorded. */
const everything = (data: Record<string, any>) => {
  data.online.customerKey = { enabled: true };
  data.online.manualSteps = { customerLockboxEnabled: "2026-11-20", dkimCnamesPublished: ["exempelkommun.se"], customerKeyRegistered: "2026-11-02" };
};

describe("PowerShell output", () => {
  const script = scriptFor();

  it("connects to Exchange Online for Exchange cmdlets and to Security & Compliance for Purview cmdlets, parameters by name", () => {
    const exchange = script.indexOf("Connect-ExchangeOnline -Organization $Organization -AppId $AppId -CertificateThumbprint $CertificateThumbprint -ShowBanner:$false");
    const compliance = script.indexOf("Connect-IPPSSession -Organization $Organization -AppId $AppId -CertificateThumbprint $CertificateThumbprint -ShowBanner:$false");
    expect(exchange).toBeGreaterThan(0);
    expect(compliance).toBeGreaterThan(exchange);
    expect(script).not.toContain("@connection");
    expect(script.indexOf("Set-TransportConfig -SmtpClientAuthenticationDisabled:$true -AllowLegacyTLSClients:$false")).toBeGreaterThan(exchange);
    expect(script.indexOf("Set-TransportConfig")).toBeLessThan(compliance);
    expect(script.indexOf("New-DlpCompliancePolicy")).toBeGreaterThan(compliance);
    expect(script.trimEnd().endsWith("Disconnect-ExchangeOnline -Confirm:$false")).toBe(true);
  });

  it("guards each named item with its Get- cmdlet, and finds audit policies by name (the cmdlet has no -Identity)", () => {
    expect(script).toContain(
      [
        "$current = Get-RemoteDomain -Identity 'Default' -ErrorAction SilentlyContinue",
        "if ($null -ne $current) {",
        "    Set-RemoteDomain -Identity 'Default' -AutoForwardEnabled:$false",
        "} else {",
        "    New-RemoteDomain -Name 'Default' -DomainName '*'",
        "    Set-RemoteDomain -Identity 'Default' -AutoForwardEnabled:$false",
        "}",
      ].join("\n"),
    );
    expect(script).toContain("$current = Get-UnifiedAuditLogRetentionPolicy | Where-Object { $_.Name -eq 'Audit log retention' }");
    expect(script).not.toMatch(/Get-UnifiedAuditLogRetentionPolicy -Identity/);
    // Set-UnifiedAuditLogRetentionPolicy needs -Priority and -RetentionDuration every time.
    expect(script).toContain("    Set-UnifiedAuditLogRetentionPolicy -Identity 'Audit log retention' -Description");
    expect(script).toMatch(/Set-UnifiedAuditLogRetentionPolicy -Identity 'Audit log retention' .*-Priority 100 -RetentionDuration 'TenYears'/);
  });

  it("creates DKIM disabled, rotates only while no selector has 2048 bits, and prints the CNAMEs to publish", () => {
    const unpublished = scriptFor((data) => (data.online.manualSteps.dkimCnamesPublished = []));
    expect(unpublished).toContain(
      [
        "$current = Get-DkimSigningConfig -Identity 'exempelkommun.se' -ErrorAction SilentlyContinue",
        "if ($null -eq $current) {",
        "    New-DkimSigningConfig -DomainName 'exempelkommun.se' -Enabled:$false -KeySize 2048",
        "    $current = Get-DkimSigningConfig -Identity 'exempelkommun.se'",
        "}",
        "if ([Math]::Max([int]$current.Selector1KeySize, [int]$current.Selector2KeySize) -lt 2048) { Rotate-DkimSigningConfig -Identity 'exempelkommun.se' -KeySize 2048 }",
        "if (-not $current.Enabled) {",
        "    Write-Warning ('DKIM for exempelkommun.se stays off until its CNAMEs are published: ' + 'selector1._domainkey.exempelkommun.se CNAME ' + $current.Selector1CNAME + ', selector2._domainkey.exempelkommun.se CNAME ' + $current.Selector2CNAME)",
        "}",
      ].join("\n"),
    );
    expect(unpublished).not.toContain("$current.KeySize");
    const published = scriptFor(everything);
    expect(published).toContain("    New-DkimSigningConfig -DomainName 'exempelkommun.se' -Enabled:$true -KeySize 2048");
    expect(published).toContain("if (-not $current.Enabled) { Set-DkimSigningConfig -Identity 'exempelkommun.se' -Enabled:$true }");
  });

  it("lists the manual steps until they are recorded, checks Customer Lockbox read-only and assigns the DEP to every mailbox", () => {
    // Customer Lockbox asked for (the example's Microsoft 365 E3 does not license it, LIC-02).
    const lockbox = scriptFor((data) => (data.online.customerLockbox = true));
    expect(lockbox).toContain("    By hand, outside this script:");
    expect(lockbox).toContain("Turn on Customer Lockbox in the Microsoft 365 admin center");
    expect(lockbox).toContain("if (-not (Get-OrganizationConfig).CustomerLockboxEnabled) {");
    expect(lockbox).not.toMatch(/-CustomerLockboxEnabled/);
    const all = scriptFor(everything);
    expect(all).not.toContain("By hand, outside this script:");
    expect(all).toContain(
      `Get-Mailbox -ResultSize Unlimited | Where-Object { "$($_.DataEncryptionPolicy)" -ne 'Customer Key mailbox DEP' } | Set-Mailbox -DataEncryptionPolicy 'Customer Key mailbox DEP'`,
    );
  });

  it("quotes strings so quotes, dollars, backticks and control characters stay literal, and keeps comments on one line", () => {
    expect(quote("it's $(Remove-Item x) `n")).toBe("'it''s $(Remove-Item x) `n'");
    expect(quote("typographic \u2019 quote")).toBe("'typographic \u2019\u2019 quote'");
    expect(quote("line\nbreak\u0000")).toBe("('line' + [char]0x0A + 'break' + [char]0x00)");
    expect(quote("\r")).toBe("('' + [char]0x0D)");
    expect(psComment("a\r\nb #> c <# d\u2028e")).toBe("a  b # > c < # d e");
    expect(literal([{ name: "EU Driver's License Number", minCount: 1 }])).toBe("@(@{ name = 'EU Driver''s License Number'; minCount = 1 })");
    expect(commandLine("Set-X", { Enabled: false, Name: "a b" })).toBe("Set-X -Enabled:$false -Name 'a b'");
    const hostile = scriptFor((data) => (data.governance.recordsAccessRoles = ["x'; Remove-Mailbox -Identity *; '"]));
    expect(hostile).toContain("-Name 'Records access x''- Remove-Mailbox -Identity -- '''");
  });

  it("is byte-identical for the same organization file, names the DMARC record to publish, and parses without an error", async () => {
    expect(scriptFor()).toBe(script);
    expect(script).toContain('_dmarc.exempelkommun.se TXT "v=DMARC1; p=reject; rua=mailto:dmarc@exempelkommun.se; ruf=mailto:dmarc@exempelkommun.se"');
    expect(script).toContain('exempelkommun.se TXT "v=spf1 include:spf.protection.outlook.com -all"');
    for (const text of [script, scriptFor(everything)]) expect((await parsePowerShell(text)).errors).toEqual([]);
  });
});

describe("the guards read what the Get- cmdlets return", () => {
  let fake: FakeExchangeOnline;
  beforeAll(async () => {
    fake = await new FakeExchangeOnline({ mailboxes: ["anna.andersson"], publishedDkimCnames: ["exempelkommun.se"] }).start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it("every $current.<property> the script reads is a property the cmdlet it came from returns", async () => {
    const document = documentFor(everything);
    const text = renderPowerShell(document);
    // Configure the fake tenant so every Get- has an item to answer with.
    const options = { tenant: "exempelkommun.onmicrosoft.com", baseUrls: fake.baseUrls, tokenProvider: async (endpoint: "exchange" | "compliance") => FAKE_TOKENS[endpoint] };
    await createM365Adapter(options).apply(document.settings);
    const client = createInvokeCommandClient(options);

    const lines = text.split("\n");
    const assignments = lines.flatMap((line, index) => {
      const match = /^\s*\$current = (Get-[A-Za-z]+)/.exec(line);
      return match ? [{ line: index + 1, cmdlet: match[1]! }] : [];
    });
    const reads = new Map<string, Set<string>>();
    for (const member of (await parsePowerShell(text)).members.filter((candidate) => candidate.variable === "current")) {
      const source = assignments.filter((assignment) => assignment.line <= member.line).at(-1);
      expect(source, `$current.${member.member} on line ${member.line}`).toBeDefined();
      reads.set(source!.cmdlet, (reads.get(source!.cmdlet) ?? new Set()).add(member.member));
    }
    expect([...reads.keys()]).toEqual(expect.arrayContaining(["Get-DkimSigningConfig", "Get-RetentionComplianceRule", "Get-UnifiedAuditLogRetentionPolicy"]));
    for (const [cmdlet, properties] of reads) {
      const spec = SECTION_SPECS.find((candidate) => candidate.get === cmdlet)!;
      const [first] = await client.invoke({ cmdlet, parameters: {}, endpoint: spec.endpoint });
      expect(first, cmdlet).toBeDefined();
      for (const property of properties) expect(Object.keys(first!), `${cmdlet} returns ${property}`).toContain(property);
    }
  });
});
