import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Exchange gets about seven security/hotfix updates a year plus two CUs, and its flaws are
// exploited within days of disclosure (ProxyShell, ProxyNotShell; sources: msrc-proxyshell-proxynotshell,
// cisa-ed-25-02).
const MAX_DAYS = 14;

export const onp08: Rule = {
  id: "ONP-08",
  title: RULE_TEXTS.onp08.title,
  severity: "warning",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(e) (vulnerability handling); GDPR art. 32",
  sources: ["eurlex-gdpr", "eurlex-nis2"],
  remediation: RULE_TEXTS.onp08.remediation,
  check: ({ org }) => {
    const days = org.onprem.patching.maxDaysToApply;
    return days > MAX_DAYS
      ? [fail(say((m) => m.onp08.tooLong(days, MAX_DAYS)), atOrg("onprem.patching.maxDaysToApply"))]
      : [];
  },
};
