import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";

export const gov09: Rule = {
  id: "GOV-09",
  title: "The DPF is relied on without SCC as a fallback (the DPF is under appeal, C-703/25 P)",
  severity: "warning",
  appliesTo: "online",
  basis: "GDPR art. 46; appeal C-703/25 P against Decision 2023/1795",
  sources: ["eurlex-gdpr", "eurlex-dpf-adequacy", "eurlex-c-703-25-p"],
  remediation: "Keep SCC ready as a fallback and set governance.transferBasis.sccFallback: true.",
  check: ({ org }) => {
    const basis = org.governance.transferBasis;
    return basis?.mechanism === "dpf-adequacy" && !basis.sccFallback
      ? [fail(say((m) => m.gov09.noFallback), atOrg("governance.transferBasis.sccFallback"))]
      : [];
  },
};
