// A prerequisite of the first deployment that no artifact shows: the organization file records
// the day it was verified done (deployment.prerequisites.<fact>), or check warns with the fix.
import type { OrganizationFile } from "../../../model/schema";
import { atOrg, warn } from "../../outcome";
import { say, type Words } from "../../say";
import type { AppliesTo, PolicyInput, Rule } from "../../types";

export type PrerequisiteFact = keyof OrganizationFile["deployment"]["prerequisites"];

export interface PrerequisiteRule extends Omit<Rule, "check" | "severity"> {
  fact: PrerequisiteFact;
  appliesTo: AppliesTo;
  /** What is not yet recorded as done, when the prerequisite applies to this input; undefined otherwise. */
  needed: (input: PolicyInput) => Words | undefined;
}

export function prerequisite(rule: PrerequisiteRule): Rule {
  const { fact, needed, ...meta } = rule;
  return {
    ...meta,
    severity: "warning",
    prerequisite: true,
    check: (input) => {
      if (input.org.deployment.prerequisites[fact]) return [];
      const what = needed(input);
      return what ? [warn(say((m, lang) => m.common.prerequisite(what(m, lang), fact)), atOrg(`deployment.prerequisites.${fact}`))] : [];
    },
  };
}

/** True where the option's artifacts hold a resource of that type (optionally one matching `values`). */
export function declares(input: PolicyInput, type: string, match: (values: Record<string, unknown>) => boolean = () => true): boolean {
  return input.resources.some((resource) => resource.type === type && match(resource.values));
}
