import { atOrg, fail, undecided, warn } from "../../outcome";
import { say, type Words } from "../../say";
import type { Outcome, PolicyInput, Rule } from "../../types";
import { at, listAt, missingFact, optionDocument, type OptionDocument } from "../exchange/documents";
import { decisionById, minimumDays } from "./deletion-decisions";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

/** One deleting item judged against the decision it names. */
function judge(input: PolicyInput, doc: OptionDocument, what: Words, decisionId: unknown, days: unknown, path: string, daysPath: string): Outcome[] {
  if (typeof decisionId !== "string" || decisionId === "") return [fail(say((m, lang) => m.ret01.noDecision(what(m, lang))), at(doc, path))];
  const decision = decisionById(input.org, decisionId);
  if (!decision) return [fail(say((m, lang) => m.ret01.unknownDecision(what(m, lang), decisionId)), at(doc, path))];
  if (typeof days !== "number" || !Number.isFinite(days)) return [undecided(say((m, lang) => m.ret01.unknownAge(what(m, lang))), at(doc, daysPath))];
  const least = minimumDays(decision.retainYears);
  return days >= least ? [] : [fail(say((m, lang) => m.ret01.tooEarly(what(m, lang), days, decision.id, decision.retainYears, least)), at(doc, daysPath))];
}

function onprem(input: PolicyInput, doc: OptionDocument): Outcome[] {
  const tags = listAt(doc.document, "retention.tags");
  if (!tags) return [missingFact(doc, "retention.tags", (m) => m.ret01.deletion)];
  return tags.flatMap((tag, i) =>
    /delete/i.test(String(tag.action)) ? judge(input, doc, (m) => m.ret01.tag(String(tag.name)), tag.deletionDecisionId, tag.ageLimitDays, `retention.tags.${i}`, `retention.tags.${i}.ageLimitDays`) : [],
  );
}

function online(input: PolicyInput, doc: OptionDocument): Outcome[] {
  const rules = listAt(doc.document, "settings.retentionComplianceRules");
  if (!rules) return [missingFact(doc, "settings.retentionComplianceRules", (m) => m.ret01.deletion)];
  // The document records which decision each deleting rule carries out (facts.retention.deletionRules).
  const facts = listAt(doc.document, "facts.retention.deletionRules") ?? [];
  return rules.flatMap((rule, i) => {
    if (rule.RetentionComplianceAction !== "Delete" && rule.RetentionComplianceAction !== "KeepAndDelete") return [];
    if (rule.RetentionDuration === "Unlimited") return [];
    const decisionId = facts.find((fact) => fact.rule === rule.Name)?.decisionId;
    const days = typeof rule.RetentionDuration === "string" && /^\d+$/.test(rule.RetentionDuration) ? Number(rule.RetentionDuration) : undefined;
    return judge(input, doc, (m) => m.ret01.rule(String(rule.Name)), decisionId, days, `settings.retentionComplianceRules.${i}`, `settings.retentionComplianceRules.${i}.RetentionDuration`);
  });
}

/**
 * A decision on mailbox content with no query narrowing it deletes every message in every
 * mailbox, records of lasting value too; a gallringsbeslut usually covers only some mail
 * (e.g. of tillfällig eller ringa betydelse), so the archive authority must confirm its reach.
 */
function wholeMailbox(input: PolicyInput): Outcome[] {
  return input.org.retention.deletionDecisions.flatMap((d, i) =>
    d.appliesTo === "mailbox-content" && d.contentMatchQuery === undefined ? [warn(say((m) => m.ret01.allMail(d.id)), atOrg(`retention.deletionDecisions.${i}.contentMatchQuery`))] : [],
  );
}

export const ret01: Rule = {
  id: "RET-01",
  title: RULE_TEXTS.ret01.title,
  severity: "error",
  appliesTo: "both",
  basis: "Arkivlagen (1990:782) 10 §; JO 1758-2012",
  sources: ["rkrattsbaser-arkivlag", "lagen-jo-1758-2012"],
  remediation: RULE_TEXTS.ret01.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.ret01.subject);
    if ("missing" in doc) return [doc.missing];
    return [...(doc.option === "onprem" ? onprem(input, doc) : online(input, doc)), ...wholeMailbox(input)];
  },
};
