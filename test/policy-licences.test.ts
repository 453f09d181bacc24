// Licence prerequisite rules (LIC-01..05), judged from the organization file: each feature the
// configuration uses is licensed as Microsoft's licensing guidance says, or `check` blocks.
import { describe, expect, it } from "vitest";
import { lic01 } from "../policies/rules/licences/lic-01-customer-key";
import { lic02 } from "../policies/rules/licences/lic-02-customer-lockbox";
import { lic03 } from "../policies/rules/licences/lic-03-audit-retention";
import { lic04 } from "../policies/rules/licences/lic-04-advanced-data-residency";
import { lic05 } from "../policies/rules/licences/lic-05-dlp";
import { licenceRules } from "../policies/rules/licences";
import { isSourceId } from "../sources";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";
import { AS_OF, findingsOf } from "./helpers/policy";

type Change = (data: Record<string, any>) => void;
const at = (path: string) => ({ kind: "organization", path });
const online = (rule: typeof lic01, change: Change) => findingsOf(rule, "online", change);

describe("the licence rules", () => {
  it("have a contractual basis, a remediation and registry sources; the online needs are errors, the licensing situation warnings", () => {
    expect(licenceRules.map((r) => [r.id, r.severity])).toEqual([
      ...["LIC-01", "LIC-02", "LIC-03", "LIC-04", "LIC-05"].map((id) => [id, "error"]),
      ["LIC-06", "warning"],
      ["LIC-07", "warning"],
    ]);
    for (const rule of licenceRules) {
      expect(rule.basis, rule.id).toMatch(/Product Terms/);
      expect(rule.sources!.length, rule.id).toBeGreaterThan(0);
      expect(rule.sources!.every(isSourceId), rule.id).toBe(true);
    }
  });

  it("pass for the example: M365 E3 with the audit add-ons it declares, no Customer Key or Lockbox", () => {
    for (const rule of licenceRules) for (const option of ["onprem", "online"] as const) expect(findingsOf(rule, option), `${rule.id} ${option}`).toEqual([]);
  });
});

describe("LIC-01 Customer Key", () => {
  it("fails with M365 E3 and no add-on, at online.customerKey.enabled", () => {
    expect(online(lic01, (d) => (d.online.customerKey.enabled = true))).toMatchObject([
      { ruleId: "LIC-01", severity: "error", status: "fail", location: at("online.customerKey.enabled"), message: expect.stringContaining("needs Microsoft 365 E5, or the E5_COMPLIANCE add-on; staff hold M365_E3") },
    ]);
  });
  it("passes with the E5 Compliance add-on or with Microsoft 365 E5", () => {
    expect(online(lic01, (d) => Object.assign(d.online, { customerKey: { enabled: true }, addOns: ["E5_COMPLIANCE"] }))).toEqual([]);
    expect(online(lic01, (d) => Object.assign(d.online, { customerKey: { enabled: true }, licences: { staff: "M365_E5" } }))).toEqual([]);
  });
});

describe("LIC-02 Customer Lockbox", () => {
  it("fails with M365 E3 and no add-on, passes with E5 Compliance", () => {
    expect(online(lic02, (d) => (d.online.customerLockbox = true))).toMatchObject([{ ruleId: "LIC-02", location: at("online.customerLockbox") }]);
    expect(online(lic02, (d) => Object.assign(d.online, { customerLockbox: true, addOns: ["E5_COMPLIANCE"] }))).toEqual([]);
  });
});

describe("LIC-03 audit retention beyond the plan", () => {
  it("needs Audit Premium beyond 180 days: every online tenant keeps audit records at least a year", () => {
    const findings = online(lic03, (d) => {
      d.online.addOns = [];
      d.retention.auditLogRetentionDays = 365;
      d.retention.deletionDecisions = d.retention.deletionDecisions.filter((x: { appliesTo?: string }) => x.appliesTo !== "logs");
    });
    expect(findings).toMatchObject([{ ruleId: "LIC-03", location: at("retention.auditLogRetentionDays"), message: expect.stringContaining("audit records kept 365 days") }]);
    expect(findings[0]!.message).toContain("Audit Premium");
  });
  it("needs the 10-year add-on beyond one year, on top of Audit Premium", () => {
    const findings = online(lic03, (d) => (d.online.addOns = ["E5_EDISCOVERY_AUDIT"]));
    expect(findings).toMatchObject([{ ruleId: "LIC-03", message: expect.stringContaining("731 days, beyond the year Audit Premium keeps needs the AUDIT_LOG_RETENTION_10_YEARS add-on") }]);
    expect(online(lic03, (d) => Object.assign(d.online, { licences: { staff: "M365_E5" }, addOns: ["AUDIT_LOG_RETENTION_10_YEARS"] }))).toEqual([]);
  });
});

describe("LIC-04 Advanced Data Residency", () => {
  it("fails without the add-on, and where the tenant is not provisioned in Sweden", () => {
    expect(online(lic04, (d) => Object.assign(d.online, { advancedDataResidency: true, dataLocation: "SE" }))).toMatchObject([{ ruleId: "LIC-04", location: at("online.advancedDataResidency") }]);
    expect(online(lic04, (d) => Object.assign(d.online, { advancedDataResidency: true, addOns: ["ADVANCED_DATA_RESIDENCY"] }))).toMatchObject([{ location: at("online.dataLocation") }]);
    expect(online(lic04, (d) => Object.assign(d.online, { advancedDataResidency: true, dataLocation: "SE", addOns: ["ADVANCED_DATA_RESIDENCY"] }))).toEqual([]);
  });
  it("fails for a country outside the Local Region Geography", () => {
    const findings = online(lic04, (d) => {
      d.organization.country = "FI";
      Object.assign(d.online, { advancedDataResidency: true, addOns: ["ADVANCED_DATA_RESIDENCY"] });
    });
    expect(findings).toMatchObject([{ location: at("organization.country") }]);
  });
});

describe("LIC-05 DLP for the mail it covers", () => {
  it("online: Exchange Online Plan 1 and Microsoft 365 F3 carry no Exchange DLP; Plan 2 does", () => {
    expect(online(lic05, (d) => (d.online.licences.staff = "EXO_P1"))).toMatchObject([{ ruleId: "LIC-05", location: at("online.licences.staff") }]);
    expect(online(lic05, (d) => (d.online.licences.staff = "M365_F3"))).toHaveLength(1);
    expect(online(lic05, (d) => (d.online.licences.staff = "EXO_P2"))).toEqual([]);
  });
  it("on-prem: nothing to find, the cost estimate buys the Enterprise CAL the DLP transport rule needs", () => {
    expect(lic05.appliesTo).toBe("online");
  });
});

describe("exchange-iac check", () => {
  const check = (change: Change) => runCli(["--config", tempFile("org.yaml", exampleWith(change)), "--format", "json", "check", "--option", "online", "--as-of", AS_OF]);
  const blocking = (stdout: string) => JSON.parse(stdout).findings.filter((f: { blocking: boolean }) => f.blocking).map((f: { ruleId: string }) => f.ruleId);

  it("exits 1 with LIC-01 for Customer Key on M365 E3 without an add-on", async () => {
    const result = await check((d) => (d.online.customerKey.enabled = true));
    expect(result.code).toBe(1);
    expect(blocking(result.stdout)).toContain("LIC-01");
  });

  it("exits 1 with LIC-02 for Customer Lockbox on M365 E3 without an add-on", async () => {
    const result = await check((d) => (d.online.customerLockbox = true));
    expect(result.code).toBe(1);
    expect(blocking(result.stdout)).toEqual(["LIC-02"]);
  });
});
