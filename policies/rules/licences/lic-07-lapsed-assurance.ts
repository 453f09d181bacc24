import { exchangeLicence } from "../../../model/schema";
import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Exchange SE runs only on licences with active Software Assurance or on subscriptions, CALs
// likewise (source: microsoft-product-terms-exchange-server); SA that lapsed cannot be added
// back to a licence, so owned licences without it must be bought again (source:
// microsoft-exchange-licensing-faq). The cost estimate buys them; this says so where it is decided.
export const lic07: Rule = {
  id: "LIC-07",
  title: RULE_TEXTS.lic07.title,
  severity: "warning",
  appliesTo: "onprem",
  basis: "Microsoft Product Terms, Exchange Server: subscription licences or licences with active Software Assurance only",
  sources: ["microsoft-product-terms-exchange-server", "microsoft-exchange-licensing-faq"],
  remediation: RULE_TEXTS.lic07.remediation,
  check: ({ org }) => {
    const outcomes: Outcome[] = [];
    for (const key of exchangeLicence.options) {
      const coverage = org.cost.licensing.coverage[key];
      const owned = org.cost.ownedLicences[key] ?? 0;
      if (coverage?.kind !== "lapsed" || owned === 0) continue;
      outcomes.push(fail(say((m) => m.lic07.lapsed(owned, key, coverage.since)), atOrg(`cost.licensing.coverage.${key}`)));
    }
    return outcomes;
  },
};
