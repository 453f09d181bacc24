import { regionInEea } from "../../../model/azure-regions";
import { atOrg, fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, isUnresolved } from "./resources";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Azure writes regions in several spellings ("Sweden Central", "swedencentral").
const normalize = (region: string) => region.toLowerCase().replace(/[^a-z0-9]/g, "");

// The organization may narrow the EU/EEA regions (model/azure-regions.ts) to the ones it
// allows, never widen them: a region outside the EU/EEA fails even when azure.allowedRegions
// lists it, and so does the listing itself.
export const az01: Rule = {
  id: "AZ-01",
  title: RULE_TEXTS.az01.title,
  severity: "error",
  appliesTo: "both",
  basis: "GDPR art. 44; the organization's allowed regions (azure.allowedRegions), within the EU/EEA",
  sources: ["eurlex-gdpr"],
  remediation: RULE_TEXTS.az01.remediation,
  check: ({ resources, org }) => {
    const listed = org.azure.allowedRegions;
    const allowed = new Set(listed.filter(regionInEea).map(normalize));
    const widened = listed.flatMap((region, i) =>
      regionInEea(region) ? [] : [fail(say((m) => m.az01.regionOutsideEea(region)), atOrg(`azure.allowedRegions.${i}`))],
    );
    return [
      ...widened,
      ...resources.flatMap((r) => {
        const location = r.values.location;
        const previous = r.before?.location;
        // A plan that moves a resource to another region replaces it: a migration, never a quiet edit.
        if (r.actions && typeof previous === "string" && typeof location === "string" && !isUnresolved(location) && normalize(previous) !== normalize(location)) {
          return [fail(say((m) => m.az01.regionMove(r.address, previous, location)), at(r))];
        }
        if (location === undefined) return [];
        if (typeof location !== "string" || isUnresolved(location)) return [undecided(say((m) => m.az01.regionUnknown(r.address)), at(r))];
        if (allowed.has(normalize(location))) return [];
        const listedButOutside = listed.map(normalize).includes(normalize(location));
        return [fail(say((m) => (listedButOutside ? m.az01.outsideEea(r.address, location) : m.az01.notAllowed(r.address, location, listed))), at(r))];
      }),
    ];
  },
};
