import { prerequisite } from "./prerequisite";

/** Regions Microsoft's onboarding quickstart names for Arc-enabled SCVMM (source: learn-arc-scvmm-onboarding). */
export const ARC_SCVMM_REGIONS = ["eastus", "westeurope"];

export const dep02 = prerequisite({
  id: "DEP-02",
  title: "VMM is onboarded to Azure Arc (resource bridge, custom location, VMM server resource) in a region the service offers",
  appliesTo: "onprem",
  prerequisite: true,
  fact: "arcScvmmOnboarded",
  basis: "Azure Arc-enabled SCVMM onboarding: the script creates the resource bridge, the custom location and the SCVMM management server resource the stack looks up",
  sources: ["learn-arc-scvmm-onboarding", "learn-arc-scvmm-enable-inventory"],
  remediation:
    "Run Microsoft's onboarding script for VMM with the names in onprem.scvmm (arcResourceGroup, resourceBridge, customLocation, vmmServer) in a region the service offers (the quickstart names East US and West Europe), set onprem.scvmm.region to it, keep it in azure.allowedRegions, and record the day in deployment.prerequisites.arcScvmmOnboarded. Do not enable the clouds, VM networks and templates in the portal, or list them in onprem.scvmm.alreadyEnabled so the stack imports them.",
  needed: ({ org }) => {
    const region = org.onprem.scvmm.region ?? org.azure.region;
    return ARC_SCVMM_REGIONS.includes(region) ? (m) => m.dep02.needed : (m) => m.dep02.regionNotOffered(m.dep02.needed, region, ARC_SCVMM_REGIONS);
  },
});
