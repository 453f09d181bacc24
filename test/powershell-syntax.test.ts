// The PowerShell parser the script tests rely on: it lists commands and parameters as
// PowerShell would bind them, and reports syntax errors instead of hiding them.
import { expect, it } from "vitest";
import { parsePowerShell } from "./helpers/powershell-syntax";

it("lists each command with its parameters, switches and values", async () => {
  const parsed = await parsePowerShell(`# --- step 1: audit
if (-not (Get-Mailbox -Identity 'Kommun A' -ErrorAction SilentlyContinue)) {
  New-Mailbox -Name "x" -Enabled:$true -Count 3 -Domains 'a.se','b.se' -Force
}
`);
  expect(parsed.errors).toEqual([]);
  expect(parsed.comments).toEqual(["# --- step 1: audit"]);
  expect(parsed.commands.map((c) => c.name)).toEqual(["Get-Mailbox", "New-Mailbox"]);
  expect(parsed.commands[1]!.parameters).toEqual([
    { name: "Name", value: '"x"', valueKind: "string_literal" },
    { name: "Enabled", value: "$true", valueKind: "variable" },
    { name: "Count", value: "3", valueKind: "integer_literal" },
    { name: "Domains", value: "'a.se','b.se'", valueKind: "array" },
    { name: "Force", value: undefined, valueKind: undefined },
  ]);
});

it("reads the listed parameter names with digits, and still fails on an unlisted one", async () => {
  const listed = await parsePowerShell("Set-OrganizationConfig -OAuth2ClientProfileEnabled $true\n");
  expect(listed.errors).toEqual([]);
  expect(listed.commands[0]!.parameters).toEqual([{ name: "OAuth2ClientProfileEnabled", value: "$true", valueKind: "variable" }]);
  const unlisted = await parsePowerShell("Set-Thing -Ipv6Enabled $true\n");
  expect(unlisted.errors.length).toBeGreaterThan(0);
});

it("reports a syntax error with its line", async () => {
  const parsed = await parsePowerShell("Get-Mailbox -Identity 'a'\nif ($x { Set-Mailbox }\n");
  expect(parsed.errors.length).toBeGreaterThan(0);
  expect(parsed.errors[0]!.line).toBeGreaterThanOrEqual(2);
});

it("sees a line break in a comment turn the rest of the line into a command", async () => {
  const parsed = await parsePowerShell("# step: Kommun\nRemove-Item C:\\Data -Recurse\n");
  expect(parsed.commands.map((c) => c.name)).toEqual(["Remove-Item"]);
  expect(parsed.commands[0]!.positional).toEqual(["C:\\Data"]);
});

it("tells piped commands, splats, property reads and the script's own functions apart", async () => {
  const parsed = await parsePowerShell(`function Invoke-Step { param($Id) }
$current = Get-Mailbox -ResultSize Unlimited
Get-Mailbox | Where-Object { $_.Name -eq 'a' } | Set-Mailbox -RetentionPolicy 'p'
Connect-ExchangeOnline @connection -ShowBanner:$false
if ($current.Enabled) { Invoke-Step -Id '01' }
`);
  expect(parsed.errors).toEqual([]);
  expect(parsed.functions).toEqual(["Invoke-Step"]);
  expect(parsed.commands.map((c) => [c.name, c.piped])).toEqual([
    ["Get-Mailbox", false],
    ["Get-Mailbox", false],
    ["Where-Object", true],
    ["Set-Mailbox", true],
    ["Connect-ExchangeOnline", false],
    ["Invoke-Step", false],
  ]);
  const connect = parsed.commands.find((c) => c.name === "Connect-ExchangeOnline")!;
  expect(connect.splats).toEqual(["connection"]);
  expect(connect.parameters).toEqual([{ name: "ShowBanner", value: "$false", valueKind: "variable" }]);
  expect(parsed.members.map((m) => `${m.variable}.${m.member}`)).toEqual(["_.Name", "current.Enabled"]);
});
