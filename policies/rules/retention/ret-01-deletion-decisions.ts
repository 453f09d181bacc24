import { fail, undecided } from "../../outcome";
import type { Outcome, PolicyInput, Rule } from "../../types";
import { at, listAt, missingFact, optionDocument, type OptionDocument } from "../exchange/documents";
import { decisionById, minimumDays } from "./deletion-decisions";

/** One deleting item judged against the decision it names. */
function judge(input: PolicyInput, doc: OptionDocument, what: string, decisionId: unknown, days: unknown, path: string, daysPath: string): Outcome[] {
  if (typeof decisionId !== "string" || decisionId === "") return [fail(`${what} deletes mail but references no deletion decision`, at(doc, path))];
  const decision = decisionById(input.org, decisionId);
  if (!decision) return [fail(`${what} references ${decisionId}, which is not a deletion decision in retention.deletionDecisions`, at(doc, path))];
  if (typeof days !== "number" || !Number.isFinite(days)) return [undecided(`the age at which ${what} deletes is not known`, at(doc, daysPath))];
  const least = minimumDays(decision.retainYears);
  return days >= least ? [] : [fail(`${what} deletes after ${days} days; decision ${decision.id} allows deletion after ${decision.retainYears} years (${least} days) at the earliest`, at(doc, daysPath))];
}

function onprem(input: PolicyInput, doc: OptionDocument): Outcome[] {
  const tags = listAt(doc.document, "retention.tags");
  if (!tags) return [missingFact(doc, "retention.tags", "deletion")];
  return tags.flatMap((tag, i) =>
    /delete/i.test(String(tag.action)) ? judge(input, doc, `retention tag ${String(tag.name)}`, tag.deletionDecisionId, tag.ageLimitDays, `retention.tags.${i}`, `retention.tags.${i}.ageLimitDays`) : [],
  );
}

function online(input: PolicyInput, doc: OptionDocument): Outcome[] {
  const rules = listAt(doc.document, "settings.retentionComplianceRules");
  if (!rules) return [missingFact(doc, "settings.retentionComplianceRules", "deletion")];
  // The document records which decision each deleting rule carries out (facts.retention.deletionRules).
  const facts = listAt(doc.document, "facts.retention.deletionRules") ?? [];
  return rules.flatMap((rule, i) => {
    if (rule.RetentionComplianceAction !== "Delete" && rule.RetentionComplianceAction !== "KeepAndDelete") return [];
    if (rule.RetentionDuration === "Unlimited") return [];
    const decisionId = facts.find((fact) => fact.rule === rule.Name)?.decisionId;
    const days = typeof rule.RetentionDuration === "string" && /^\d+$/.test(rule.RetentionDuration) ? Number(rule.RetentionDuration) : undefined;
    return judge(input, doc, `retention rule ${String(rule.Name)}`, decisionId, days, `settings.retentionComplianceRules.${i}`, `settings.retentionComplianceRules.${i}.RetentionDuration`);
  });
}

export const ret01: Rule = {
  id: "RET-01",
  title: "Every retention rule that deletes mail references a deletion decision (gallringsbeslut) and deletes no earlier than that decision allows",
  severity: "error",
  appliesTo: "both",
  basis: "Arkivlagen (1990:782) 10 §; JO 1758-2012",
  sources: ["rkrattsbaser-arkivlag", "lagen-jo-1758-2012"],
  remediation: "Record the gallringsbeslut in retention.deletionDecisions and derive every deleting retention rule or tag from it, with at least its period.",
  check: (input) => {
    const doc = optionDocument(input, "deletion under retention");
    if ("missing" in doc) return [doc.missing];
    return doc.option === "onprem" ? onprem(input, doc) : online(input, doc);
  },
};
