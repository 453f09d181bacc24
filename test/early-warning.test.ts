// Dated rules warn 60 days before they become errors, naming the day, and block from that day.
import { describe, expect, it } from "vitest";
import { plusDays } from "../policies/early-warning";
import { runCli } from "./helpers/cli";

const check = async (asOf: string) => {
  const result = await runCli(["--format", "json", "check", "--option", "onprem", "--as-of", asOf]);
  const findings = JSON.parse(result.stdout).findings as { ruleId: string; severity: string; message: string }[];
  return { code: result.code, onp07: findings.filter((f) => f.ruleId === "ONP-07") };
};

describe("early warning of dated rules", () => {
  it("says nothing more than 60 days before the restore test falls due (2027-04-22)", async () => {
    expect(await check(plusDays("2027-04-22", -61))).toEqual({ code: 0, onp07: [] });
  });

  it("warns from 60 days before, naming the day it becomes an error, without blocking", async () => {
    const { code, onp07 } = await check(plusDays("2027-04-22", -60));
    expect(code).toBe(0);
    expect(onp07).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringMatching(/^from 2027-04-22 this becomes a blocking error: the last restore test was 2026-04-22/) })]);
  });

  it("blocks from that day", async () => {
    const { code, onp07 } = await check("2027-04-22");
    expect(code).toBe(1);
    expect(onp07).toEqual([expect.objectContaining({ severity: "error" })]);
  });
});
