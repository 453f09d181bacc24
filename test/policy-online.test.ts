// Exchange Online rules (ONL-01..06) over the example's real exchange-online-configuration.json.
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
import { onl04 } from "../policies/rules/online/onl-04-customer-lockbox-turned-on";
import { onl05 } from "../policies/rules/online/onl-05-dkim-cnames-published";
import { onl06 } from "../policies/rules/online/onl-06-customer-key-registered";
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
  // The example's Microsoft 365 E3 does not license Customer Lockbox (LIC-02), so it leaves it off.
  it("passes when asked for in the organization file", () => expect(judge(onl02, (d) => (d.online.customerLockbox = true))).toEqual([]));
  it("warns when it is off", () => {
    expect(judge(onl02, (d) => (d.online.customerLockbox = false))).toMatchObject([
      { ruleId: "ONL-02", severity: "warning", status: "fail", location: inDocument("facts.customerLockbox") },
    ]);
  });
  it("cannot decide when the document leaves it out", () => {
    expect(judgeDocument(onl02, (doc) => delete doc.facts.customerLockbox)).toMatchObject([{ status: "undecided", severity: "warning" }]);
  });
});

describe("ONL-04..06 the tenant administrator's manual steps", () => {
  const atOrganization = (path: string) => ({ kind: "organization", path });
  it("warns until Customer Lockbox is recorded as turned on, and not when it is not asked for", () => {
    const lockbox = (d: Record<string, any>) => (d.online.customerLockbox = true);
    expect(judge(onl04, lockbox)).toMatchObject([{ ruleId: "ONL-04", severity: "warning", status: "fail", location: atOrganization("online.manualSteps.customerLockboxEnabled") }]);
    expect(judge(onl04, (d) => (lockbox(d), (d.online.manualSteps = { customerLockboxEnabled: "2026-11-20" })))).toEqual([]);
    expect(judge(onl04, (d) => (d.online.customerLockbox = false))).toEqual([]);
  });
  it("warns for each accepted domain whose DKIM CNAMEs are not recorded as published", () => {
    const two = (d: Record<string, any>) => d.organization.acceptedDomains.push("exempel.se");
    // The example records exempelkommun.se as published; the added domain is not.
    expect(judge(onl05, two).map((f) => f.message)).toEqual(["the DKIM CNAMEs of exempel.se are not recorded as published, so DKIM signing stays off for it"]);
    expect(judge(onl05, (d) => (two(d), (d.online.manualSteps = { dkimCnamesPublished: ["exempel.se", "exempelkommun.se"] })))).toEqual([]);
  });
  it("warns while Microsoft's confirmation of the Customer Key subscriptions is not recorded", () => {
    expect(judge(onl06)).toEqual([]);
    const on = (d: Record<string, any>) => (d.online.customerKey.enabled = true);
    expect(judge(onl06, on)).toMatchObject([{ ruleId: "ONL-06", status: "fail", location: atOrganization("online.manualSteps.customerKeyRegistered") }]);
    expect(judge(onl06, (d) => (on(d), (d.online.manualSteps = { customerKeyRegistered: "2026-11-02" })))).toEqual([]);
  });
});

describe("ONL-03 Customer Key at confidentiality 2 or more", () => {
  it("warns for the example: confidentiality 2 allowed, Customer Key off", () => {
    expect(judge(onl03)).toMatchObject([{ ruleId: "ONL-03", severity: "warning", status: "fail", location: inDocument("facts.customerKey.enabled") }]);
  });
  it("passes with Customer Key enabled and its data encryption policy", () => {
    expect(judge(onl03, (d) => (d.online.customerKey.enabled = true))).toEqual([]);
  });
  it("warns when the data encryption policy is assigned to no mailbox", () => {
    const findings = findingsOf(onl03, "online", keep, {
      documents: (() => {
        const documents = documentsFor((d) => (d.online.customerKey.enabled = true));
        const document = structuredClone(documents[EXCHANGE_ONLINE_DOCUMENT_JSON]) as Record<string, any>;
        document.settings.mailboxDataEncryption = [];
        return { [EXCHANGE_ONLINE_DOCUMENT_JSON]: document };
      })(),
    });
    expect(findings).toMatchObject([{ status: "fail", location: inDocument("settings.mailboxDataEncryption"), message: expect.stringContaining("encrypts nothing") }]);
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
  it("has no error finding from the on-prem and online rules, only the municipality's real warnings (its DKIM CNAMEs are recorded as published)", async () => {
    const findings = (await policyInputs(orgWith(), ["onprem", "online"], AS_OF)).flatMap((input) => evaluate([...onpremRules, ...onlineRules], input));
    expect(findings.filter((f) => f.severity === "error" || f.status === "undecided")).toEqual([]);
    expect(findings.map((f) => `${f.option} ${f.ruleId} ${f.severity}`)).toEqual(["onprem ONP-03 warning", "online ONL-01 warning", "online ONL-02 warning", "online ONL-03 warning"]);
  });
});
