import { futureDate, monthsBetween } from "../../dates";
import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const gov04: Rule = {
  id: "GOV-04",
  title: RULE_TEXTS.gov04.title,
  severity: "error",
  appliesTo: "both",
  basis: "GDPR art. 35",
  sources: ["eurlex-gdpr", "imy-dpia"],
  remediation: RULE_TEXTS.gov04.remediation,
  dated: true,
  check: ({ org, asOf }) => {
    const dpia = org.governance.dpia;
    if (!dpia) return [fail(say((m) => m.gov04.noDpia), atOrg("governance.dpia"))];
    const future = futureDate((m) => m.gov04.date, dpia.reviewed, asOf, "governance.dpia.reviewed");
    if (future.length) return future;
    const age = monthsBetween(dpia.reviewed, asOf);
    return age >= 12 ? [fail(say((m) => m.gov04.stale(dpia.reviewed, age, asOf)), atOrg("governance.dpia.reviewed"))] : [];
  },
};
