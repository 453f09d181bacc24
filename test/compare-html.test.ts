// The decision paper in a real headless Chromium (Debian's chromium): no console errors, no
// network request of any kind, the chart drawn with its data, Swedish characters rendered,
// no serious or critical accessibility violation (axe-core, WCAG 2.1 AA), and --pdf prints
// an A4 PDF whose text holds the section headings, every table within the A4 text width
// (Bilaga B's long resource types break at their underscores). Without a browser --pdf exits 2.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Comparison } from "../report/model";
import { CHROMIUM_ARGS } from "../report/render/pdf";
import { stringify } from "yaml";
import { everythingOn } from "./conformance/azurerm-matrix";
import { runCli } from "./helpers/cli";
import { SV_SECTIONS as SECTIONS } from "./helpers/paper-sections";

/** The A4 text width of the print CSS (210 mm less 2 x 14 mm margins) in CSS pixels. */
const A4_TEXT_WIDTH_PX = Math.floor((182 / 25.4) * 96);

const AS_OF = "2026-11-26";
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

describe("comparison.html and comparison.pdf in headless Chromium", () => {
  let dir: string;
  let comparison: Comparison;
  let browser: Browser;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "exchange-iac-html-"));
    const result = await runCli(["--format", "json", "compare", "--pdf", "--out", dir, "--as-of", AS_OF]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    comparison = JSON.parse(readFileSync(join(dir, "comparison.json"), "utf8")) as Comparison;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  });
  afterAll(async () => browser?.close());

  it("renders the chart, the matrix and Swedish text without console errors or network requests", async () => {
    const url = pathToFileURL(join(dir, "comparison.html")).href;
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: "load" });
    expect(problems).toEqual([]);
    // The only request is the file itself: no scripts, fonts, images or styles from anywhere.
    expect(requests).toEqual([url]);

    const cost = await page.$$eval("#cost-chart circle.point", (points) =>
      points.map((p) => ({ option: p.getAttribute("data-option"), year: Number(p.getAttribute("data-year")), value: Number(p.getAttribute("data-value")), width: p.getBoundingClientRect().width })),
    );
    expect(cost).toHaveLength(comparison.options.length * comparison.years);
    for (const point of cost) {
      expect(point.width).toBeGreaterThan(0);
      expect(point.value).toBe(comparison.options.find((o) => o.option === point.option)!.cost.cumulative[point.year - 1]);
    }
    // Every coloured cell of the scoring also says its level in words; the scenario levels are coloured by the acceptance criteria.
    const cells = await page.$$eval("td[class*=level-]", (tds) => tds.map((td) => ({ text: td.textContent ?? "", background: getComputedStyle(td).backgroundColor })));
    expect(cells).toHaveLength(2 * 7 + 2 * 7);
    for (const cell of cells) {
      expect(cell.text).toMatch(/ (låg|medel|hög)$|^\d+ \(\d × \d\)$/);
      expect(cell.background).not.toBe("rgba(0, 0, 0, 0)");
    }
    // The risk matrix: one mark per scenario and option, in the cell of its likelihood and consequence.
    const marks = await page.$$eval("#risk-matrix text[font-weight=bold]", (texts) => texts.map((t) => t.textContent));
    expect(marks).toHaveLength(2 * 7);
    // Å, ä and ö are drawn as letters (a missing glyph would render as a box of another width).
    const width = (text: string) => page.evaluate((t) => {
      const span = document.createElement("span");
      span.textContent = t;
      document.body.append(span);
      const w = span.getBoundingClientRect().width;
      span.remove();
      return w;
    }, text);
    expect(await page.locator("h2").allTextContents()).toEqual(SECTIONS);
    expect(Math.abs((await width("åäö")) - (await width("aao")))).toBeLessThan(3);
    await page.close();
  });

  it("has no serious or critical accessibility violation, headings in order and headers on every table", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, "comparison.html")).href, { waitUntil: "load" });
    await page.evaluate(AXE);
    const result = (await page.evaluate(`axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })`)) as { violations: { id: string; impact: string; nodes: unknown[] }[] };
    const severe = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
    expect(severe).toEqual([]);
    const levels = await page.$$eval("h1, h2, h3, h4", (hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    expect(await page.$$eval("table", (tables) => tables.filter((t) => !t.querySelector("thead th[scope=col]")).length)).toBe(0);
    await context.close();
  });

  it("prints an A4 PDF with the section headings, the organization and page numbers", () => {
    const pdf = join(dir, "comparison.pdf");
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    for (const section of SECTIONS) expect(text).toContain(section);
    expect(text).toContain(`${comparison.organization} · Tjänsteskrivelse · Dnr KS 2026/412 · ${AS_OF}`);
    expect(text).toMatch(/Sida 1 av \d+/);
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    // Tagged (lag (2018:1937)), with the title, and the headings as bookmarks.
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Drift av kommunens e-post/m);
    const outline = execFileSync("pdfinfo", ["-struct", pdf], { encoding: "utf8" });
    expect(outline).toMatch(/^    H2 \(block\)$/m);
    expect(readFileSync(pdf).includes(Buffer.from("/Outlines"))).toBe(true);
    expect(readFileSync(pdf).includes(Buffer.from("/Lang"))).toBe(true);
  });

  it("fits every table, the technical annex's long resource types too, within the A4 text width when printed", async () => {
    const everything = mkdtempSync(join(tmpdir(), "exchange-iac-fit-"));
    writeFileSync(join(everything, "kommun.yaml"), stringify(everythingOn("azure-vm")));
    const result = await runCli(["--config", join(everything, "kommun.yaml"), "compare", "--out", everything, "--as-of", AS_OF]);
    expect(result.code).toBe(0);
    for (const html of [join(dir, "comparison.html"), join(dir, "comparison-technical.html"), join(everything, "comparison-technical.html")]) {
      const page = await browser.newPage({ viewport: { width: A4_TEXT_WIDTH_PX, height: 1000 } });
      await page.emulateMedia({ media: "print" });
      await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
      const tables = await page.$$eval("table", (all) =>
        all.map((t) => {
          const body = document.body.getBoundingClientRect().right - parseFloat(getComputedStyle(document.body).paddingRight);
          return { after: t.previousElementSibling?.textContent ?? "", over: Math.round(t.getBoundingClientRect().right - body), scroll: t.scrollWidth - t.clientWidth };
        }),
      );
      if (html.includes("technical")) expect(tables.some((t) => t.after.includes("Azure-resurser"))).toBe(true);
      expect(tables.filter((t) => t.over > 0 || t.scroll > 0), html).toEqual([]);
      await page.close();
    }
  });

  it("exits 2 with how to get a browser when none is found", async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      const result = await runCli(["compare", "--pdf", "--out", mkdtempSync(join(tmpdir(), "exchange-iac-nopdf-")), "--as-of", AS_OF]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: --pdf: received CHROMIUM_PATH="\/nonexistent\/chromium", which does not exist; expected a headless Chromium .*apt-get install chromium.*CHROMIUM_PATH/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});
