// policies/RULES.md is the published contract of the catalog: every rule it lists exists in
// the code with exactly its ID, severity and scope, no rule exists that it does not list, and
// the file is what the rule metadata generates.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { RULES } from "../policies/catalog";
import { RULES_MD_PATH, rulesMarkdown } from "../policies/rules-md";

function publishedRules() {
  const rows = readFileSync(RULES_MD_PATH, "utf8").split("\n").filter((line) => /^\| [A-Z]{2,3}-\d{2} \|/.test(line));
  return rows
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .map(([, id, severity, appliesTo]) => ({ id, severity, appliesTo }))
    .sort((a, b) => a.id!.localeCompare(b.id!));
}

it("implements exactly the rules RULES.md publishes, with their severities and scopes", () => {
  const contract = publishedRules();
  expect(contract.length).toBeGreaterThan(40);
  expect(RULES.map(({ id, severity, appliesTo }) => ({ id, severity, appliesTo }))).toEqual(contract);
});

it("gives every rule a title, a legal or technical basis and a remediation", () => {
  for (const rule of RULES) {
    expect(rule.title.length, rule.id).toBeGreaterThan(10);
    expect(rule.basis.length, rule.id).toBeGreaterThan(3);
    expect(rule.remediation.length, rule.id).toBeGreaterThan(10);
  }
});

it("keeps policies/RULES.md current (run `npm run rules-md`)", () => {
  expect(readFileSync(RULES_MD_PATH, "utf8")).toBe(rulesMarkdown(RULES));
});
