import { fail } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { at, expectFact, listAt, missingFact, optionDocument, type OptionDocument } from "./documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// ScubaGear MS.EXO.1.1 checks that no remote domain has AutoForwardEnabled; Exchange Online also
// needs the outbound spam filter's AutoForwardingMode Off (source: cisa-scubagear-exo).
function remoteDomains(doc: OptionDocument, path: string, keys: { domain: string; forward: string }): Outcome[] {
  const domains = listAt(doc.document, path);
  if (!domains) return [missingFact(doc, path, (m) => m.exo01.subject)];
  const outcomes = domains.flatMap((domain, i) => expectFact(doc, `${path}.${i}.${keys.forward}`, false, (m) => m.exo01.domainForwards(String(domain[keys.domain]))));
  if (!domains.some((domain) => domain[keys.domain] === "*")) {
    outcomes.push(fail(say((m) => m.exo01.noWildcard), at(doc, path)));
  }
  return outcomes;
}

export const exo01: Rule = {
  id: "EXO-01",
  title: RULE_TEXTS.exo01.title,
  severity: "error",
  appliesTo: "both",
  basis: "CISA ScubaGear MS.EXO.1.1; GDPR art. 32; OSL (information must not leave unnoticed)",
  sources: ["eurlex-gdpr", "rkrattsbaser-osl", "cisa-scubagear-exo"],
  remediation: RULE_TEXTS.exo01.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.exo01.subject);
    if ("missing" in doc) return [doc.missing];
    if (doc.option === "onprem") return remoteDomains(doc, "remoteDomains", { domain: "domain", forward: "autoForwardEnabled" });
    const outcomes = remoteDomains(doc, "settings.remoteDomains", { domain: "DomainName", forward: "AutoForwardEnabled" });
    const spam = listAt(doc.document, "settings.outboundSpamFilterPolicies");
    if (!spam) return [...outcomes, missingFact(doc, "settings.outboundSpamFilterPolicies", (m) => m.exo01.subject)];
    if (spam.length === 0) outcomes.push(fail(say((m) => m.exo01.noSpamPolicy), at(doc, "settings.outboundSpamFilterPolicies")));
    spam.forEach((policy, i) =>
      outcomes.push(...expectFact(doc, `settings.outboundSpamFilterPolicies.${i}.AutoForwardingMode`, "Off", (m) => m.exo01.spamPolicyForwards(String(policy.Identity)))),
    );
    return outcomes;
  },
};
