// Governance rules: one compliant and at least one non-compliant case each.
import { describe, expect, it } from "vitest";
import { gov01 } from "../policies/rules/governance/gov-01-klassa-rating";
import { gov02 } from "../policies/rules/governance/gov-02-no-security-protection-in-email";
import { gov03 } from "../policies/rules/governance/gov-03-osl-suitability-assessment";
import { gov04 } from "../policies/rules/governance/gov-04-dpia-current";
import { gov05 } from "../policies/rules/governance/gov-05-processor-agreement";
import { gov06 } from "../policies/rules/governance/gov-06-transfer-basis";
import { gov07 } from "../policies/rules/governance/gov-07-exit-plan";
import { gov08 } from "../policies/rules/governance/gov-08-incident-runbook";
import { gov09 } from "../policies/rules/governance/gov-09-dpf-without-scc-fallback";
import { findingsOf } from "./helpers/policy";

const paths = (findings: { location: { kind: string; path?: string } }[]) => findings.map((f) => f.location.path);

describe("GOV-01 KLASSA rating", () => {
  it("passes the example", () => expect(findingsOf(gov01, "online")).toEqual([]));
  it("fails when the highest allowed confidentiality is not declared", () => {
    const findings = findingsOf(gov01, "onprem", (d) => delete d.classification.maxConfidentialityInEmail);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "GOV-01", severity: "error", status: "fail" });
    expect(paths(findings)).toEqual(["classification.maxConfidentialityInEmail"]);
  });
  it("fails when e-mail is rated above what e-mail may hold", () => {
    const findings = findingsOf(gov01, "online", (d) => (d.classification.email.confidentiality = 3));
    expect(paths(findings)).toEqual(["classification.email.confidentiality"]);
  });
});

describe("GOV-02 no säkerhetsskydd in e-mail", () => {
  it("passes the example", () => expect(findingsOf(gov02, "onprem")).toEqual([]));
  it("fails on level 4 allowed", () => {
    const findings = findingsOf(gov02, "onprem", (d) => (d.classification.maxConfidentialityInEmail = 4));
    expect(findings.map((f) => f.ruleId)).toEqual(["GOV-02"]);
  });
});

describe("GOV-03 OSL 10 kap. 2 a § assessment", () => {
  const level3 = (d: Record<string, any>) => {
    d.classification.maxConfidentialityInEmail = 3;
    d.classification.email.confidentiality = 3;
  };
  it("warns on the example (level 2): incoming mail can hold secrecy-protected information whatever the guidelines allow", () => {
    expect(findingsOf(gov03, "online").map((f) => [f.severity, f.location])).toEqual([["warning", { kind: "organization", path: "governance.oslSuitabilityAssessment" }]]);
    expect(findingsOf(gov03, "online")[0]!.messages.sv).toContain("inkommande e-post");
  });
  it("fails at level 3 with a non-EU provider and no assessment", () => {
    expect(paths(findingsOf(gov03, "online", level3))).toEqual(["governance.oslSuitabilityAssessment"]);
  });
  it("passes at level 3 with a dated, approved assessment", () => {
    const findings = findingsOf(gov03, "online", (d) => {
      level3(d);
      d.governance.oslSuitabilityAssessment = { date: "2026-10-01", approvedBy: "Kommunstyrelsen" };
    });
    expect(findings).toEqual([]);
  });
  it("does not judge the on-prem option", () => expect(findingsOf(gov03, "onprem", level3)).toEqual([]));
});

