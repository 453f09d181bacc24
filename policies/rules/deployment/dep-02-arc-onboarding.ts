import { prerequisite } from "./prerequisite";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

/** Regions Microsoft's onboarding quickstart names for Arc-enabled SCVMM (source: learn-arc-scvmm-onboarding). */
export const ARC_SCVMM_REGIONS = ["eastus", "westeurope"];

export const dep02 = prerequisite({
  id: "DEP-02",
  title: RULE_TEXTS.dep02.title,
  appliesTo: "onprem",
  fact: "arcScvmmOnboarded",
  basis: "Azure Arc-enabled SCVMM onboarding: the script creates the resource bridge, the custom location and the SCVMM management server resource the stack looks up",
  sources: ["learn-arc-scvmm-onboarding", "learn-arc-scvmm-enable-inventory"],
  remediation: RULE_TEXTS.dep02.remediation,
  needed: ({ org }) => {
    const region = org.onprem.scvmm.region ?? org.azure.region;
    return ARC_SCVMM_REGIONS.includes(region) ? (m) => m.dep02.needed : (m) => m.dep02.regionNotOffered(m.dep02.needed, region, ARC_SCVMM_REGIONS);
  },
});
