import { atOrg, fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnline, field, onlineDocument, records } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Exchange Online signs a domain with DKIM only once the domain's two selector CNAMEs resolve;
// until the organization file records them as published, DKIM is created disabled.
export const onl05: Rule = {
  id: "ONL-05",
  title: RULE_TEXTS.onl05.title,
  severity: "warning",
  appliesTo: "online",
  prerequisite: true,
  basis: "CISA ScubaGear MS.EXO.3.1 (DKIM for every domain); NIS2 art. 21(2)(h)",
  sources: ["learn-dkim-configure", "cmdlet-new-dkimsigningconfig", "eurlex-nis2", "cisa-scubagear-exo"],
  remediation: RULE_TEXTS.onl05.remediation,
  check: ({ documents }) => {
    const read = onlineDocument(documents, (m) => m.onl05.subject);
    if ("missing" in read) return [read.missing];
    const domains = records(field(read.document, "facts.manualSteps.dkimCnames"));
    if (!domains) return [undecided(say((m) => m.onl05.noList), atOnline("facts.manualSteps.dkimCnames"))];
    const outcomes: Outcome[] = [];
    for (const domain of domains) {
      if (domain.published === true) continue;
      outcomes.push(fail(say((m) => m.onl05.notPublished(String(domain.domain))), atOrg("online.manualSteps.dkimCnamesPublished")));
    }
    return outcomes;
  },
};
