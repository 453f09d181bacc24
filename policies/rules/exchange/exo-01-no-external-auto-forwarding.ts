import { fail } from "../../outcome";
import type { Outcome, Rule } from "../../types";
import { at, expectFact, listAt, missingFact, optionDocument, type OptionDocument } from "./documents";

// ScubaGear MS.EXO.1.1 checks that no remote domain has AutoForwardEnabled; Exchange Online also
// needs the outbound spam filter's AutoForwardingMode Off (source: cisa-scubagear-exo).
function remoteDomains(doc: OptionDocument, path: string, keys: { domain: string; forward: string }): Outcome[] {
  const domains = listAt(doc.document, path);
  if (!domains) return [missingFact(doc, path, "automatic forwarding")];
  const outcomes = domains.flatMap((domain, i) => expectFact(doc, `${path}.${i}.${keys.forward}`, false, `remote domain ${String(domain[keys.domain])} allows automatic forwarding`));
  if (!domains.some((domain) => domain[keys.domain] === "*")) {
    outcomes.push(fail("no remote domain covers all external domains (*), so Exchange's default, which allows forwarding, applies", at(doc, path)));
  }
  return outcomes;
}

export const exo01: Rule = {
  id: "EXO-01",
  title: "Automatic forwarding to external domains is off (MS.EXO.1.1)",
  severity: "error",
  appliesTo: "both",
  basis: "CISA ScubaGear MS.EXO.1.1; GDPR art. 32; OSL (information must not leave unnoticed)",
  sources: ["eurlex-gdpr", "rkrattsbaser-osl", "cisa-scubagear-exo"],
  remediation: "Set AutoForwardEnabled false on the remote domain * (and AutoForwardingMode Off on the outbound spam filter policies in Exchange Online).",
  check: (input) => {
    const doc = optionDocument(input, "automatic forwarding");
    if ("missing" in doc) return [doc.missing];
    if (doc.option === "onprem") return remoteDomains(doc, "remoteDomains", { domain: "domain", forward: "autoForwardEnabled" });
    const outcomes = remoteDomains(doc, "settings.remoteDomains", { domain: "DomainName", forward: "AutoForwardEnabled" });
    const spam = listAt(doc.document, "settings.outboundSpamFilterPolicies");
    if (!spam) return [...outcomes, missingFact(doc, "settings.outboundSpamFilterPolicies", "automatic forwarding")];
    if (spam.length === 0) outcomes.push(fail("no outbound spam filter policy turns automatic forwarding off", at(doc, "settings.outboundSpamFilterPolicies")));
    spam.forEach((policy, i) =>
      outcomes.push(...expectFact(doc, `settings.outboundSpamFilterPolicies.${i}.AutoForwardingMode`, "Off", `outbound spam filter policy ${String(policy.Identity)} does not turn automatic forwarding off`)),
    );
    return outcomes;
  },
};
