// The PowerShell output: Connect-ExchangeOnline for the Exchange cmdlets, Connect-IPPSSession
// for Security & Compliance, every item guarded so a second run changes nothing, and every
// string quoted so that no value can break out of its literal.
import { describe, expect, it } from "vitest";
import { commandLine, psString as quote, psValue as literal } from "../model/powershell";
import { renderPowerShell } from "../adapters/m365/powershell";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { validateOrganization } from "../model/load";
import { exampleData } from "./helpers/example";

function scriptFor(change?: (data: Record<string, any>) => void) {
  const data = exampleData();
  change?.(data);
  return renderPowerShell(buildExchangeOnlineDocument(validateOrganization(data)));
}

describe("PowerShell output", () => {
  const script = scriptFor();

  it("connects to Exchange Online for Exchange cmdlets and to Security & Compliance for Purview cmdlets", () => {
    const exchange = script.indexOf("Connect-ExchangeOnline @connection");
    const compliance = script.indexOf("Connect-IPPSSession @connection");
    expect(exchange).toBeGreaterThan(0);
    expect(compliance).toBeGreaterThan(exchange);
    expect(script.indexOf("Set-TransportConfig -SmtpClientAuthenticationDisabled:$true -AllowLegacyTLSClients:$false")).toBeGreaterThan(exchange);
    expect(script.indexOf("Set-TransportConfig")).toBeLessThan(compliance);
    expect(script.indexOf("New-DlpCompliancePolicy")).toBeGreaterThan(compliance);
    expect(script.trimEnd().endsWith("Disconnect-ExchangeOnline -Confirm:$false")).toBe(true);
  });

  it("guards each named item with its Get- cmdlet so the script can run again", () => {
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
    expect(script).toContain("    if ($current.KeySize -ne 2048) { Rotate-DkimSigningConfig -Identity 'exempelkommun.se' -KeySize 2048 }");
  });

  it("quotes strings so quotes, dollars and backticks stay literal", () => {
    expect(quote("it's $(Remove-Item x) `n")).toBe("'it''s $(Remove-Item x) `n'");
    expect(quote("typographic \u2019 quote")).toBe("'typographic \u2019\u2019 quote'");
    expect(literal([{ name: "EU Driver's License Number", minCount: 1 }])).toBe("@(@{ name = 'EU Driver''s License Number'; minCount = 1 })");
    expect(commandLine("Set-X", { Enabled: false, Name: "a b" })).toBe("Set-X -Enabled:$false -Name 'a b'");
    const hostile = scriptFor((data) => (data.governance.recordsAccessRoles = ["x'; Remove-Mailbox -Identity *; '"]));
    expect(hostile).toContain("-Name 'Records access x''- Remove-Mailbox -Identity -- '''");
  });

  it("is byte-identical for the same organization file and names the DMARC record to publish", () => {
    expect(scriptFor()).toBe(script);
    expect(script).toContain('_dmarc.exempelkommun.se TXT "v=DMARC1; p=reject; rua=mailto:dmarc@exempelkommun.se"');
  });
});
