// Every cmdlet call exchange-iac emits is one Exchange accepts. For a matrix of organization
// files (the example, every optional feature on, both personal identity number actions, and
// files from the fuzz generator) every call of every generated artifact is extracted: the
// on-prem exchange-organization.ps1 and the `export powershell` script (parsed with
// tree-sitter-powershell), the `tenant plan` calls and the REST adapter's requests to the fake
// tenant. Each is checked against the cmdlet reference read from Microsoft's docs: the cmdlet
// exists in the product the call runs in, every parameter exists there, every literal value is
// an accepted one, and the parameters fit a parameter set. Planted mistakes prove the check fails.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createM365Adapter } from "../adapters/m365/adapter";
import { renderPowerShell } from "../adapters/m365/powershell";
import type { Product } from "../model/cmdlet-reference/reference";
import { cmdletReference } from "../model/cmdlet-reference/reference";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { planCalls } from "../model/exchange-online/plan";
import type { Item } from "../model/exchange-online/cmdlets";
import type { TenantSettings } from "../model/exchange-online/settings";
import { buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import { renderEdgeScript, renderOnpremScript } from "../model/exchange-onprem/render-script";
import { InputError } from "../model/input-error";
import { validateOrganization } from "../model/load";
import type { OrganizationFile } from "../model/schema";
import { runCli } from "./helpers/cli";
import { OTHER_COMMANDS, checkCall, commandCall, jsonCall, type Problem } from "./helpers/cmdlet-conformance";
import { exampleData } from "./helpers/example";
import { FAKE_TOKENS, FakeExchangeOnline } from "./helpers/fake-exchange-online";
import { parsePowerShell } from "./helpers/powershell-syntax";
import { validOrganization } from "./fuzz/organization-arbitrary";

type Data = Record<string, any>;

/** Every optional feature of both options on. */
function everythingOn(data: Data): void {
  data.organization.acceptedDomains.push("exempel.se");
  data.online.customerKey = { enabled: true };
  data.online.addOns = ["E5_COMPLIANCE", "ADVANCED_DATA_RESIDENCY"];
  data.online.advancedDataResidency = true;
  data.online.manualSteps = { customerLockboxEnabled: "2026-11-20", dkimCnamesPublished: ["exempelkommun.se", "exempel.se"], customerKeyRegistered: "2026-11-02" };
  data.onprem.modernAuthentication = "adfs";
  data.onprem.personalIdentityNumberAction = "encrypt";
  data.onprem.rightsManagement = { template: "Exempelkommun - Konfidentiellt" };
  data.retention.deletionDecisions.push({ id: "KS 2024/12", what: "Case mail", retainYears: 10, contentMatchQuery: "subject:ärende" });
}

function organization(change?: (data: Data) => void): OrganizationFile {
  const data = exampleData();
  change?.(data);
  return validateOrganization(data);
}

const MATRIX: [string, OrganizationFile][] = [
  ["the example", organization()],
  ["every optional feature on", organization(everythingOn)],
  ["personal identity numbers encrypted, no AD RMS template recorded", organization((data) => (data.onprem.personalIdentityNumberAction = "encrypt"))],
  ["no modern authentication, no deletion decisions", organization((data) => {
    data.onprem.modernAuthentication = "none";
    data.retention.deletionDecisions = [];
  })],
  // Files the fuzz generator makes, fixed by seed so a failure can be replayed; those whose
  // on-prem design fits no hosts are refused by synth (an InputError), so they are left out here.
  ...fc
    .sample(validOrganization, { numRuns: 12, seed: 13 })
    .map((data) => validateOrganization(data))
    .filter((org) => {
      try {
        buildOnpremExchangeDocument(org);
        return true;
      } catch (error) {
        if (error instanceof InputError) return false;
        throw error;
      }
    })
    .slice(0, 3)
    .map((org, index): [string, OrganizationFile] => [`fuzz file ${index + 1}`, org]),
];

const EXCHANGE_ONLINE: Product = "Exchange Online";
const SECURITY_COMPLIANCE: Product = "Security & Compliance";
const EXCHANGE_SERVER: Product = "Exchange Server SE";

/** Every command of a parsed script, checked; commands that are not Exchange cmdlets must be known others or the script's own functions. */
async function scriptProblems(script: string, productAt: (line: number, cmdlet: string) => Product, where: string): Promise<Problem[]> {
  const parsed = await parsePowerShell(script);
  const problems: Problem[] = parsed.errors.map((error) => ({ where: `${where}:${error.line}`, cmdlet: "(syntax)", message: `${error.kind} ${error.text}` }));
  for (const command of parsed.commands) {
    const at = `${where}:${command.line}`;
    if (!command.named) {
      // & $Test / & $Set run a script block passed to the script's own function; a command built from a string cannot be checked.
      if (!/^\$\w+$/.test(command.name)) problems.push({ where: at, cmdlet: command.name, message: "is a command built at run time" });
      continue;
    }
    if (command.splats.length) problems.push({ where: at, cmdlet: command.name, message: `splats @${command.splats.join(", @")}: its parameters cannot be checked` });
    if (parsed.functions.includes(command.name) || command.name in OTHER_COMMANDS) continue;
    problems.push(...checkCall(commandCall(command, productAt(command.line, command.name), where)));
  }
  return problems;
}

/**
 * The export script runs Exchange Online cmdlets until Connect-IPPSSession, Security & Compliance
 * cmdlets after it; the connection cmdlets themselves belong to the ExchangeOnlineManagement module.
 */
function exportProducts(script: string): (line: number, cmdlet: string) => Product {
  const lines = script.split("\n");
  const compliance = lines.findIndex((line) => line.includes("Connect-IPPSSession")) + 1;
  return (line, cmdlet) => (/^(Connect|Disconnect)-/.test(cmdlet) || compliance === 0 || line <= compliance ? EXCHANGE_ONLINE : SECURITY_COMPLIANCE);
}

const productOf = (endpoint: string): Product => (endpoint === "compliance" ? SECURITY_COMPLIANCE : EXCHANGE_ONLINE);

/** Current states in which one field of one item differs (each a snapshot), so every Set- and change call appears alone. */
function driftedOneField(settings: TenantSettings): TenantSettings[] {
  const all = drifted(settings) as Record<string, unknown>;
  const snapshots: TenantSettings[] = [];
  for (const [section, value] of Object.entries(settings)) {
    const items = (Array.isArray(value) ? value : [value]) as Item[];
    const changed = (Array.isArray(all[section]) ? all[section] : [all[section]]) as Item[];
    items.forEach((item, index) => {
      for (const field of Object.keys(item)) {
        if (changed[index]![field] === item[field]) continue;
        const copy = structuredClone(items);
        copy[index] = { ...item, [field]: changed[index]![field]! };
        snapshots.push({ ...settings, [section]: Array.isArray(value) ? copy : copy[0] } as TenantSettings);
      }
    });
  }
  return snapshots;
}

/** A current state in which every field of every item differs, so the planner's Set- and change calls all appear. */
function drifted(settings: TenantSettings): TenantSettings {
  const flip = (value: unknown): unknown =>
    typeof value === "boolean" ? !value : typeof value === "number" ? 1024 : Array.isArray(value) ? ["drifted@exempelkommun.se"] : typeof value === "string" ? "drifted" : value;
  const out: Record<string, unknown> = {};
  for (const [section, value] of Object.entries(settings)) {
    const change = (item: Item) => Object.fromEntries(Object.entries(item).map(([field, inner]) => [field, /^(Identity|Name|DataEncryptionPolicy)$/.test(field) ? inner : flip(inner)]));
    out[section] = Array.isArray(value) ? value.map(change) : change(value as Item);
  }
  return out as TenantSettings;
}

describe("cmdlet conformance against Microsoft's cmdlet reference", () => {
  it("the reference records where it was read: the docs commit and every cmdlet's page", () => {
    const reference = cmdletReference();
    expect(reference.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(reference.source.repository).toBe("https://github.com/MicrosoftDocs/office-docs-powershell");
    for (const [cmdlet, entry] of Object.entries(reference.cmdlets)) {
      expect(entry.url, cmdlet).toBe(`https://learn.microsoft.com/en-us/powershell/module/exchangepowershell/${cmdlet.toLowerCase()}`);
      expect(entry.parameterSets.length, cmdlet).toBeGreaterThan(0);
    }
  });

  for (const [name, org] of MATRIX) {
    it(`${name}: every call of the on-prem Exchange organization script`, async () => {
      const doc = buildOnpremExchangeDocument(org);
      expect(await scriptProblems(renderOnpremScript(doc), () => EXCHANGE_SERVER, "exchange-organization.ps1")).toEqual([]);
      // Each Edge server's own script too.
      for (const edge of doc.servers.edge) expect(await scriptProblems(renderEdgeScript(doc, edge.name), () => EXCHANGE_SERVER, `exchange-edge-${edge.name}.ps1`)).toEqual([]);
    });

    it(`${name}: every call of export powershell and of the tenant plan`, async () => {
      const document = buildExchangeOnlineDocument(org);
      const script = renderPowerShell(document);
      expect(await scriptProblems(script, exportProducts(script), "export powershell")).toEqual([]);
      const calls = [
        ...planCalls(document.settings, {}),
        ...planCalls(document.settings, drifted(document.settings)),
        ...driftedOneField(document.settings).flatMap((current) => planCalls(document.settings, current)),
      ];
      expect(calls.flatMap((call, index) => checkCall(jsonCall(call, productOf(call.endpoint), `tenant plan call ${index + 1}`)))).toEqual([]);
    });
  }

  it("every call of `tenant plan --format json`, as the CLI prints it", async () => {
    const result = await runCli(["--format", "json", "tenant", "plan"]);
    expect(result.code).toBe(0);
    const { calls } = JSON.parse(result.stdout) as { calls: { cmdlet: string; parameters: Record<string, unknown>; endpoint: string }[] };
    expect(calls.length).toBeGreaterThan(10);
    expect(calls.flatMap((call, index) => checkCall(jsonCall(call, productOf(call.endpoint), `tenant plan call ${index + 1}`)))).toEqual([]);
  });

  describe("the REST adapter's requests", () => {
    let fake: FakeExchangeOnline;
    beforeAll(async () => {
      fake = await new FakeExchangeOnline({ mailboxes: ["anna.andersson", "registrator"], publishedDkimCnames: ["exempelkommun.se", "exempel.se"] }).start();
    });
    afterAll(async () => {
      await fake.stop();
    });

    it("every request of a first apply and of an apply that fixes drift", async () => {
      const document = buildExchangeOnlineDocument(MATRIX[1]![1]);
      const adapter = createM365Adapter({ tenant: "exempelkommun.onmicrosoft.com", baseUrls: fake.baseUrls, tokenProvider: async (endpoint) => FAKE_TOKENS[endpoint] });
      await adapter.apply(document.settings);
      fake.drift("dkimSigningConfigs", "exempel.se", { Selector1KeySize: 1024, Selector2KeySize: 1024 });
      fake.drift("retentionComplianceRules", document.settings.retentionComplianceRules[0]!.Name, { RetentionDuration: "400" });
      fake.addMailbox("ny.anstalld");
      await adapter.apply(document.settings);
      const cmdlets = new Set(fake.calls.map((call) => call.cmdlet));
      for (const expected of ["New-DkimSigningConfig", "Rotate-DkimSigningConfig", "Set-Mailbox", "New-DataEncryptionPolicy", "Get-UnifiedAuditLogRetentionPolicy"]) expect(cmdlets).toContain(expected);
      expect(fake.calls.flatMap((call, index) => checkCall(jsonCall(call, productOf(call.endpoint), `request ${index + 1}`)))).toEqual([]);
    });
  });

  describe("fails on a planted mistake", () => {
    const exampleScript = renderOnpremScript(buildOnpremExchangeDocument(MATRIX[0]![1]));
    const exportScript = renderPowerShell(buildExchangeOnlineDocument(MATRIX[0]![1]));

    it("an unknown parameter or cmdlet", async () => {
      const planted = exampleScript.replace("Set-OrganizationConfig -MitigationsEnabled $true", "Set-OrganizationConfig -MitigationsEnabled $true -MitigationsTurbo $true");
      expect((await scriptProblems(planted, () => EXCHANGE_SERVER, "planted")).map((p) => p.message)).toEqual(["has no parameter -MitigationsTurbo"]);
      const unknown = exportScript.replace("Set-TransportConfig ", "Set-TransportConfiguration ");
      expect((await scriptProblems(unknown, exportProducts(unknown), "planted")).map((p) => p.message)).toEqual(["is not a cmdlet in Microsoft's cmdlet reference"]);
    });

    it("a parameter or cmdlet of another product", async () => {
      // MitigationsEnabled is an Exchange Server setting; Set-DataEncryptionPolicy exists only in Exchange Online.
      const planted = exportScript.replace("Set-TransportConfig ", "Set-OrganizationConfig -MitigationsEnabled:$true\nSet-TransportConfig ");
      expect((await scriptProblems(planted, exportProducts(planted), "planted")).map((p) => p.message)).toEqual([
        "-MitigationsEnabled is not a parameter in Exchange Online (it is for Exchange Server SE)",
      ]);
      const wrongEndpoint = checkCall(jsonCall({ cmdlet: "New-DlpCompliancePolicy", parameters: { Name: "x", ExchangeLocation: ["All"] } }, EXCHANGE_ONLINE, "planted"));
      expect(wrongEndpoint.map((p) => p.message)).toEqual(["is not available in Exchange Online (it is for Security & Compliance)", "-Name is not a parameter in Exchange Online (it is for Security & Compliance)", "-ExchangeLocation is not a parameter in Exchange Online (it is for Security & Compliance)"]);
    });

    it("a value outside the accepted ones", () => {
      const planted = checkCall(jsonCall({ cmdlet: "New-UnifiedAuditLogRetentionPolicy", parameters: { Name: "Audit", Priority: 100, RetentionDuration: "ThreeYears" } }, SECURITY_COMPLIANCE, "planted"));
      expect(planted.map((p) => p.message)).toEqual(['-RetentionDuration "ThreeYears" is not an accepted value (ThreeMonths, SixMonths, NineMonths, TwelveMonths, TenYears)']);
    });

    it("a combination that fits no parameter set, and a lookup the cmdlet cannot do", async () => {
      const noSet = checkCall(jsonCall({ cmdlet: "Set-DataEncryptionPolicy", parameters: { Identity: "DEP", PermanentDataPurgeContact: "it@exempelkommun.se" } }, EXCHANGE_ONLINE, "planted"));
      expect(noSet.map((p) => p.message)).toEqual([expect.stringMatching(/^-Identity -PermanentDataPurgeContact fit none of its parameter sets/)]);
      const identity = exportScript.replace("Get-UnifiedAuditLogRetentionPolicy | Where-Object { $_.Name -eq 'Audit log retention' }", "Get-UnifiedAuditLogRetentionPolicy -Identity 'Audit log retention'");
      expect(identity).not.toBe(exportScript);
      expect((await scriptProblems(identity, exportProducts(identity), "planted")).map((p) => p.message)).toContain("has no parameter -Identity");
    });
  });
});
