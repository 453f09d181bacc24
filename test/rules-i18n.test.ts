// Every policy finding, rule title and remediation reads in Swedish too: the rules catalog
// (i18n/<lang>/rules) holds them, the English entries are the rules' own texts, and the paper
// and `check` as text show the Swedish ones.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { rules as enRules } from "../i18n/en/rules";
import { MINIMUM_AUDIT_RETENTION_DAYS } from "../model/exchange-online/audit-retention";
import { licenceNeeds, onlineAuditDays } from "../model/licences";
import { RULES } from "../policies/catalog";
import { ruleTexts, say } from "../policies/say";
import type { Finding } from "../policies/types";
import type { Comparison } from "../report/model";
import { countedAs } from "../report/risk/findings";
import { everythingOn } from "./conformance/azurerm-matrix";
import { runCli, tempFile } from "./helpers/cli";
import { EXAMPLE_CONFIG, validateOrganization } from "../model/load";
import { exampleData, exampleWith } from "./helpers/example";

const AS_OF = "2026-11-26";
const squash = (text: string) => text.replace(/\s+/g, " ");
/** The markdown with its escapes taken out, so a message can be looked up as written. */
const unescaped = (markdown: string) => squash(markdown.replace(/\\/g, ""));

describe("the rules catalog", () => {
  it("holds each rule's own title and remediation in English, and its own in Swedish", () => {
    for (const rule of RULES) {
      expect(ruleTexts(rule.id, "en"), rule.id).toEqual({ ...ruleTexts(rule.id, "en"), title: rule.title, remediation: rule.remediation });
      const sv = ruleTexts(rule.id, "sv")!;
      expect(sv.title, rule.id).not.toBe(rule.title);
      expect(sv.remediation, rule.id).not.toBe(rule.remediation);
    }
  });

  it("has an entry for no rule that does not exist", () => {
    const keys = Object.keys(enRules).filter((key) => /^[a-z]{2,3}\d{2}$/.test(key));
    expect(keys.sort()).toEqual(RULES.map((rule) => rule.id.toLowerCase().replace("-", "")).sort());
  });

  it("has the words for every licence need model/licences.ts finds (the rules and the cost estimate both say them from there)", () => {
    for (const data of [exampleData(), everythingOn("azure-vm")]) {
      data.online.customerLockbox = true;
      data.online.advancedDataResidency = true;
      data.retention.auditLogRetentionDays = 3650;
      const org = validateOrganization(data);
      const days = onlineAuditDays(org, MINIMUM_AUDIT_RETENTION_DAYS);
      const needs = licenceNeeds(org, days);
      expect(needs.length).toBeGreaterThanOrEqual(5);
      for (const need of needs) {
        expect(enRules.licenceNeed[need.id].cause(days), need.id).toMatch(/\w{4}/);
        expect(enRules.licenceNeed[need.id].providedBy, need.id).toMatch(/\w{4}/);
      }
    }
  });

  it("builds one message in every language from the same entry", () => {
    expect(say((m) => m.dlp02.silent("Regel A"))).toEqual({
      en: "rule Regel A covers EU identity types but does not notify the sender",
      sv: "regeln Regel A omfattar EU-identitetstyper men meddelar inte avsändaren",
    });
  });
});

