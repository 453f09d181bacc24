// Exchange Online rules (ONL-01..03) over the example's real exchange-online-configuration.json.
// Non-compliant cases change the organization file (which regenerates the document) or a copy
// of the generated document.
import { describe, expect, it } from "vitest";
import { EXCHANGE_ONLINE_DOCUMENT_JSON } from "../model/exchange-online/document";
import { evaluate } from "../policies/engine";
import { policyInputs, stackDocuments } from "../inventory/option-inputs";
import type { Rule } from "../policies/types";
import { onl01 } from "../policies/rules/online/onl-01-data-location";
import { onl02 } from "../policies/rules/online/onl-02-customer-lockbox";
import { onl03 } from "../policies/rules/online/onl-03-customer-key";
import { onlineRules } from "../policies/rules/online";
import { onpremRules } from "../policies/rules/onprem";
import { AS_OF, findingsOf, orgWith } from "./helpers/policy";

type Change = (data: Record<string, any>) => void;
const keep: Change = () => {};

const documentsFor = (change: Change = keep) => stackDocuments(orgWith(change), "online");
const judge = (rule: Rule, change: Change = keep) => findingsOf(rule, "online", change, { documents: documentsFor(change) });
const judgeDocument = (rule: Rule, mutate: (document: Record<string, any>) => void) => {
  const document = structuredClone(documentsFor()[EXCHANGE_ONLINE_DOCUMENT_JSON]) as Record<string, any>;
  mutate(document);
  return findingsOf(rule, "online", keep, { documents: { [EXCHANGE_ONLINE_DOCUMENT_JSON]: document } });
};
const inDocument = (path: string) => ({ kind: "document", document: EXCHANGE_ONLINE_DOCUMENT_JSON, path });

describe("ONL-01 data location in the EU, Advanced Data Residency", () => {
  it("warns for the example: EU location, confidentiality 2 allowed, no ADR", () => {
    expect(judge(onl01)).toEqual([
      expect.objectContaining({
        ruleId: "ONL-01",
        severity: "warning",
        status: "fail",
        location: inDocument("facts.dataResidency.advancedDataResidency"),
        message: expect.stringContaining("Advanced Data Residency"),
      }),
    ]);
  });
  it("is an error when the data location is outside the EU", () => {
    const findings = judge(onl01, (d) => (d.online.dataLocation = "US"));
    expect(findings.filter((f) => f.severity === "error")).toMatchObject([
      { ruleId: "ONL-01", status: "fail", location: inDocument("facts.dataResidency.tenantDataLocation"), message: expect.stringContaining("US, outside the EU") },
    ]);
  });
  it("passes with Advanced Data Residency, licensed", () => {
    expect(judge(onl01, (d) => Object.assign(d.online, { dataLocation: "SE", advancedDataResidency: true, addOns: ["ADVANCED_DATA_RESIDENCY"] }))).toEqual([]);
  });
  it("warns when ADR is declared without its add-on", () => {
    const findings = judge(onl01, (d) => (d.online.advancedDataResidency = true));
    expect(findings).toMatchObject([{ severity: "warning", location: inDocument("facts.dataResidency.advancedDataResidencyLicensed") }]);
  });
  it("needs no ADR when e-mail may hold at most confidentiality 1", () => {
    expect(judge(onl01, (d) => Object.assign(d.classification, { maxConfidentialityInEmail: 1, email: { ...d.classification.email, confidentiality: 1 } }))).toEqual([]);
  });
  it("cannot decide the ADR warning without a declared level, and says so at warning level", () => {
    expect(judge(onl01, (d) => delete d.classification.maxConfidentialityInEmail)).toMatchObject([
      { status: "undecided", severity: "warning", location: inDocument("facts.maxConfidentialityInEmail") },
    ]);
  });
  it("cannot decide without the document", () => {
    expect(findingsOf(onl01, "online")).toMatchObject([{ ruleId: "ONL-01", severity: "error", status: "undecided", location: inDocument("") }]);
  });
});

describe("ONL-02 Customer Lockbox", () => {
  it("passes when enabled in the desired settings", () => expect(judge(onl02, (d) => (d.online.customerLockbox = true))).toEqual([]));
  it("warns when it is off", () => {
    expect(judge(onl02, (d) => (d.online.customerLockbox = false))).toMatchObject([
      { ruleId: "ONL-02", severity: "warning", status: "fail", location: inDocument("settings.organizationConfig.CustomerLockboxEnabled") },
    ]);
  });
  it("cannot decide when the desired settings leave it out", () => {
    expect(judgeDocument(onl02, (doc) => delete doc.settings.organizationConfig)).toMatchObject([{ status: "undecided", severity: "warning" }]);
  });
});

describe("ONL-03 Customer Key at confidentiality 2 or more", () => {
  it("warns for the example: confidentiality 2 allowed, Customer Key off", () => {
    expect(judge(onl03)).toMatchObject([{ ruleId: "ONL-03", severity: "warning", status: "fail", location: inDocument("facts.customerKey.enabled") }]);
  });
  it("passes with Customer Key enabled and its data encryption policy", () => {
    expect(judge(onl03, (d) => (d.online.customerKey.enabled = true))).toEqual([]);
  });
  it("warns when Customer Key is declared but no enabled policy names both keys", () => {
    const findings = judgeDocument(onl03, (doc) => {
      doc.facts.customerKey.enabled = true;
      doc.settings.dataEncryptionPolicies = [];
    });
    expect(findings).toMatchObject([{ status: "fail", location: inDocument("settings.dataEncryptionPolicies") }]);
  });
  it("does not ask for Customer Key at confidentiality 1", () => {
    expect(judge(onl03, (d) => Object.assign(d.classification, { maxConfidentialityInEmail: 1, email: { ...d.classification.email, confidentiality: 1 } }))).toEqual([]);
  });
});

describe("the online area", () => {
  it("judges only the online option", () => {
    for (const rule of onlineRules) expect(findingsOf(rule, "onprem", keep, { documents: stackDocuments(orgWith(), "onprem") })).toEqual([]);
  });
});

describe("the example on both options", () => {
  it("has no error finding from the on-prem and online rules, only the municipality's real warnings", async () => {
    const findings = (await policyInputs(orgWith(), ["onprem", "online"], AS_OF)).flatMap((input) => evaluate([...onpremRules, ...onlineRules], input));
    expect(findings.filter((f) => f.severity === "error" || f.status === "undecided")).toEqual([]);
    expect(findings.map((f) => `${f.option} ${f.ruleId} ${f.severity}`)).toEqual(["onprem ONP-03 warning", "online ONL-01 warning", "online ONL-02 warning", "online ONL-03 warning"]);
  });
});
