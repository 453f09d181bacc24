import { fail, undecided } from "../../outcome";
import type { Rule } from "../../types";
import { at, isUnresolved } from "./resources";

// Azure writes regions in several spellings ("Sweden Central", "swedencentral").
const normalize = (region: string) => region.toLowerCase().replace(/[^a-z0-9]/g, "");

export const az01: Rule = {
  id: "AZ-01",
  title: "Every Azure resource is in an allowed region",
  severity: "error",
  appliesTo: "both",
  basis: "GDPR art. 44; the organization's allowed regions (azure.allowedRegions)",
  sources: ["eurlex-gdpr"],
  remediation: "Deploy to a region listed in azure.allowedRegions (EU/EEA by default; narrow it to Sweden if decided).",
  check: ({ resources, org }) => {
    const allowed = new Set(org.azure.allowedRegions.map(normalize));
    return resources.flatMap((r) => {
      const location = r.values.location;
      if (location === undefined) return [];
      if (typeof location !== "string" || isUnresolved(location)) return [undecided(`the region of ${r.address} is not known until apply`, at(r))];
      return allowed.has(normalize(location)) ? [] : [fail(`${r.address} is in ${location}, not in the allowed regions ${org.azure.allowedRegions.join(", ")}`, at(r))];
    });
  },
};
