// The decision paper: Swedish by default for a Swedish organization, in the structure of a
// municipal report, with a computed recommendation whose flip point is real, every reason
// backed by a public source, and no fact counted twice.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatFor } from "../i18n/format";
import { RISK_DIMENSIONS, type Comparison } from "../report/model";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";
import { SV_SECTIONS } from "./helpers/paper-sections";

const AS_OF = "2026-11-26";
const outDir = () => mkdtempSync(join(tmpdir(), "exchange-iac-paper-"));
const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");
const ANNEX_SECTIONS = ["Informationssäkerhet", "Juridik", "Teknik", "Ekonomi", "Sammanvägd riskbedömning", "Bilagor"];

describe("the Swedish paper on the example", () => {
  let dir: string;
  let c: Comparison;
  beforeAll(async () => {
    dir = outDir();
    expect((await runCli(["--format", "json", "compare", "--out", dir, "--as-of", AS_OF])).code).toBe(0);
    c = JSON.parse(read(dir, "comparison.json"));
  });

  it("is Swedish (organization.country SE), a tjänsteskrivelse with its sections in order, and the technical annex its own file", () => {
    expect(c.lang).toBe("sv");
    const html = read(dir, "comparison.html");
    expect(html).toContain('<html lang="sv">');
    const headings = [...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(SV_SECTIONS);
    const md = read(dir, "comparison.md");
    for (const section of SV_SECTIONS) expect(md).toContain(`## ${section}`);
    expect(md.split("\n")[0]).toBe("Exempelkommun · Tjänsteskrivelse · Datum 2026-11-26 · Dnr KS 2026/412 · Kommunledningsförvaltningen, IT-enheten · Handläggare: Anna Lindqvist, IT-chef");
    for (const topic of ["Sekretess: OSL", "Dataskyddsförordningen kapitel V", "Amerikanska CLOUD Act", "Arkiv: arkivlagen och gallringsbeslut", "Cybersäkerhetslagen (2025:1506)"]) expect(md).toContain(`### ${topic}`);
    const annex = read(dir, "comparison-technical.html");
    expect([...annex.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(ANNEX_SECTIONS);
    expect(annex).toContain("azurerm_");
  });

  it("holds no config path, Terraform type, catalog id or English type name in the council paper", () => {
    // What a council member reads: the markdown and the HTML's text, links' addresses left out.
    const text = [read(dir, "comparison.md"), read(dir, "comparison.html").replace(/<style>[\s\S]*?<\/style>/, "").replace(/<[^>]+>/g, " ")].map((t) => t.replace(/https?:\/\/\S+/g, ""));
    const ROOTS = "organization|mailboxes|classification|governance|retention|sites|onprem|online|azure|identity|cost|decision|deployment|waivers";
    for (const t of text) {
      expect(t.match(new RegExp(`\\b(${ROOTS})\\.[a-zA-Z]+`, "g")) ?? []).toEqual([]);
      expect(t).not.toContain("azurerm_");
      expect(t.match(/\b(GOV|RET|LIC|ONL|ONP|DEP|DLP|EXO|IAM|AZ)-\d{2}\b/g) ?? []).toEqual([]);
      expect(t.match(/\b[a-z0-9]+(?:\\?_[a-z0-9]+)+\b/g) ?? []).toEqual([]);
      expect(t.match(/\b(Debit Card Number|Driver's License|Passport Number|TenYears|swedencentral|Standard_B2ms|prices\.yaml|organisationsfil)/gi) ?? []).toEqual([]);
      expect(t).not.toMatch(/ingen del av den är skriven för hand/);
    }
  });

  it("carries the conditions of the proposed decision in the JSON, with the law behind each", () => {
    expect(c.decision.basis).toBe("conditional");
    expect(c.decision.conditions.map((x) => x.rule)).toEqual(["GOV-03", "RET-01"]);
    for (const x of c.decision.conditions) {
      expect(x.text.length).toBeGreaterThan(20);
      expect(x.law).toMatch(/\(2009:400\)|OSL|arkivlagen/);
      expect(read(dir, "comparison.md")).toContain(x.text.slice(0, 40));
    }
  });

  it("writes amounts in Swedish format", () => {
    const kr = formatFor("sv").kr;
    const onprem = c.options.find((o) => o.option === "onprem")!;
    expect(kr(1548072)).toBe("1\u00a0548\u00a0072\u00a0kr");
    expect(formatFor("sv").money(48_000)).toBe("48\u00a0tkr");
    expect(formatFor("sv").money(2_100_000)).toBe("2,1\u00a0mnkr");
    expect(read(dir, "comparison.html")).toContain(kr(onprem.cost.tco));
  });

  it("holds the recommendation, the weights, the weighted scores and the flip point in the JSON", () => {
    const d = c.decision;
    expect(d.weights).toEqual(Object.fromEntries(RISK_DIMENSIONS.map((x) => [x, 1])));
    expect(d.recommended).toBe("online");
    for (const row of d.rows) for (const o of c.options) expect(row.weighted[o.option]).toBeCloseTo(row.weight * o.risk.find((r) => r.dimension === row.dimension)!.score, 2);
    for (const o of c.options) expect(d.totals[o.option].average).toBeCloseTo(d.totals[o.option].weighted / RISK_DIMENSIONS.length, 2);
    expect(d.totals.online.average).toBeLessThan(d.totals.onprem.average);
    expect(d.nearestFlip).not.toBeNull();
    expect(d.carriers.length).toBeGreaterThan(0);
  });

  it("cites a public https source for every reason, lists them in the appendix, and no research note", () => {
    const html = read(dir, "comparison.html");
    for (const o of c.options) {
      for (const r of o.risk.flatMap((s) => s.reasons)) {
        const keys = [...r.sources, ...(r.prices ?? []).map((id) => `price:${id}`)];
        const cited = c.sources.filter((s) => keys.includes(s.key));
        expect(cited.length, r.fact).toBeGreaterThan(0);
        for (const s of cited) expect(s.url, s.key).toMatch(/^https:\/\//);
      }
    }
    for (const s of c.sources) expect(html).toContain(`<tr id="source-${s.number}">`);
    for (const name of ["comparison.md", "comparison.json", "comparison.html", "comparison-technical.md"]) expect(read(dir, name)).not.toMatch(/[a-z-]+\.md\b/);
  });

  it("counts the CLOUD Act once per option and scores no property of this tool", () => {
    for (const o of c.options) {
      const reasons = o.risk.flatMap((r) => r.reasons.map((x) => ({ ...x, dimension: r.dimension })));
      expect(reasons.filter((x) => x.topic === "cloud-act" && x.points > 0).map((x) => x.dimension)).toEqual(["legal"]);
      expect(reasons.filter((x) => /CDK for Terraform|InvokeCommand|REST/.test(x.fact))).toEqual([]);
    }
    expect(c.toolNotes).toHaveLength(2);
    // The facts of shared rooms count; ONP-03, which finds the same, is shown but not scored again.
    const onprem = c.options.find((o) => o.option === "onprem")!;
    expect(onprem.findings.list.find((f) => f.ruleId === "ONP-03")).toMatchObject({ counted: "fact" });
    expect(onprem.risk.find((r) => r.dimension === "availability")!.reasons.some((r) => r.rule === "ONP-03" && r.fact.startsWith("ONP-03"))).toBe(false);
  });

  it("shows the municipality's key figures, owned licences and named unpriced items", () => {
    expect(c.economics.keyFigures.map((k) => k.id)).toEqual(["online.migration-consultants", "onprem.expansion-external", "seat-licences.onprem-minus-online"]);
    expect(c.economics.licenceScenarios[0]).toMatchObject({ id: "organization" });
    const html = read(dir, "comparison-technical.html");
    for (const k of c.economics.keyFigures) expect(html).toContain(formatFor("sv").kr(k.valueSEK));
    for (const u of c.economics.unpriced) expect(html).toContain(u.description.replace(/&/g, "&amp;").replace(/'/g, "&#39;"));
    for (const x of c.economics.owned) expect(html).toContain(formatFor("sv").kr(x.valueSEK));
    expect(c.economics.sensitivity.length).toBeGreaterThan(0);
  });

  it("changes the recommendation when one weight passes the flip point, the number the paper shows", async () => {
    const flip = c.decision.nearestFlip!;
    const md = read(dir, "comparison.md");
    const shown = formatFor("sv").decimal(flip.flipAt!, 2);
    expect(md).toContain(`| ${flip.direction === "above" ? "över" : "under"} ${shown} |`);
    // In words for the council: the weight as a multiple of the others'.
    const times = formatFor("sv").decimal(flip.flipAt! / flip.weight, 1);
    expect(md).toContain(`${flip.direction === "above" ? "mer" : "mindre"} än ${times} gånger så stor betydelse som de andra perspektiven`);
    const past = flip.direction === "above" ? flip.flipAt! + 0.01 : flip.flipAt! - 0.01;
    const config = tempFile("flip.yaml", exampleWith((d) => (d.decision = { weights: { [flip.dimension]: Math.round(past * 100) / 100 } })));
    const again = outDir();
    expect((await runCli(["--config", config, "--format", "json", "compare", "--out", again, "--as-of", AS_OF])).code).toBe(0);
    const flipped = JSON.parse(read(again, "comparison.json")) as Comparison;
    expect(flipped.decision.recommended).toBe(c.decision.other);
    // Just before the flip point it does not change.
    const before = flip.direction === "above" ? flip.flipAt! - 0.01 : flip.flipAt! + 0.01;
    const same = tempFile("same.yaml", exampleWith((d) => (d.decision = { weights: { [flip.dimension]: Math.round(before * 100) / 100 } })));
    const third = outDir();
    await runCli(["--config", same, "--format", "json", "compare", "--out", third, "--as-of", AS_OF]);
    expect((JSON.parse(read(third, "comparison.json")) as Comparison).decision.recommended).toBe(c.decision.recommended);
  });
});

describe("the English paper", () => {
  it("is written with --lang en and refuses another language", async () => {
    const dir = outDir();
    expect((await runCli(["--lang", "en", "--format", "json", "compare", "--out", dir, "--as-of", AS_OF])).code).toBe(0);
    expect(read(dir, "comparison.html")).toContain('<html lang="en">');
    expect(read(dir, "comparison.md")).toContain("## Proposed decision");
    expect(read(dir, "comparison-technical.md")).toContain("## Overall risk assessment");
    const bad = await runCli(["--lang", "de", "compare", "--out", outDir(), "--as-of", AS_OF]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('error: --lang: received "de"; expected one of sv, en\n');
  });
});
