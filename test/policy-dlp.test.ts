// DLP rules over the example's real generated documents of both options and mutated copies.
import { describe, expect, it } from "vitest";
import { EXCHANGE_ONLINE_DOCUMENT_JSON } from "../model/exchange-online/document";
import { dlp01 } from "../policies/rules/dlp/dlp-01-personal-identity-numbers";
import { dlp02 } from "../policies/rules/dlp/dlp-02-gdpr-eu-types";
import { dlp03 } from "../policies/rules/dlp/dlp-03-no-test-mode";
import { ONPREM_DOCUMENT_JSON } from "../policies/rules/exchange/documents";
import { atDocumentPath, findingsOf, findingsOnDocuments } from "./helpers/policy";

const run = findingsOnDocuments;
const at = atDocumentPath;
const swedishRule = (d: any) => d.settings.dlpComplianceRules.findIndex((r: any) => r.ContentContainsSensitiveInformation.some((t: any) => t.id === "f69aaf40-79be-4fac-8f05-fd1910d272c8"));

describe("DLP-01 Swedish personal identity numbers", () => {
  it("passes the example on both options, and on-prem encryption", () => {
    expect(run(dlp01, "onprem")).toEqual([]);
    expect(run(dlp01, "online")).toEqual([]);
    expect(run(dlp01, "onprem", undefined, (d) => (d.onprem.personalIdentityNumberAction = "encrypt"))).toEqual([]);
  });
  it("fails on-prem when the transport rule only looks at internal mail", () => {
    expect(run(dlp01, "onprem", (d) => (d.transportRules[0].sentToScope = "InOrganization"))).toMatchObject([
      { ruleId: "DLP-01", severity: "error", status: "fail", location: at("transportRules", ONPREM_DOCUMENT_JSON), message: expect.stringContaining("f69aaf40") },
    ]);
  });
  it("fails an online rule that does not block", () => {
    const findings = run(dlp01, "online", (d) => (d.settings.dlpComplianceRules[swedishRule(d)].BlockAccess = false));
    expect(findings).toMatchObject([{ ruleId: "DLP-01", status: "fail", location: at("settings.dlpComplianceRules.0", EXCHANGE_ONLINE_DOCUMENT_JSON), message: expect.stringContaining("neither blocks") }]);
  });
  it("fails a disabled policy and a rule that needs more than one number", () => {
    expect(run(dlp01, "online", (d) => (d.settings.dlpCompliancePolicies[0].Mode = "Disable"))[0]?.message).toContain("mode Disable");
    expect(run(dlp01, "online", (d) => (d.settings.dlpComplianceRules[swedishRule(d)].ContentContainsSensitiveInformation[0].minCount = 5))).toMatchObject([
      { status: "fail", location: at("settings.dlpComplianceRules", EXCHANGE_ONLINE_DOCUMENT_JSON) },
    ]);
  });
  it("cannot decide without the document", () => {
    expect(findingsOf(dlp01, "onprem")).toMatchObject([{ ruleId: "DLP-01", status: "undecided", location: at("", ONPREM_DOCUMENT_JSON) }]);
  });
});

describe("DLP-02 EU identity types and sender notification", () => {
  it("passes the example online", () => expect(run(dlp02, "online")).toEqual([]));
  it("warns on-prem, where the transport rules cover Sweden national ID only", () => {
    expect(run(dlp02, "onprem")).toMatchObject([
      { ruleId: "DLP-02", severity: "warning", status: "fail", location: at("transportRules", ONPREM_DOCUMENT_JSON), message: expect.stringContaining("EU Passport Number") },
    ]);
  });
  it("warns online when a type is dropped and the sender is not notified", () => {
    const findings = run(dlp02, "online", (d) => {
      const gdpr = d.settings.dlpComplianceRules.find((r: any) => r.Name.includes("GDPR"));
      gdpr.ContentContainsSensitiveInformation = gdpr.ContentContainsSensitiveInformation.filter((t: any) => t.name !== "EU Passport Number");
      gdpr.NotifyUser = [];
    });
    expect(findings).toMatchObject([
      { severity: "warning", location: at("settings.dlpComplianceRules", EXCHANGE_ONLINE_DOCUMENT_JSON), message: "no active rule on mail leaving the organization covers EU Passport Number" },
      { severity: "warning", location: at("settings.dlpComplianceRules.1", EXCHANGE_ONLINE_DOCUMENT_JSON), message: expect.stringContaining("does not notify the sender") },
    ]);
  });
});

describe("DLP-03 no test mode", () => {
  it("passes the example online and does not judge on-prem", () => {
    expect(run(dlp03, "online")).toEqual([]);
    expect(run(dlp03, "onprem")).toEqual([]);
  });
  it("fails the policy DLP-01 relies on in a test mode", () => {
    expect(run(dlp03, "online", (d) => (d.settings.dlpCompliancePolicies[0].Mode = "TestWithNotifications"))).toMatchObject([
      { ruleId: "DLP-03", severity: "error", status: "fail", location: at("settings.dlpCompliancePolicies.0.Mode", EXCHANGE_ONLINE_DOCUMENT_JSON) },
    ]);
  });
  it("cannot decide without the document", () => expect(findingsOf(dlp03, "online")).toMatchObject([{ status: "undecided" }]));
});