describe("findings in the Swedish paper", () => {
  const cases = [
    ["the example", exampleData()],
    ["every optional feature on", everythingOn("azure-vm")],
  ] as const;
  const papers = new Map<string, { c: Comparison; md: string }>();
  beforeAll(async () => {
    for (const [name, data] of cases) {
      const dir = mkdtempSync(join(tmpdir(), "exchange-iac-rules-sv-"));
      const config = tempFile("org.yaml", stringify(data));
      const result = await runCli(["--config", config, "compare", "--out", dir, "--as-of", AS_OF]);
      expect(result.code, result.stderr).toBe(0);
      // The findings are listed in the technical annex, not in the council paper.
      papers.set(name, { c: JSON.parse(readFileSync(join(dir, "comparison.json"), "utf8")), md: unescaped(readFileSync(join(dir, "comparison-technical.md"), "utf8")) });
    }
  });

  it.each(cases.map(([name]) => name))("%s: shows every finding in Swedish and none in English", (name) => {
    const { c, md } = papers.get(name)!;
    expect(c.lang).toBe("sv");
    const findings = c.options.flatMap((o) => o.findings.list);
    expect(findings.length).toBeGreaterThan(3);
    for (const finding of findings) {
      expect(finding.text, finding.ruleId).not.toBe(finding.message);
      expect(md, finding.ruleId).toContain(squash(finding.text));
      expect(md, finding.ruleId).not.toContain(squash(finding.message));
    }
  });

  it("tells in the annex's Bilaga C whether a finding is scored, counted through a fact, a step before going live or a condition of the decision", () => {
    const { c, md } = papers.get("the example")!;
    const row = (option: string, rule: string) => c.options.find((o) => o.option === option)!.findings.list.find((f) => f.ruleId === rule)!;
    expect(row("onprem", "DEP-01").counted).toBe("prerequisite");
    expect(countedAs("ONL-05", new Set())).toBe("prerequisite");
    expect(row("onprem", "ONP-03").counted).toBe("fact");
    expect(row("onprem", "DLP-02").counted).toBe("finding");
    expect(md).toMatch(/\| DEP-01 \| varning \| brist \| nej, steg före driftstart \|/);
    expect(md).toMatch(/\| ONP-03 \| [^|]+ \| [^|]+ \| via en uppgift \|/);
    expect(md).toMatch(/\| DLP-02 \| varning \| brist \| ja \|/);
    expect(row("online", "GOV-03").counted).toBe("condition");
    expect(md).toMatch(/\| GOV-03 \| varning \| brist \| nej, villkor för beslutet \|/);
    // A step before going live is never a risk reason of the option.
    const reasons = c.options.flatMap((o) => o.risk.flatMap((r) => r.reasons));
    expect(reasons.filter((r) => r.rule && RULES.find((rule) => rule.id === r.rule)?.prerequisite)).toEqual([]);
  });

  it("decides the three states from the rule alone and the facts that count", () => {
    expect(countedAs("DEP-04", new Set())).toBe("prerequisite");
    expect(countedAs("ONL-04", new Set(["ONL-04"]))).toBe("prerequisite");
    expect(countedAs("ONP-03", new Set(["ONP-03"]))).toBe("fact");
    expect(countedAs("DLP-02", new Set(["ONP-03"]))).toBe("finding");
  });
});

describe("check as text in Swedish", () => {
  it("prints each finding's Swedish title, message and remediation, and not the English ones", async () => {
    const config = tempFile("org.yaml", stringify(everythingOn("azure-vm")));
    const json = await runCli(["--config", config, "--format", "json", "check", "--as-of", AS_OF]);
    const findings: Finding[] = JSON.parse(json.stdout).findings;
    expect(findings.length).toBeGreaterThan(3);
    const text = await runCli(["--config", config, "--lang", "sv", "check", "--as-of", AS_OF]);
    const out = squash(text.stdout);
    for (const finding of findings) {
      const sv = ruleTexts(finding.ruleId, "sv")!;
      const en = ruleTexts(finding.ruleId, "en")!;
      expect(out).toContain(squash(`regel: ${sv.title}`));
      expect(out).toContain(squash(finding.messages.sv));
      expect(out).toContain(squash(`åtgärd: ${sv.remediation}`));
      expect(out).not.toContain(squash(en.title));
      expect(out).not.toContain(squash(en.remediation));
      expect(out).not.toContain(squash(finding.message));
    }
    for (const line of text.stdout.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(100);
  });
});

describe("the pull-request comment in Swedish", () => {
  it("names a new finding in Swedish and matches findings between the sides by their English message", async () => {
    const config = tempFile("org.yaml", exampleWith((d) => delete d.governance.dpia));
    const json = await runCli(["--config", config, "--format", "json", "diff", "--base", EXAMPLE_CONFIG, "--as-of", AS_OF]);
    expect(JSON.parse(json.stdout).findings.new.map((f: { ruleId: string }) => f.ruleId)).toEqual(["GOV-04", "GOV-04"]);
    const markdown = await runCli(["--config", config, "--lang", "sv", "--format", "markdown", "diff", "--base", EXAMPLE_CONFIG, "--as-of", AS_OF]);
    expect(markdown.stdout).toContain("ingen konsekvensbedömning (DPIA) för e-posten finns registrerad");
    expect(markdown.stdout).not.toContain("no DPIA for e-mail is recorded");
  });
});
