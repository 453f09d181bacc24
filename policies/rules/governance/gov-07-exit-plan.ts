import { futureDate } from "../../dates";
import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const gov07: Rule = {
  id: "GOV-07",
  title: RULE_TEXTS.gov07.title,
  severity: "warning",
  appliesTo: "online",
  basis: "eSam PM 2023; NIS2 art. 21(2)(d)",
  sources: ["rkrattsbaser-cybersakerhetslag", "eurlex-nis2", "esam-molnfragan"],
  dated: true,
  remediation: RULE_TEXTS.gov07.remediation,
  check: ({ org, asOf }) => {
    const plan = org.governance.exitPlan;
    if (!plan) return [fail(say((m) => m.gov07.noPlan), atOrg("governance.exitPlan"))];
    return futureDate((m) => m.gov07.date, plan.date, asOf, "governance.exitPlan.date");
  },
};
