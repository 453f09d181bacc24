// Property-based tests (fast-check): random valid organization files never crash the loader
// or any command, random invalid ones always exit 2 naming the field of the mistake. Over
// 1,000 cases run here (the loader cheaply, the commands with fewer cases, the synth/check/
// compare pipeline with the fewest); `npm run fuzz` runs the same properties many more times.
// Generators: test/fuzz/organization-arbitrary.ts; properties: test/fuzz/properties.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../model/input-error";
import { parseOrganization } from "../model/load";
import {
  FAST_COMMANDS,
  PIPELINE_COMMANDS,
  commandsRefuseInvalidFiles,
  commandsSurviveValidFiles,
  loaderAcceptsValidFiles,
  loaderNamesTheField,
  loaderNeverThrowsAnythingElse,
  type Tally,
} from "./fuzz/properties";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

// A fixed seed keeps `npm test` reproducible; `npm run fuzz` draws new seeds (and prints them).
const SEED = 20261126;

describe("organization loader (property-based)", () => {
  it("loads 300 random valid files, as YAML and as JSON", () => {
    fc.assert(loaderAcceptsValidFiles, { numRuns: 300, seed: SEED });
  });

  it("refuses 500 random invalid files with an InputError naming the field", () => {
    fc.assert(loaderNamesTheField, { numRuns: 500, seed: SEED });
  });

  it("gives a result or an InputError for 400 random texts and JSON values, never another exception", () => {
    fc.assert(loaderNeverThrowsAnythingElse, { numRuns: 400, seed: SEED });
  });
});

describe("commands on random files (property-based)", () => {
  it("sizing, tenant plan, export and cost survive 40 random valid files", async () => {
    const tally: Tally = { runs: 0, byCode: {} };
    await fc.assert(commandsSurviveValidFiles(FAST_COMMANDS, tally), { numRuns: 40, seed: SEED });
    expect(tally.runs).toBe(40 * FAST_COMMANDS.length);
    // Most generated files are buildable: the property is not passing on refusals alone.
    const ok = Object.entries(tally.byCode).filter(([key]) => key.endsWith(" 0")).reduce((sum, [, n]) => sum + n, 0);
    expect(ok / tally.runs).toBeGreaterThan(0.5);
  }, 60_000);

  it("synth, check and compare survive 8 random valid files", async () => {
    const tally: Tally = { runs: 0, byCode: {} };
    await fc.assert(commandsSurviveValidFiles(PIPELINE_COMMANDS, tally), { numRuns: 8, seed: SEED });
    expect(tally.runs).toBe(8 * PIPELINE_COMMANDS.length);
    // Some files go all the way through compare (not only refusals at load or sizing).
    expect(tally.byCode["compare 0"] ?? 0).toBeGreaterThan(0);
  }, 60_000);

  it("every command exits 2 naming the field for 12 random invalid files", async () => {
    await fc.assert(commandsRefuseInvalidFiles([...FAST_COMMANDS, ...PIPELINE_COMMANDS]), { numRuns: 12, seed: SEED });
  }, 60_000);
});

describe("bugs the properties found (kept as examples)", () => {
  it("an alias to an undefined YAML anchor is exit 2, not a ReferenceError", async () => {
    expect(() => parseOrganization("*!", "org.yaml")).toThrow(InputError);
    const result = await runCli(["--config", tempFile("org.yaml", "organization: *missing\n"), "sizing"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: \S*org\.yaml: \(file\): received text that YAML cannot resolve; expected well-formed YAML/);
  });

  it("a decision on logs longer than Exchange Online keeps audit records is exit 2 naming it, not a RangeError", async () => {
    const config = tempFile(
      "org.yaml",
      exampleWith((data) => data.retention.deletionDecisions.push({ id: "KS 1", what: "Audit logs", retainYears: 12, appliesTo: "logs" })),
    );
    for (const command of [["tenant", "plan"], ["export", "powershell"], ["synth", "--out", `${config}.out`]]) {
      const result = await runCli(["--config", config, ...command]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: \S*org\.yaml: retention\.deletionDecisions\.2\.retainYears: received 12; expected at most 10 years/);
    }
  });

  it("an http OIDC issuer or a blank subject is exit 2 naming the field, not an Error from the construct", async () => {
    for (const [field, value] of [["issuer", "http://token.example.org"], ["subject", "  "]] as const) {
      const config = tempFile("org.yaml", exampleWith((data) => (data.identity.automation.federatedCredential[field] = value)));
      const result = await runCli(["--config", config, "check", "--as-of", "2026-11-01"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^error: \\S*org\\.yaml: identity\\.automation\\.federatedCredential\\.${field}: received "`));
    }
  });

  it("a records-access role listed twice is one group, and a country that is no code is exit 2, not an Error", async () => {
    const twice = tempFile("org.yaml", exampleWith((data) => (data.governance.recordsAccessRoles = ["Registrator", "Arkivarie", "Registrator"])));
    const json = await runCli(["--config", twice, "--format", "json", "check", "--as-of", "2026-11-01"]);
    expect(json.code).toBe(0);
    const country = tempFile(
      "org.yaml",
      exampleWith((data) => {
        data.organization.country = "s1";
        delete data.identity.allowedSignInCountries;
      }),
    );
    const result = await runCli(["--config", country, "check", "--as-of", "2026-11-01"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: \S*org\.yaml: organization\.country: received "s1"; expected an ISO 3166-1 alpha-2 code/);
  });

  it("a tenant program stopped half-way does not break the next run in the same process", async () => {
    // Pulumi's late registrations of the stopped program used to reach the next run's mocks
    // and kill the process with an unhandled "unknown resource" (vitest fails on those too).
    const config = tempFile(
      "org.yaml",
      exampleWith((data) => data.retention.deletionDecisions.push({ id: "KS 1", what: "Audit logs", retainYears: 12, appliesTo: "logs" })),
    );
    for (const command of [["check"], ["check"], ["compare", "--out", `${config}.out`], ["check"]]) {
      expect((await runCli(["--config", config, "--format", "json", ...command, "--as-of", "2026-11-01"])).code).toBe(2);
    }
    const next = await runCli(["--format", "json", "check", "--as-of", "2026-11-01"]);
    expect(JSON.parse(next.stdout).blocking).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
});
