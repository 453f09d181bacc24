// The HTML report in a real headless Chromium (Debian's chromium): no console errors, no
// network request of any kind, and both charts drawn with their data.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { RISK_DIMENSIONS, type Comparison } from "../report/model";
import { runCli } from "./helpers/cli";

describe("comparison.html in headless Chromium", () => {
  it("renders both charts with content, without console errors or network requests", async () => {
    const dir = mkdtempSync(join(tmpdir(), "exchange-iac-html-"));
    expect((await runCli(["--format", "json", "compare", "--out", dir, "--as-of", "2026-11-26"])).code).toBe(0);
    const comparison = JSON.parse(readFileSync(join(dir, "comparison.json"), "utf8")) as Comparison;
    const url = pathToFileURL(join(dir, "comparison.html")).href;

    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    try {
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
        points.map((p) => {
          const box = p.getBoundingClientRect();
          return { option: p.getAttribute("data-option"), year: Number(p.getAttribute("data-year")), value: Number(p.getAttribute("data-value")), width: box.width, height: box.height };
        }),
      );
      expect(cost).toHaveLength(comparison.options.length * comparison.years);
      for (const point of cost) {
        expect(point.width).toBeGreaterThan(0);
        expect(point.height).toBeGreaterThan(0);
        expect(point.value).toBe(comparison.options.find((o) => o.option === point.option)!.cost.cumulative[point.year - 1]);
      }
      const lines = await page.$$eval("#cost-chart polyline.series", (series) => series.map((s) => s.getBoundingClientRect().width));
      expect(lines).toHaveLength(2);
      for (const width of lines) expect(width).toBeGreaterThan(100);

      const cells = await page.$$eval("#risk-matrix rect.cell", (rects) =>
        rects.map((r) => ({ option: r.getAttribute("data-option"), dimension: r.getAttribute("data-dimension"), score: Number(r.getAttribute("data-score")), fill: getComputedStyle(r).fill, area: r.getBoundingClientRect().width * r.getBoundingClientRect().height })),
      );
      expect(cells).toHaveLength(RISK_DIMENSIONS.length * comparison.options.length);
      for (const cell of cells) {
        expect(cell.area).toBeGreaterThan(0);
        expect(cell.fill).toMatch(/^rgb/);
        expect(cell.score).toBe(comparison.options.find((o) => o.option === cell.option)!.risk.find((r) => r.dimension === cell.dimension)!.score);
      }
    } finally {
      await browser.close();
    }
  });
});
