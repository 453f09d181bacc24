import { prerequisite } from "./prerequisite";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const dep09 = prerequisite({
  id: "DEP-09",
  title: RULE_TEXTS.dep09.title,
  appliesTo: "onprem",
  fact: "perimeterOutbound",
  basis: "Arc-enabled SCVMM guest management: the Connected Machine agent needs outbound HTTPS to the Azure Arc endpoints, directly or through a proxy",
  sources: ["learn-arc-scvmm-support-matrix"],
  remediation: RULE_TEXTS.dep09.remediation,
  needed: ({ org }) => (org.onprem.edge.enabled ? (m) => m.dep09.needed : undefined),
});
