import { atOrg, fail } from "../../outcome";
import type { Rule } from "../../types";

export const gov07: Rule = {
  id: "GOV-07",
  title: "An exit and portability plan is recorded",
  severity: "warning",
  appliesTo: "online",
  basis: "eSam PM 2023; NIS2 art. 21(2)(d)",
  sources: ["eurlex-nis2", "delphi-esam-cloud-act"],
  remediation: "Write an exit and portability plan and record it in governance.exitPlan.",
  check: ({ org }) => (org.governance.exitPlan ? [] : [fail("no exit and portability plan is recorded", atOrg("governance.exitPlan"))]),
};
