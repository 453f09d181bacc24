// `onprem drift`: a fake export of the running organization against the example's organization
// file. No drift -> exit 0; one injected drift -> exit 1 naming the setting and its field; a file
// that is not an export -> exit 2 naming what is wrong. The export script only reads.
import { describe, expect, it } from "vitest";
import { buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import { CURRENT_SCHEMA, renderExportScript, watchedSettings } from "../model/exchange-onprem/drift";
import { runCli, tempFile } from "./helpers/cli";
import { EXAMPLE_CONFIG } from "../model/example-config";
import { loadOrganizationFile } from "../model/load";
import { parsePowerShell } from "./helpers/powershell-syntax";

const settings = watchedSettings(buildOnpremExchangeDocument(loadOrganizationFile(EXAMPLE_CONFIG)));
/** What the export script would write for an organization exactly as declared. */
const asDeclared = (): Record<string, unknown> => Object.fromEntries(settings.map((s) => [s.id, s.declared]));
const exportFile = (values: Record<string, unknown>, schema = CURRENT_SCHEMA) =>
  tempFile("current.json", `\uFEFF${JSON.stringify({ schema, exportedAt: "2026-12-07T06:00:00Z", settings: values })}`);
const drift = (file: string, format = "text") => runCli(["--lang", "en", "--format", format, "onprem", "drift", "--current", file]);

describe("onprem drift", () => {
  it("exits 0 when every watched setting matches the organization file", async () => {
    const result = await drift(exportFile(asDeclared()));
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(`On-prem Exchange drift: No drift: all ${settings.length} watched settings match the organization file.\nCurrent values exported 2026-12-07T06:00:00Z.\n`);
    expect(result.code).toBe(0);
  });

  it("exits 1 on an injected drift, naming the setting, both values and the organization-file field", async () => {
    const result = await drift(exportFile({ ...asDeclared(), "adminAuditLog.ageLimitDays": 90, "remoteDomain.default.autoForwardEnabled": true }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("2 of");
    expect(result.stdout).toContain("  adminAuditLog.ageLimitDays: declared 731, found 90; organization file: retention.auditLogRetentionDays\n");
    expect(result.stdout).toContain("  remoteDomain.default.autoForwardEnabled: declared false, found true; organization file: none, exchange-iac always declares it (EXO-01)\n");
  });

  it("compares names regardless of case and lists as sets", async () => {
    const values = asDeclared();
    values["dag.members"] = [...(values["dag.members"] as string[])].reverse().map((name) => name.toUpperCase());
    expect((await drift(exportFile(values))).code).toBe(0);
    values["dag.members"] = (values["dag.members"] as string[]).slice(1);
    const result = await drift(exportFile(values), "json");
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).drifted).toEqual([expect.objectContaining({ id: "dag.members", field: "onprem.mailboxServers" })]);
  });

  it("writes a markdown job summary", async () => {
    const result = await drift(exportFile({ ...asDeclared(), "transport.safetyNetHoldDays": 1 }), "markdown");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("| transport.safetyNetHoldDays | 7 | 1 | onprem.dag.replayLagDays |");
  });

  it("exits 2 on a file that is not this organization's export, naming the field", async () => {
    const missing = asDeclared();
    delete missing["dag.witnessDirectory"];
    const cases: [string, string][] = [
      [exportFile(missing), "settings.dag.witnessDirectory: received nothing"],
      [exportFile(asDeclared(), "something/else"), 'schema: received "something/else"'],
      [tempFile("broken.json", "{"), "--current: received"],
    ];
    for (const [file, message] of cases) {
      const result = await drift(file);
      expect(result.code, message).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("exports with a script that parses and calls only read cmdlets", async () => {
    const parsed = await parsePowerShell(renderExportScript(buildOnpremExchangeDocument(loadOrganizationFile(EXAMPLE_CONFIG))));
    expect(parsed.errors).toEqual([]);
    const verbs = new Set(parsed.commands.filter((c) => c.named).map((c) => c.name.split("-")[0]));
    expect([...verbs].sort()).toEqual(["ConvertTo", "ForEach", "Get", "Measure", "New", "Sort", "Where"]);
    expect(parsed.commands.filter((c) => c.name.startsWith("New-")).map((c) => c.positional[0])).toEqual(["System.Text.UTF8Encoding"]);
  });
});
