// Generated PowerShell is built, never concatenated: whatever text the organization file holds,
// every script runs exactly the commands it runs for the example. The organization object is
// built in code (the loader would refuse control characters), every free-text field that
// reaches a script gets arbitrary Unicode (line breaks, CR, NUL, quotes, backticks, $(), <#,
// #>, here-string markers), and the on-prem exchange-organization.ps1, the export powershell
// script and the Microsoft365DSC configuration are parsed with tree-sitter-powershell: no
// syntax error, and the same commands, in the same order, as for the plain example.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderM365Dsc } from "../adapters/m365/m365dsc";
import { renderPowerShell } from "../adapters/m365/powershell";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import { renderOnpremScript } from "../model/exchange-onprem/render-script";
import { validateOrganization } from "../model/load";
import type { OrganizationFile } from "../model/schema";
import { exampleData } from "./helpers/example";
import { parsePowerShell } from "./helpers/powershell-syntax";

/** The example with every feature whose free text reaches a script switched on. */
function baseline(): OrganizationFile {
  const data = exampleData();
  data.sites.witness = { kind: "third-room", name: "Teknikhuset", scvmmCloud: "Exchange-Teknikhuset" };
  data.onprem.personalIdentityNumberAction = "encrypt";
  data.onprem.rightsManagement = { template: "Exempelkommun Konfidentiellt" };
  data.retention.deletionDecisions[0].contentMatchQuery = "subject:kallelse";
  return validateOrganization(data);
}

/** Every free-text field of the organization file that ends up in a generated script. */
const FREE_TEXT = 9;
function withText(texts: string[]): OrganizationFile {
  const org = structuredClone(baseline());
  const [name, decisionId, decisionWhat, query, logId, logWhat, role, witness, template] = texts as [string, string, string, string, string, string, string, string, string];
  org.organization.name = name;
  Object.assign(org.retention.deletionDecisions[0]!, { id: decisionId, what: decisionWhat, contentMatchQuery: query });
  Object.assign(org.retention.deletionDecisions[1]!, { id: `${logId} (logs)`, what: logWhat });
  // Two roles as in the example; distinct, so neither is merged into the other.
  org.governance.recordsAccessRoles = [`${role} 1`, `${role} 2`];
  org.sites.witness = { kind: "third-room", name: witness, scvmmCloud: "Exchange-Teknikhuset", clientSubnet: "10.40.1.0/24", firstServerHost: 10 };
  org.onprem.rightsManagement = { template };
  return org;
}

const NASTY = ["\n", "\r", "\r\n", "\u0000", "\u0085", "\u2028", "'", "\u2019", '"', "`", "$(Remove-Item C:\\ -Recurse)", "${x}", "<#", "#>", "@'", "'@", '@"', "; Stop-Computer", "| Out-Null", "&", "#", "{", "}", "\t", "\u00e5\u00e4\u00f6"];
const text = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NASTY) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) }), { minLength: 1, maxLength: 10 })
  .map((parts) => `x${parts.join("")}`);

/** The commands a script runs, with their parameter names; it must parse, and every line comment stay one line. */
async function commandsOf(script: string, what: string): Promise<string[]> {
  const parsed = await parsePowerShell(script);
  expect(parsed.errors, what).toEqual([]);
  expect(parsed.comments.filter((comment) => !comment.startsWith("<#") && /[\r\n]/.test(comment)), what).toEqual([]);
  return parsed.commands.map((command) => `${command.name}(${command.parameters.map((parameter) => parameter.name).join(",")})`);
}

function scripts(org: OrganizationFile): Record<string, string> {
  const online = buildExchangeOnlineDocument(org);
  return {
    "exchange-organization.ps1": renderOnpremScript(buildOnpremExchangeDocument(org)),
    "export powershell": renderPowerShell(online),
    "export m365dsc": renderM365Dsc(online),
  };
}

describe("free text from the organization file cannot change what a script runs", () => {
  it("property: the same commands as the example, and no syntax error, for arbitrary Unicode in every free-text field", async () => {
    const expected: Record<string, string[]> = {};
    for (const [what, script] of Object.entries(scripts(baseline()))) expected[what] = await commandsOf(script, what);
    expect(expected["exchange-organization.ps1"]!.length).toBeGreaterThan(100);
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: FREE_TEXT, maxLength: FREE_TEXT }), async (texts) => {
        for (const [what, script] of Object.entries(scripts(withText(texts)))) expect(await commandsOf(script, what), what).toEqual(expected[what]);
      }),
      { numRuns: 12, seed: 19 },
    );
  });

  it("keeps the exact value: a name with a line break and NUL is joined from [char] codes, not cut", () => {
    const script = renderOnpremScript(buildOnpremExchangeDocument(withText(["Kommun\nRemove-Item C:\\\u0000", "a", "b", "c", "d", "e", "f", "g", "h"])));
    expect(script).toContain("-Name ('Kommun' + [char]0x0A + 'Remove-Item C:\\' + [char]0x00 + ' retention')");
    expect(script).toContain("# Organization: Kommun Remove-Item C:\\ ;");
  });
});
