import { atOrg, fail, undecided } from "../../outcome";
import type { Outcome, Rule } from "../../types";
import { atOnline, field, onlineDocument, records } from "./document";

// Exchange Online signs a domain with DKIM only once the domain's two selector CNAMEs resolve;
// until the organization file records them as published, DKIM is created disabled.
export const onl05: Rule = {
  id: "ONL-05",
  title: "The DKIM selector CNAME records of every accepted domain are recorded as published",
  severity: "warning",
  appliesTo: "online",
  basis: "CISA ScubaGear MS.EXO.3.1 (DKIM for every domain); NIS2 art. 21(2)(h)",
  sources: ["learn-dkim-configure", "cmdlet-new-dkimsigningconfig", "eurlex-nis2", "cisa-scubagear-exo"],
  remediation:
    "Publish selector1._domainkey.<domain> and selector2._domainkey.<domain> as CNAMEs to the Selector1CNAME and Selector2CNAME that Get-DkimSigningConfig shows (exchange-iac export powershell prints them), then add the domain to online.manualSteps.dkimCnamesPublished.",
  check: ({ documents }) => {
    const read = onlineDocument(documents, "the DKIM CNAME records");
    if ("missing" in read) return [read.missing];
    const domains = records(field(read.document, "facts.manualSteps.dkimCnames"));
    if (!domains) return [undecided("the document lists no DKIM CNAME records", atOnline("facts.manualSteps.dkimCnames"))];
    const outcomes: Outcome[] = [];
    for (const domain of domains) {
      if (domain.published === true) continue;
      outcomes.push(fail(`the DKIM CNAMEs of ${String(domain.domain)} are not recorded as published, so DKIM signing stays off for it`, atOrg("online.manualSteps.dkimCnamesPublished")));
    }
    return outcomes;
  },
};
