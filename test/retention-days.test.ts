// One rule for "N years in days" (model/retention-periods.ts), used by the policies, both
// Exchange generators, the risk reasons and the tenant plan. The code holds no other
// conversion, and a 3-year decision with 1,095 days of audit retention reads the same
// everywhere.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { buildExchangeOnlineDocument } from "../model/exchange-online/document";
import { buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import { logRetentionDays, minimumDaysForYears } from "../model/retention-periods";
import { planCalls } from "../model/exchange-online/plan";
import { collectArtifacts } from "../report/artifacts";
import { buildComparison } from "../report/build";
import { SILENT } from "../report/progress";
import { orgWith, AS_OF } from "./helpers/policy";

const ROOT = new URL("..", import.meta.url).pathname;
const SKIP = new Set(["node_modules", "test", "cdktf.out", "out", ".git"]);
const THE_RULE = "model/retention-periods.ts";
/** A multiplication or division by a year's days: 365, 365.25 or 366 next to an operand. */
const CONVERSION = /[\w)\]]\s*[*/]\s*36[56](\.25)?\b|\b36[56](\.25)?\s*\*\s*[\w(]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (SKIP.has(name)) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

describe("one rule for years in days", () => {
  it("recognises a conversion, so the scan below can fail", () => {
    for (const line of ["Math.ceil(retainYears * 366)", "years*365.25", "days / 365", "365 * years", "(MAX / 366) * 100"]) expect(line).toMatch(CONVERSION);
    for (const line of ["// Microsoft 365 E3", "const HOURS_PER_YEAR = 8760;", "TwelveMonths: minimumDaysForYears(1),", "M365_E3 * 2"]) expect(line).not.toMatch(CONVERSION);
  });

  it("has no other conversion of years to days in the code than model/retention-periods.ts", () => {
    const offenders = sourceFiles(ROOT)
      .filter((file) => relative(ROOT, file) !== THE_RULE)
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .map((line, i) => ({ where: `${relative(ROOT, file)}:${i + 1}`, line: line.trim() }))
          .filter(({ line }) => CONVERSION.test(line)),
      );
    expect(offenders).toEqual([]);
  });

  it("counts 365 a year plus a leap day for every started four years", () => {
    expect([1, 2, 3, 4, 5, 10].map(minimumDaysForYears)).toEqual([366, 731, 1096, 1461, 1827, 3653]);
  });
});

describe("a 3-year decision on logs with 1,095 days of audit retention", () => {
  const org = orgWith((d) => {
    d.retention.auditLogRetentionDays = 1095;
    d.retention.deletionDecisions = [
      { id: "KS 1", what: "E-mail of no lasting value", retainYears: 3 },
      { id: "KS 2", what: "Message trace and e-mail logs", retainYears: 3, appliesTo: "logs" },
    ];
    d.online.messageTraceExport = { retainDays: 1096 };
  });

  it("keeps logs at least 1,096 days in every generated artifact; the audit policy takes the shortest duration the cmdlet accepts that covers it", () => {
    expect(logRetentionDays(org)).toBe(1096);
    const online = buildExchangeOnlineDocument(org);
    // New-UnifiedAuditLogRetentionPolicy accepts TwelveMonths or TenYears beyond nine months; ten years are 3,653 days.
    expect(online.facts.audit).toMatchObject({ requestedDays: 1096, retentionDuration: "TenYears", retentionDays: 3653 });
    expect(online.facts.retention.deletionRules.map((r) => r.deleteAfterDays)).toEqual([1096]);
    expect(online.settings.unifiedAuditLogRetentionPolicies[0]).toMatchObject({ RetentionDuration: "TenYears", Description: expect.stringContaining("at least 1096 days") });
    const onprem = buildOnpremExchangeDocument(org);
    expect(onprem.audit.adminAuditLog.ageLimitDays).toBe(1096);
    expect(onprem.transport.messageTracking.maxAgeDays).toBe(1096);
    expect(onprem.retention.tags.map((t) => t.ageLimitDays)).toEqual([1096]);
    const plan = planCalls(online.settings, {});
    const audit = plan.find((call) => call.cmdlet === "New-UnifiedAuditLogRetentionPolicy")!;
    expect(audit.parameters).toMatchObject({ RetentionDuration: "TenYears", Description: expect.stringContaining("1096 days") });
    expect(JSON.stringify(plan)).not.toMatch(/109[578] days|"109[578]"/);
  });

  it("gives no finding and no risk point for it", async () => {
    const artifacts = await collectArtifacts(org, AS_OF, SILENT);
    // RET-01's warning that KS 1 deletes all mail (no query narrows it) is about scope, not days.
    const aboutDays = artifacts.findings.filter((f) => ["RET-01", "RET-04", "EXO-03", "AZ-05", "LIC-03"].includes(f.ruleId) && !(f.location.kind === "organization" && f.location.path.endsWith("contentMatchQuery")));
    expect(aboutDays).toEqual([]);
    for (const option of buildComparison(artifacts, "en").options) {
      const reasons = option.risk.find((r) => r.dimension === "traceability")!.reasons.filter((r) => r.fact.includes("deletion decision"));
      const kept = option.option === "online" ? 3653 : 1096;
      expect(reasons, option.option).toEqual([expect.objectContaining({ points: 0, fact: `audit records are kept ${kept} days, as long as a deletion decision on logs asks (1096 days)` })]);
    }
  }, 60_000);
});