describe("GOV-04 DPIA reviewed within 12 months", () => {
  it("passes the example", () => expect(findingsOf(gov04, "onprem")).toEqual([]));
  it("fails when missing", () => expect(paths(findingsOf(gov04, "onprem", (d) => delete d.governance.dpia))).toEqual(["governance.dpia"]));
  it("fails when older than 12 months", () => {
    const findings = findingsOf(gov04, "online", (d) => (d.governance.dpia.reviewed = "2025-11-25"));
    expect(findings[0]?.message).toContain("12 months");
  });
  it("passes at 11 months, warning of the day it falls due", () =>
    expect(findingsOf(gov04, "online", (d) => (d.governance.dpia.reviewed = "2025-12-27"))).toMatchObject([{ severity: "warning", message: expect.stringContaining("this becomes a blocking error") }]));
  it("passes at 9 months without a word", () => expect(findingsOf(gov04, "online", (d) => (d.governance.dpia.reviewed = "2026-02-27"))).toEqual([]));
});

describe("GOV-05 processor agreement", () => {
  it("passes the example", () => expect(findingsOf(gov05, "online")).toEqual([]));
  it("fails without sub-processor countries", () => {
    expect(paths(findingsOf(gov05, "online", (d) => (d.governance.processorAgreement.subProcessorCountries = [])))).toEqual([
      "governance.processorAgreement.subProcessorCountries",
    ]);
  });
  it("fails without an agreement", () => expect(findingsOf(gov05, "online", (d) => delete d.governance.processorAgreement)).toHaveLength(1));
});

describe("GOV-06 transfer basis", () => {
  it("passes the example", () => expect(findingsOf(gov06, "online")).toEqual([]));
  it("fails on SCC without a transfer impact assessment", () => {
    const findings = findingsOf(gov06, "online", (d) => (d.governance.transferBasis = { mechanism: "scc" }));
    expect(paths(findings)).toEqual(["governance.transferBasis.transferImpactAssessment"]);
  });
  it("fails when missing", () => expect(findingsOf(gov06, "online", (d) => delete d.governance.transferBasis)).toHaveLength(1));
});

describe("GOV-07 exit plan", () => {
  it("passes the example", () => expect(findingsOf(gov07, "online")).toEqual([]));
  it("warns when missing", () => {
    const findings = findingsOf(gov07, "online", (d) => delete d.governance.exitPlan);
    expect(findings).toMatchObject([{ ruleId: "GOV-07", severity: "warning" }]);
  });
});

describe("GOV-08 incident runbook deadlines", () => {
  it("passes the example", () => expect(findingsOf(gov08, "onprem")).toEqual([]));
  it("fails on a deadline later than the law's", () => {
    const findings = findingsOf(gov08, "onprem", (d) => (d.governance.incidentRunbook.csirtEarlyWarningHours = 48));
    expect(paths(findings)).toEqual(["governance.incidentRunbook.csirtEarlyWarningHours"]);
    expect(findings[0]?.message).toContain("24");
  });
  it("fails without a runbook", () => expect(findingsOf(gov08, "online", (d) => delete d.governance.incidentRunbook)).toHaveLength(1));
});

describe("GOV-09 DPF without SCC fallback", () => {
  it("passes the example", () => expect(findingsOf(gov09, "online")).toEqual([]));
  it("warns when the DPF stands alone", () => {
    const findings = findingsOf(gov09, "online", (d) => (d.governance.transferBasis.sccFallback = false));
    expect(findings).toMatchObject([{ ruleId: "GOV-09", severity: "warning" }]);
  });
});

describe("waivers", () => {
  const waive = (expires: string) => (d: Record<string, any>) => {
    delete d.governance.exitPlan;
    d.waivers = [{ rule: "GOV-07", option: "online", reason: "Exit plan is being written, due Q1", approvedBy: "IT-chef", expires }];
  };
  it("marks a finding waived, with its reason, while the waiver is valid", () => {
    const [finding] = findingsOf(gov07, "online", waive("2027-03-31"));
    expect(finding?.waiver).toEqual({ reason: "Exit plan is being written, due Q1", approvedBy: "IT-chef", expires: "2027-03-31" });
  });
  it("waives nothing once expired", () => {
    const [finding] = findingsOf(gov07, "online", waive("2026-11-25"));
    expect(finding?.waiver).toBeUndefined();
  });
});
