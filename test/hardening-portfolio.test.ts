// Issue 8, many organizations: `--config <directory>` handles every organization file in it,
// one stack pair per organization plus a portfolio summary, each organization exactly as if
// it had been run alone; a bad file stops the run naming the file and the field.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import type { Comparison } from "../report/model";
import type { Portfolio } from "../report/portfolio/summary";
import { formatFor } from "../i18n/format";
import { generatedOrganization, writeGeneratedOrganizations } from "../scripts/bench-organizations";
import { runCli } from "./helpers/cli";
import { exampleWith } from "./helpers/example";
import { readTree } from "./helpers/tree";

const AS_OF = "2026-11-26";
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `exchange-iac-portfolio-${name}-`));
const json = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8"));

/** Two generated organizations, a JSON one (sorted after them) and files that are not organizations. */
function portfolioDirectory(): string {
  const dir = writeGeneratedOrganizations(fresh("orgs"), 2);
  writeFileSync(join(dir, "Zeta Kommun.json"), JSON.stringify(generatedOrganization(7)));
  writeFileSync(join(dir, "README.md"), "# not an organization file\n");
  mkdirSync(join(dir, "archive"));
  writeFileSync(join(dir, "archive", "old.yaml"), "not: read\n");
  return dir;
}

describe("synth --config <directory>", () => {
  it("writes one stack pair per organization, each byte-identical to synthesizing that file alone", async () => {
    const dir = portfolioDirectory();
    const out = fresh("synth");
    const result = await runCli(["--config", dir, "--format", "json", "synth", "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    const tree = readTree(out);
    for (const slug of ["kommun-01", "kommun-02", "zeta-kommun"]) {
      for (const file of ["stacks/onprem/cdk.tf.json", "stacks/onprem/exchange-organization.ps1", "stacks/online/cdk.tf.json"]) expect(tree.has(`${slug}/${file}`), `${slug}/${file}`).toBe(true);
    }
    expect([...tree.keys()].some((path) => path.startsWith("archive") || path.startsWith("readme"))).toBe(false);
    // All but the three manifest.json and the output markers (one per folder, one for the whole).
    expect(JSON.parse(result.stdout).written).toHaveLength([...tree.keys()].filter((path) => !path.endsWith(".exchange-iac-output")).length - 3);

    // The third organization, run alone after two others in the same process, gives the same bytes.
    const alone = fresh("alone");
    expect((await runCli(["--config", join(dir, "Zeta Kommun.json"), "synth", "--out", alone])).code).toBe(0);
    for (const [path, bytes] of readTree(alone)) expect(bytes.equals(tree.get(`zeta-kommun/${path}`)!), path).toBe(true);
    // Organizations differ where their files differ (sizes, names).
    expect(tree.get("kommun-01/stacks/onprem/cdk.tf.json")!.equals(tree.get("kommun-02/stacks/onprem/cdk.tf.json")!)).toBe(false);
  });
});

describe("compare --config <directory>", () => {
  let dir: string;
  let out: string;
  let portfolio: Portfolio;
  let stdout: string;
  beforeAll(async () => {
    dir = portfolioDirectory();
    out = fresh("compare");
    const result = await runCli(["--config", dir, "--format", "json", "compare", "--out", out, "--as-of", AS_OF]);
    expect(result.code, result.stderr).toBe(0);
    stdout = result.stdout;
    portfolio = json(join(out, "portfolio.json"));
  });

  it("writes each organization's five reports in its folder and the portfolio summary beside them", () => {
    const tree = readTree(out);
    expect([...tree.keys()]).toEqual([
      "kommun-01/comparison-technical.html",
      "kommun-01/comparison-technical.md",
      "kommun-01/comparison.html",
      "kommun-01/comparison.json",
      "kommun-01/comparison.md",
      "kommun-02/comparison-technical.html",
      "kommun-02/comparison-technical.md",
      "kommun-02/comparison.html",
      "kommun-02/comparison.json",
      "kommun-02/comparison.md",
      "portfolio.html",
      "portfolio.json",
      "portfolio.md",
      "zeta-kommun/comparison-technical.html",
      "zeta-kommun/comparison-technical.md",
      "zeta-kommun/comparison.html",
      "zeta-kommun/comparison.json",
      "zeta-kommun/comparison.md",
    ]);
    expect(JSON.parse(stdout).written).toHaveLength(18);
  });

  it("summarizes every organization in file order with the figures of its own comparison", () => {
    expect(portfolio.organizations.map((row) => [row.file, row.organization])).toEqual([
      ["kommun-01.yaml", "Kommun 01"],
      ["kommun-02.yaml", "Kommun 02"],
      ["Zeta Kommun.json", "Kommun 08"],
    ]);
    for (const row of portfolio.organizations) {
      const comparison = json<Comparison>(join(out, row.slug, "comparison.json"));
      expect(row.cheaper).toEqual(comparison.cheaper);
      for (const option of comparison.options) {
        expect(row.options[option.option].tco).toBe(option.cost.tco);
        expect(row.options[option.option].blockingFindings).toBe(option.findings.blocking);
        const highest = Math.max(...option.risk.map((r) => r.score));
        if (highest > 1) expect(row.options[option.option].topRisks[0]!.score).toBe(highest);
        expect(row.options[option.option].topRisks.length).toBeLessThanOrEqual(3);
      }
    }
    expect(portfolio.totals.tco.onprem).toBe(portfolio.organizations.reduce((sum, row) => sum + row.options.onprem.tco, 0));
    expect(portfolio.totals.cheaper.onprem + portfolio.totals.cheaper.online).toBe(3);
    // Different sizes give different costs: the summary is not one organization repeated.
    expect(new Set(portfolio.organizations.map((row) => row.options.online.tco)).size).toBe(3);
  });

  it("gives each organization the same comparison as running compare on its file alone", async () => {
    const alone = fresh("alone");
    expect((await runCli(["--config", join(dir, "kommun-02.yaml"), "compare", "--out", alone, "--as-of", AS_OF])).code).toBe(0);
    for (const name of ["comparison.json", "comparison.md", "comparison.html"]) expect(readFileSync(join(alone, name), "utf8")).toBe(readFileSync(join(out, "kommun-02", name), "utf8"));
  });

  it("renders the summary table in markdown and in a self-contained HTML page", () => {
    const markdown = readFileSync(join(out, "portfolio.md"), "utf8");
    const first = portfolio.organizations[0]!;
    // Swedish organizations: a Swedish summary, amounts in Swedish format (formatFor("sv")).
    const kr = formatFor("sv").kr;
    const short = { onprem: "lokal drift", online: "Exchange Online" };
    expect(markdown).toContain("| Organisation | Fil | Rekommenderas | Billigast | Skillnad | Total kostnad lokal drift | Blockerande lokal drift | Högsta risker lokal drift | Total kostnad Exchange Online | Blockerande Exchange Online | Högsta risker Exchange Online | Underlag |");
    expect(markdown).toContain(`| Kommun 01 | kommun-01.yaml | ${short[first.recommended]} | ${short[first.cheaper.option]} | ${kr(first.cheaper.bySEK)} | ${kr(first.options.onprem.tco)} |`);
    expect(markdown).toContain("kommun-01/comparison.md");
    const html = readFileSync(join(out, "portfolio.html"), "utf8");
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain("<td>Kommun 08</td><td>Zeta Kommun.json</td>");
    expect(html).toContain('<html lang="sv">');
  });
});

describe("a directory with a bad organization file", () => {
  it("stops before writing anything, naming every bad file and its field (exit 2)", async () => {
    const dir = writeGeneratedOrganizations(fresh("bad"), 2);
    writeFileSync(join(dir, "kommun-03.yaml"), exampleWith((d) => (d.mailboxes.staff = -1)));
    writeFileSync(join(dir, "kommun-04.json"), JSON.stringify({ ...generatedOrganization(3), colour: "blue" }));
    const out = join(fresh("bad-out"), "out");
    for (const command of [["compare", "--as-of", AS_OF], ["synth"]]) {
      const result = await runCli(["--config", dir, ...command, "--out", out]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`error: ${join(dir, "kommun-03.yaml")}: mailboxes.staff: received -1; expected a value of at least 0`);
      expect(result.stderr).toContain(`error: ${join(dir, "kommun-04.json")}: colour: received an unknown key`);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("refuses an empty directory and two files that would share an output folder", async () => {
    const empty = fresh("empty");
    writeFileSync(join(empty, "notes.txt"), "no organization here\n");
    const none = await runCli(["--config", empty, "compare"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`--config: received "${empty}"; expected an organization file, or a directory holding at least one (.yaml, .yml, .json)`);

    const clash = fresh("clash");
    writeFileSync(join(clash, "Kommun.yaml"), stringify(generatedOrganization(0)));
    writeFileSync(join(clash, "kommun.json"), JSON.stringify(generatedOrganization(1)));
    const twice = await runCli(["--config", clash, "synth", "--out", join(clash, "out")]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`--config: received "Kommun.yaml"; expected file names that differ after the extension (kommun.json gives the same output folder "kommun")`);
  });

  it("is refused by the commands that judge one organization, with exit 2", async () => {
    const dir = writeGeneratedOrganizations(fresh("single"), 1);
    for (const command of [["sizing"], ["cost"], ["check"], ["tenant", "plan"], ["export", "powershell"]]) {
      const result = await runCli(["--config", dir, ...command]);
      expect(result.code, command.join(" ")).toBe(2);
      expect(result.stderr).toContain(`--config: received "${dir}"; expected one organization file (a directory of them is accepted by synth and compare)`);
    }
  });
});

describe("generated organizations", () => {
  it("are valid organization files of different sizes (the benchmark's input)", async () => {
    const dir = fresh("generated");
    cpSync(writeGeneratedOrganizations(fresh("gen"), 3), dir, { recursive: true });
    const sizes = [];
    for (const file of ["kommun-01.yaml", "kommun-02.yaml", "kommun-03.yaml"]) {
      const result = await runCli(["--config", join(dir, file), "--format", "json", "sizing"]);
      expect(result.code, result.stderr).toBe(0);
      sizes.push(JSON.parse(result.stdout));
    }
    expect(new Set(sizes.map((s) => JSON.stringify(s))).size).toBe(3);
  });
});
