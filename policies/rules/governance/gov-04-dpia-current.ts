import { monthsBetween } from "../../dates";
import { atOrg, fail } from "../../outcome";
import type { Rule } from "../../types";

export const gov04: Rule = {
  id: "GOV-04",
  title: "A DPIA for e-mail is recorded and was reviewed within the last 12 months",
  severity: "error",
  appliesTo: "both",
  basis: "GDPR art. 35",
  sources: ["eurlex-gdpr", "imy-dpia"],
  remediation: "Review the DPIA for e-mail and record the date in governance.dpia.reviewed.",
  dated: true,
  check: ({ org, asOf }) => {
    const dpia = org.governance.dpia;
    if (!dpia) return [fail("no DPIA for e-mail is recorded", atOrg("governance.dpia"))];
    if (dpia.reviewed > asOf) return [fail(`the DPIA review date ${dpia.reviewed} is in the future (checked on ${asOf})`, atOrg("governance.dpia.reviewed"))];
    const age = monthsBetween(dpia.reviewed, asOf);
    return age >= 12 ? [fail(`the DPIA was last reviewed ${dpia.reviewed}, ${age} months before ${asOf}`, atOrg("governance.dpia.reviewed"))] : [];
  },
};
