import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Exchange Server SE CU2 setup prohibits coexistence with versions out of support when it is
// released (source: learn-upgrade-to-exchange-se), and Exchange 2016 and 2019 left support on
// 2025-10-14 (source: microsoft-lifecycle-exchange-2019). While any of them stays, CU2 cannot be
// installed, and with it every later update (only the latest CU is supported).
export const onp13: Rule = {
  id: "ONP-13",
  title: RULE_TEXTS.onp13.title,
  severity: "warning",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(e) (vulnerability handling); Microsoft: Upgrade to Exchange Server SE (CU2 setup blocks coexistence with unsupported versions)",
  sources: ["learn-upgrade-to-exchange-se", "microsoft-lifecycle-exchange-2019", "eurlex-nis2"],
  remediation: RULE_TEXTS.onp13.remediation,
  check: ({ org }) => {
    const { exchange2016Servers, exchange2019Servers, decommissionBy } = org.onprem.coexistence;
    const legacy = [
      { count: exchange2016Servers, version: "2016" },
      { count: exchange2019Servers, version: "2019" },
    ].filter((group) => group.count);
    if (legacy.length === 0) return [];
    return [fail(say((m) => m.onp13.stay(legacy.map((group) => m.onp13.servers(group.count!, group.version)), decommissionBy)), atOrg("onprem.coexistence"))];
  },
};
