import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";

// Exchange gets about seven security/hotfix updates a year plus two CUs, and its flaws are
// exploited within days of disclosure (ProxyShell, ProxyNotShell; sources: msrc-proxyshell-proxynotshell,
// cisa-ed-25-02).
const MAX_DAYS = 14;

export const onp08: Rule = {
  id: "ONP-08",
  title: "Security updates are applied within 14 days of release",
  severity: "warning",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(e) (vulnerability handling); GDPR art. 32",
  sources: ["eurlex-gdpr", "eurlex-nis2"],
  remediation: "Commit to applying Exchange security updates within 14 days and set onprem.patching.maxDaysToApply to 14 or less.",
  check: ({ org }) => {
    const days = org.onprem.patching.maxDaysToApply;
    return days > MAX_DAYS
      ? [fail(say((m) => m.onp08.tooLong(days, MAX_DAYS)), atOrg("onprem.patching.maxDaysToApply"))]
      : [];
  },
};
