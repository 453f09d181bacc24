// A decided period becomes retention values the azurerm provider accepts (4-730 days, or whole
// years 1095..4383 for a table's total retention), rounded up so nothing goes early; both
// stacks use the one mapping.
import { describe, expect, it } from "vitest";
import { InputError } from "../model/input-error";
import { decidedLogRetentionDays, logAnalyticsRetention } from "../constructs/log-analytics-retention";
import { orgWith } from "./onprem-helpers";

describe("logAnalyticsRetention", () => {
  it.each([
    [30, { workspaceDays: 365 }],
    [365, { workspaceDays: 365 }],
    [730, { workspaceDays: 730 }],
    [731, { workspaceDays: 730, tableTotalDays: 1095 }],
    [1095, { workspaceDays: 730, tableTotalDays: 1095 }],
    [1096, { workspaceDays: 730, tableTotalDays: 1460 }],
    [1826.25, { workspaceDays: 730, tableTotalDays: 2191 }],
    [4383, { workspaceDays: 730, tableTotalDays: 4383 }],
  ])("keeps %s days as %o", (days, expected) => {
    expect(logAnalyticsRetention(days)).toEqual(expected);
  });

  it("refuses more than 12 years", () => {
    expect(() => logAnalyticsRetention(4384)).toThrow(RangeError);
  });

  it("names the decision on logs that asks for more than 12 years", () => {
    const org = orgWith((d) => d.retention.deletionDecisions.push({ id: "KS 2026/1", what: "Loggar", retainYears: 13, appliesTo: "logs" }));
    let error: unknown;
    try {
      decidedLogRetentionDays(org);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe("retention.deletionDecisions.2.retainYears");
    expect((error as InputError).received).toBe("13");
  });
});
