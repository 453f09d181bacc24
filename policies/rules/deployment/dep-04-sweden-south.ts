import { prerequisite } from "./prerequisite";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

const RESTRICTED = "swedensouth";

export const dep04 = prerequisite({
  id: "DEP-04",
  title: RULE_TEXTS.dep04.title,
  appliesTo: "both",
  fact: "swedenSouthAccess",
  basis: "Azure regions list: Sweden South is access restricted; a subscription must request access",
  sources: ["learn-azure-regions-list"],
  remediation: RULE_TEXTS.dep04.remediation,
  needed: ({ resources }) => {
    const there = resources.filter((resource) => String(resource.values.location ?? "").replace(/\s/g, "").toLowerCase() === RESTRICTED);
    return there.length ? (m) => m.dep04.needed(there.length, there[0]!.address) : undefined;
  },
});
