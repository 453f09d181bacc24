// The example has no errors, and its warnings are the municipality's real situation. Mutated
// copies of it, each with one realistic mistake, fail `exchange-iac check` with the rule ID
// the mistake breaks (exit 1).
import { describe, expect, it } from "vitest";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";
import { AS_OF } from "./helpers/policy";

interface Reported {
  ruleId: string;
  option: string;
  severity: string;
  blocking: boolean;
}

async function check(text: string, option = "both"): Promise<{ code: number; findings: Reported[]; stderr: string }> {
  const result = await runCli(["--config", tempFile("org.yaml", text), "--format", "json", "check", "--option", option, "--as-of", AS_OF]);
  return { code: result.code, findings: result.code === 2 ? [] : JSON.parse(result.stdout).findings, stderr: result.stderr };
}

describe("the built-in example", () => {
  it("has no errors; its warnings are the shared town-hall site, residency, Customer Key, on-prem DLP coverage, the on-prem deployment's open prerequisites, the missing OSL assessment (incoming mail) and deletion of all mail", async () => {
    const { code, findings } = await check(exampleWith(() => {}));
    expect(code).toBe(0);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    // Nothing is deployed yet, so every prerequisite of the first on-prem deployment is open (docs/onprem.md, "First deployment").
    const prerequisites = ["DEP-01", "DEP-02", "DEP-03", "DEP-05", "DEP-07", "DEP-08", "DEP-09"].map((id) => `onprem:${id}`);
    expect(findings.map((f) => `${f.option}:${f.ruleId}`).sort()).toEqual(["online:GOV-03", "online:ONL-01", "online:ONL-02", "online:ONL-03", "online:RET-01", "onprem:RET-01", "onprem:DLP-02", ...prerequisites, "onprem:ONP-03"].sort());
  });
});

const mutations: { name: string; option: string; change: (d: Record<string, any>) => void; expected: string }[] = [
  { name: "no DPIA recorded", option: "online", change: (d) => delete d.governance.dpia, expected: "GOV-04" },
  { name: "säkerhetsskydd allowed in e-mail", option: "onprem", change: (d) => (d.classification.maxConfidentialityInEmail = 4), expected: "GOV-02" },
  {
    name: "confidentiality 3 at a US provider without an OSL assessment",
    option: "online",
    change: (d) => {
      d.classification.maxConfidentialityInEmail = 3;
      d.classification.email.confidentiality = 3;
    },
    expected: "GOV-03",
  },
  { name: "a runbook that misses the CSIRT 72-hour notification", option: "onprem", change: (d) => (d.governance.incidentRunbook.csirtNotificationHours = 96), expected: "GOV-08" },
  { name: "SCC without a transfer impact assessment", option: "online", change: (d) => (d.governance.transferBasis = { mechanism: "scc" }), expected: "GOV-06" },
  { name: "staying on Exchange 2019", option: "onprem", change: (d) => (d.onprem.exchangeVersion = "2019"), expected: "ONP-01" },
  { name: "too little host storage for the databases", option: "onprem", change: (d) => (d.onprem.hosts.usableStorageTBPerRoom = 5), expected: "ONP-12" },
  { name: "host storage with less than 20 % free", option: "onprem", change: (d) => (d.onprem.hosts.usableStorageTBPerRoom = 40), expected: "ONP-06" },
  { name: "no restore test for two years", option: "onprem", change: (d) => (d.onprem.backup.lastRestoreTest = "2024-10-01"), expected: "ONP-07" },
  { name: "tenant data in the US", option: "online", change: (d) => (d.online.dataLocation = "US"), expected: "ONL-01" },
  { name: "leavers' mailboxes deleted with the account", option: "onprem", change: (d) => (d.retention.leaverMailboxes = "delete"), expected: "RET-02" },
  { name: "only one role may search, export and hold", option: "online", change: (d) => (d.governance.recordsAccessRoles = ["Registrator"]), expected: "RET-03" },
  { name: "twelve Global Administrators", option: "online", change: (d) => (d.identity.globalAdministrators = 12), expected: "IAM-04" },
];

describe("mutated copies of the example fail with the expected rule ID", () => {
  for (const { name, option, change, expected } of mutations) {
    it(`${expected}: ${name}`, async () => {
      const { code, findings } = await check(exampleWith(change), option);
      expect(code).toBe(1);
      expect(findings.filter((f) => f.blocking).map((f) => f.ruleId)).toContain(expected);
    });
  }
});

describe("exchange-iac synth enforces the stack rules", () => {
  it("exits 1 naming ONP-12 and leaves no output when the hosts cannot hold the disks", async () => {
    const out = `${tempFile("marker", "")}-out`;
    const result = await runCli(["--config", tempFile("org.yaml", exampleWith((d) => (d.onprem.hosts.usableStorageTBPerRoom = 5))), "synth", "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("[ONP-12]");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const { existsSync } = await import("node:fs");
    expect(existsSync(out)).toBe(false);
  });
});
