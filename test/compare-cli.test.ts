// `exchange-iac compare`: the three reports, their content, determinism and progress.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { RISK_DIMENSIONS, DATA_KINDS, type Comparison } from "../report/model";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";

const AS_OF = "2026-11-26";
const outDir = () => mkdtempSync(join(tmpdir(), "exchange-iac-compare-"));
const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");
const savedCi = process.env.CI;
afterEach(() => {
  if (savedCi === undefined) delete process.env.CI;
  else process.env.CI = savedCi;
});

describe("compare on the example", () => {
  let dir: string;
  let result: Awaited<ReturnType<typeof runCli>>;
  let comparison: Comparison;
  beforeAll(async () => {
    process.env.CI = "false";
    dir = outDir();
    result = await runCli(["--lang", "en", "compare", "--out", dir, "--as-of", AS_OF]);
    comparison = JSON.parse(read(dir, "comparison.json"));
  });

  it("writes comparison.md, .json and .html, the technical annex apart, and says so", () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote .*comparison\.md\nwrote .*comparison\.json\nwrote .*comparison\.html\nwrote .*comparison-technical\.md\nwrote .*comparison-technical\.html\n$/);
    expect(read(dir, "comparison.md")).toContain("## Proposed decision");
    expect(read(dir, "comparison.html")).toContain('<html lang="en">');
    expect(read(dir, "comparison.html")).toMatch(/^<!DOCTYPE html>/);
  });

  it("reports progress per stage on stderr", () => {
    expect(result.stderr).toMatch(/\[1\] synthesizing onprem and online stack\(s\)\.\.\.\n\[2\] running the policy catalog/);
  });

  it("records the as-of date and holds, per option, resources by type, TCO per year and findings by severity", () => {
    expect(comparison.asOf).toBe(AS_OF);
    expect(comparison.options.map((o) => o.option)).toEqual(["onprem", "online"]);
    const [onprem, online] = comparison.options as [Comparison["options"][0], Comparison["options"][0]];
    // The example sizes 6 mailbox servers and 2 Edge servers, each an Arc machine; the witness is an Azure VM.
    expect(onprem.resources.byType.azurerm_arc_machine).toBe(8);
    expect(onprem.resources.byType.azurerm_windows_virtual_machine).toBe(1);
    expect(online.resources.byType.azurerm_sentinel_data_connector_office_365).toBe(1);
    expect(onprem.resources.total).toBe(Object.values(onprem.resources.byType).reduce((a, b) => a + b, 0));
    for (const o of comparison.options) {
      expect(o.cost.perYear).toHaveLength(comparison.years);
      expect(o.cost.cumulative.at(-1)).toBe(o.cost.perYear.reduce((a, b) => a + b, 0));
      expect(Math.abs(o.cost.tco - o.cost.cumulative.at(-1)!)).toBeLessThanOrEqual(2);
      expect(Object.keys(o.findings.bySeverity).sort()).toEqual(["error", "warning"]);
      expect(o.findings.bySeverity.error + o.findings.bySeverity.warning).toBe(o.findings.list.length);
    }
    // The on-prem build is a one-off investment in year 1.
    expect(onprem.cost.perYear[0]).toBeGreaterThan(onprem.cost.perYear[1]!);
    expect(comparison.cheaper.bySEK).toBe(Math.abs(onprem.cost.tco - online.cost.tco));
  });

  it("maps every kind of data, with CLOUD Act exposure of the US provider even in an EU region", () => {
    for (const o of comparison.options) expect(o.dataLocation.map((d) => d.data)).toEqual([...DATA_KINDS]);
    const mail = (option: string) => comparison.options.find((o) => o.option === option)!.dataLocation.find((d) => d.data === "mail-content")!;
    expect(mail("online")).toMatchObject({ cloudActExposure: true, jurisdictions: ["EU", "US (CLOUD Act)"] });
    expect(mail("onprem")).toMatchObject({ cloudActExposure: false, jurisdictions: ["SE"] });
    const onpremLogs = comparison.options[0]!.dataLocation.find((d) => d.data === "logs")!;
    expect(onpremLogs.location).toContain("log-exempelkommun-exchange-onprem (swedencentral)");
    expect(onpremLogs.jurisdictions).toEqual(["SE", "US (CLOUD Act)"]);
  });

  it("scores every risk dimension from 1 to 5 with the reasons shown", () => {
    for (const o of comparison.options) {
      expect(o.risk.map((r) => r.dimension)).toEqual([...RISK_DIMENSIONS]);
      for (const r of o.risk) {
        expect(r.score).toBeGreaterThanOrEqual(1);
        expect(r.score).toBeLessThanOrEqual(5);
        expect(r.reasons.length).toBeGreaterThan(0);
        expect(r.score).toBe(Math.min(5, Math.round((1 + r.reasons.reduce((t, x) => t + x.points, 0)) * 10) / 10));
      }
    }
    const reasons = (option: string, dimension: string) => comparison.options.find((o) => o.option === option)!.risk.find((r) => r.dimension === dimension)!.reasons.map((r) => r.fact).join("\n");
    expect(reasons("online", "availability")).toContain("99.9 % monthly SLA");
    expect(reasons("onprem", "availability")).toContain("both server rooms are in one building");
    expect(reasons("onprem", "technical")).toMatch(/9 maintenance passes a year over 8 Exchange servers = 72 server updates a year/);
    expect(reasons("online", "legal")).toContain("US jurisdiction");
  });

  it("is byte-identical on a second run", async () => {
    const again = outDir();
    expect((await runCli(["--lang", "en", "compare", "--out", again, "--as-of", AS_OF])).code).toBe(0);
    for (const name of ["comparison.md", "comparison.json", "comparison.html"]) expect(read(again, name)).toBe(read(dir, name));
  });
});

describe("compare derives scores from the configuration", () => {
  it("lowers on-prem availability when the rooms are independent and the witness is in a third room", async () => {
    const config = tempFile(
      "independent.yaml",
      exampleWith((d) => {
        d.sites.sharedBuilding = false;
        d.sites.sharedPower = false;
        d.sites.sharedNetwork = false;
        d.sites.witness = { kind: "third-room", name: "Vattenverket" };
      }),
    );
    const [base, changed] = [outDir(), outDir()];
    await runCli(["--lang", "en", "--format", "json", "compare", "--out", base, "--as-of", AS_OF]);
    await runCli(["--lang", "en", "--config", config, "--format", "json", "compare", "--out", changed, "--as-of", AS_OF]);
    const availability = (dir: string) => (JSON.parse(read(dir, "comparison.json")) as Comparison).options[0]!.risk.find((r) => r.dimension === "availability")!;
    expect(availability(changed).score).toBeLessThan(availability(base).score);
    expect(availability(changed).reasons.map((r) => r.fact)).toContain("the DAG witness is in a third room (Vattenverket)");
  });

  it("is quiet with --format json and prints the files written", async () => {
    process.env.CI = "false";
    const dir = outDir();
    const result = await runCli(["--format", "json", "compare", "--out", dir, "--as-of", AS_OF]);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout).written).toHaveLength(5);
  });

  it("is quiet in CI (CI=true)", async () => {
    process.env.CI = "true";
    const result = await runCli(["compare", "--out", outDir(), "--as-of", AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
  });

  it("refuses a malformed --as-of with exit 2", async () => {
    const result = await runCli(["compare", "--out", outDir(), "--as-of", "26/11/2026"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: --as-of: received "26/11/2026"; expected a date written YYYY-MM-DD\n');
  });
});
