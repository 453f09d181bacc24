// Retention and public-records rules over the example's real generated documents and mutated copies.
import { describe, expect, it } from "vitest";
import { buildOnpremExchangeDocument } from "../model/exchange-onprem/document";
import { renderOnpremScript } from "../model/exchange-onprem/render-script";
import { EXCHANGE_ONLINE_DOCUMENT_JSON } from "../model/exchange-online/document";
import { ONPREM_DOCUMENT_JSON } from "../policies/rules/exchange/documents";
import { minimumDays } from "../policies/rules/retention/deletion-decisions";
import { ret01 } from "../policies/rules/retention/ret-01-deletion-decisions";
import { ret02 } from "../policies/rules/retention/ret-02-leaver-mailboxes";
import { ret03 } from "../policies/rules/retention/ret-03-records-access";
import { ret04 } from "../policies/rules/retention/ret-04-log-retention";
import type { Rule } from "../policies/types";
import { atDocumentPath, findingsOf, findingsOnDocuments, orgWith } from "./helpers/policy";

const run = findingsOnDocuments;
const at = atDocumentPath;
const both = (rule: Rule) => [...run(rule, "onprem"), ...run(rule, "online")];

describe("the earliest deletion a decision allows", () => {
  it("counts a leap day for every started four years", () => {
    expect([1, 2, 4, 5, 7].map(minimumDays)).toEqual([366, 731, 1461, 1827, 2557]);
  });
});

/** RET-01's findings on the generated documents, without its warning about decisions applied to all mail. */
const onDocuments = (rule: Rule, option: "onprem" | "online", change?: (d: any) => void) => run(rule, option, change).filter((f) => f.location.kind === "document");

describe("RET-01 deletion only under a gallringsbeslut", () => {
  it("passes the example's documents on both options", () => expect([...onDocuments(ret01, "onprem"), ...onDocuments(ret01, "online")]).toEqual([]));
  it("warns, on both options, that a decision without a query deletes all mail, not only the mail it covers", () => {
    const findings = both(ret01);
    expect(findings.map((f) => [f.option, f.severity, f.location])).toEqual([
      ["onprem", "warning", { kind: "organization", path: "retention.deletionDecisions.0.contentMatchQuery" }],
      ["online", "warning", { kind: "organization", path: "retention.deletionDecisions.0.contentMatchQuery" }],
    ]);
    expect(findings[0]!.messages.sv).toContain("KS 2023/118 p. 4");
    const narrowed = (d: Record<string, any>) => (d.retention.deletionDecisions[0].contentMatchQuery = "Subject:Tillfällig");
    expect(findingsOf(ret01, "online", narrowed).filter((f) => f.location.kind === "organization")).toEqual([]);
  });
  it("fails an on-prem tag that deletes before the decision allows", () => {
    expect(onDocuments(ret01, "onprem", (d) => (d.retention.tags[0].ageLimitDays = 730))).toMatchObject([
      { ruleId: "RET-01", severity: "error", status: "fail", location: at("retention.tags.0.ageLimitDays", ONPREM_DOCUMENT_JSON), message: expect.stringContaining("731 days") },
    ]);
  });
  it("fails an on-prem tag that names no recorded decision", () => {
    expect(onDocuments(ret01, "onprem", (d) => (d.retention.tags[0].deletionDecisionId = "KS 1999/1"))).toMatchObject([
      { status: "fail", location: at("retention.tags.0", ONPREM_DOCUMENT_JSON), message: expect.stringContaining("KS 1999/1") },
    ]);
  });
  it("fails an online rule that deletes too early and one without a decision", () => {
    const early = onDocuments(ret01, "online", (d) => (d.settings.retentionComplianceRules[0].RetentionDuration = "365"));
    expect(early).toMatchObject([{ status: "fail", location: at("settings.retentionComplianceRules.0.RetentionDuration", EXCHANGE_ONLINE_DOCUMENT_JSON) }]);
    const orphan = onDocuments(ret01, "online", (d) => (d.facts.retention.deletionRules = []));
    expect(orphan).toMatchObject([{ status: "fail", message: expect.stringContaining("references no deletion decision") }]);
  });
  it("cannot decide an unreadable duration, and without the document", () => {
    expect(onDocuments(ret01, "online", (d) => (d.settings.retentionComplianceRules[0].RetentionDuration = "two years"))).toMatchObject([{ status: "undecided" }]);
    expect(findingsOf(ret01, "onprem")).toMatchObject([{ status: "undecided", location: at("", ONPREM_DOCUMENT_JSON) }]);
  });
});

