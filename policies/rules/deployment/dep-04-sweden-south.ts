import { prerequisite } from "./prerequisite";

const RESTRICTED = "swedensouth";

export const dep04 = prerequisite({
  id: "DEP-04",
  title: "The subscriptions may deploy to Sweden South, an access-restricted region, where resources go there",
  appliesTo: "both",
  prerequisite: true,
  fact: "swedenSouthAccess",
  basis: "Azure regions list: Sweden South is access restricted; a subscription must request access",
  sources: ["learn-azure-regions-list"],
  remediation: "Request access to Sweden South for each subscription that deploys there (Azure region access request), or use another allowed region, and record the day in deployment.prerequisites.swedenSouthAccess.",
  needed: ({ resources }) => {
    const there = resources.filter((resource) => String(resource.values.location ?? "").replace(/\s/g, "").toLowerCase() === RESTRICTED);
    return there.length ? (m) => m.dep04.needed(there.length, there[0]!.address) : undefined;
  },
});
