import { fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, isUnresolved, ofType } from "./resources";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const az05: Rule = {
  id: "AZ-05",
  title: RULE_TEXTS.az05.title,
  severity: "error",
  appliesTo: "both",
  basis: "RÅ 1998 ref. 44 (logs are public records); GDPR art. 32; NIS2 art. 21(2)(b)",
  sources: ["eurlex-gdpr", "eurlex-nis2", "lagen-ra-1998-ref-44"],
  remediation: RULE_TEXTS.az05.remediation,
  check: ({ resources }) =>
    ofType(resources, "azurerm_log_analytics_workspace").flatMap((workspace) => {
      const days = workspace.values.retention_in_days;
      if (isUnresolved(days)) return [undecided(say((m) => m.az05.unknown(workspace.address)), at(workspace))];
      return typeof days === "number" && days >= 365 ? [] : [fail(say((m) => m.az05.tooShort(workspace.address, days === undefined || days === null ? undefined : String(days))), at(workspace))];
    }),
};