describe("RET-02 leavers' mailboxes are retained", () => {
  it("passes the example on both options", () => expect(both(ret02)).toEqual([]));
  it("fails on-prem when leavers' mailboxes are deleted", () => {
    expect(run(ret02, "onprem", undefined, (d) => (d.retention.leaverMailboxes = "delete"))).toMatchObject([
      { ruleId: "RET-02", severity: "error", status: "fail", location: at("retention.leaverMailboxes", ONPREM_DOCUMENT_JSON) },
    ]);
  });
  it("fails online when no retention policy keeps every mailbox", () => {
    const deleteLeavers = (d: Record<string, any>) => {
      d.retention.leaverMailboxes = "delete";
      d.retention.deletionDecisions[0].contentMatchQuery = "subject:nyhetsbrev";
    };
    expect(run(ret02, "online", undefined, deleteLeavers)).toMatchObject([{ status: "fail", location: at("settings.retentionCompliancePolicies", EXCHANGE_ONLINE_DOCUMENT_JSON) }]);
  });
});

describe("RET-03 search, export and hold for two named roles", () => {
  it("passes the example on both options", () => expect(both(ret03)).toEqual([]));
  it("fails one named role on both options", () => {
    const oneRole = (d: Record<string, any>) => (d.governance.recordsAccessRoles = ["Registrator"]);
    expect(run(ret03, "onprem", undefined, oneRole)).toMatchObject([{ ruleId: "RET-03", severity: "error", status: "fail", location: at("recordsAccess", ONPREM_DOCUMENT_JSON) }]);
    expect(run(ret03, "online", undefined, oneRole)).toMatchObject([{ status: "fail", location: at("settings.roleGroups", EXCHANGE_ONLINE_DOCUMENT_JSON), message: expect.stringContaining("1 role group(s)") }]);
  });
  it("does not count a role group without hold", () => {
    expect(run(ret03, "online", (d) => (d.settings.roleGroups[0].Roles = d.settings.roleGroups[0].Roles.filter((r: string) => r !== "Hold")))).toHaveLength(1);
  });
  it("is what the on-prem script grants", () => {
    const script = renderOnpremScript(buildOnpremExchangeDocument(orgWith()));
    expect(script).toContain("New-RoleGroup -Name $item.Name -Roles $item.Roles");
    expect(script).toContain("'Records access Arkivarie'");
  });
});

describe("RET-04 logs kept as long as decided", () => {
  it("passes the example on both options", () => expect(both(ret04)).toEqual([]));
  it("blocks Exchange Online without a message trace export kept as long as the decision on logs", () => {
    const without = (d: Record<string, any>) => delete d.online.messageTraceExport;
    expect(run(ret04, "online", undefined, without)).toMatchObject([
      { ruleId: "RET-04", severity: "error", status: "fail", location: { kind: "organization", path: "online.messageTraceExport" }, message: expect.stringContaining("90 days") },
    ]);
    const short = (d: Record<string, any>) => (d.online.messageTraceExport.retainDays = 365);
    expect(run(ret04, "online", undefined, short).map((f) => f.severity)).toEqual(["error"]);
  });
  it("blocks when on-prem message tracking is shorter than the decision on logs", () => {
    expect(run(ret04, "onprem", (d) => (d.transport.messageTracking.maxAgeDays = 30))).toMatchObject([
      { ruleId: "RET-04", severity: "error", status: "fail", location: at("transport.messageTracking.maxAgeDays", ONPREM_DOCUMENT_JSON), message: expect.stringContaining("731") },
    ]);
  });
  it("warns when online audit retention is shorter than the decision", () => {
    expect(run(ret04, "online", (d) => (d.settings.unifiedAuditLogRetentionPolicies[0].RetentionDuration = "TwelveMonths"))).toMatchObject([
      { severity: "warning", location: at("settings.unifiedAuditLogRetentionPolicies", EXCHANGE_ONLINE_DOCUMENT_JSON), message: expect.stringContaining("366 days") },
    ]);
  });
  it("warns when no decision about logs is recorded", () => {
    const noLogDecision = (d: Record<string, any>) => (d.retention.deletionDecisions = d.retention.deletionDecisions.filter((x: any) => x.appliesTo !== "logs"));
    expect(run(ret04, "online", undefined, noLogDecision)).toMatchObject([{ severity: "warning", location: { kind: "organization", path: "retention.deletionDecisions" } }]);
  });
  it("cannot decide without the document", () => expect(findingsOf(ret04, "online")).toMatchObject([{ status: "undecided" }]));
});
