// `diff` never sets costs over different planning horizons against each other: a 5-year TCO
// is not a 3-year TCO plus a delta, nor are years 4 and 5 a change.
import { describe, expect, it } from "vitest";
import { computeDiff } from "../diff/compute";
import { renderDiffMarkdown } from "../diff/render";
import type { Snapshot } from "../diff/snapshot";

const snapshot = (path: string, perYear: number[]): Snapshot => ({
  side: { kind: "organization-file", path },
  stacks: {},
  cost: { years: perYear.length, options: { onprem: { perYear, tco: perYear.reduce((a, b) => a + b, 0), oneOff: perYear[0]! } } },
  findings: [],
});

describe("diff across planning horizons", () => {
  it("refuses the cost comparison when the horizons differ, says why, and counts it as a change", () => {
    const report = computeDiff(snapshot("base", [100, 50, 50]), snapshot("head", [100, 50, 50, 50, 50]));
    expect(report.cost).toEqual({ unavailable: "the planning horizons differ (base 3 years, head 5 years; cost.planningYears), so cost per year and TCO are not compared" });
    expect(report.changed).toBe(true);
    expect(renderDiffMarkdown(report)).toContain("Not compared: the planning horizons differ (base 3 years, head 5 years; cost.planningYears)");
    expect(renderDiffMarkdown(report)).not.toMatch(/Year 4|Year 5/);
  });

  it("compares per year and over the TCO when the horizons are the same", () => {
    const report = computeDiff(snapshot("base", [100, 50, 50]), snapshot("head", [100, 60, 50]));
    expect(report.cost).toEqual([
      { option: "onprem", perYear: [1, 2, 3].map((year, i) => ({ year, base: [100, 50, 50][i], head: [100, 60, 50][i], delta: [0, 10, 0][i] })), tco: { base: 200, head: 210, delta: 10 }, oneOff: { base: 100, head: 100, delta: 0 } },
    ]);
  });
});
