import { prerequisite } from "./prerequisite";

export const dep09 = prerequisite({
  id: "DEP-09",
  title: "The perimeter network reaches the Azure Arc endpoints, so the Edge servers' guest agents can run",
  appliesTo: "onprem",
  prerequisite: true,
  fact: "perimeterOutbound",
  basis: "Arc-enabled SCVMM guest management: the Connected Machine agent needs outbound HTTPS to the Azure Arc endpoints, directly or through a proxy",
  sources: ["learn-arc-scvmm-support-matrix"],
  remediation:
    "Allow outbound HTTPS from the perimeter network to the Azure Arc endpoints in the support matrix (directly or through a proxy), verify from an Edge server, and record the day in deployment.prerequisites.perimeterOutbound.",
  needed: ({ org }) => (org.onprem.edge.enabled ? (m) => m.dep09.needed : undefined),
});
