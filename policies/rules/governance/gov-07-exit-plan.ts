import { futureDate } from "../../dates";
import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";

export const gov07: Rule = {
  id: "GOV-07",
  title: "An exit and portability plan is recorded",
  severity: "warning",
  appliesTo: "online",
  basis: "eSam PM 2023; NIS2 art. 21(2)(d)",
  sources: ["rkrattsbaser-cybersakerhetslag", "eurlex-nis2", "delphi-esam-cloud-act"],
  dated: true,
  remediation: "Write an exit and portability plan and record it in governance.exitPlan.",
  check: ({ org, asOf }) => {
    const plan = org.governance.exitPlan;
    if (!plan) return [fail(say((m) => m.gov07.noPlan), atOrg("governance.exitPlan"))];
    return futureDate((m) => m.gov07.date, plan.date, asOf, "governance.exitPlan.date");
  },
};
