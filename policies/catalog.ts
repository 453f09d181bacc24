// Every rule of the project. ../shared/docs/policy-catalog.md is the contract: a test
// fails when a rule is missing, extra, or has another severity or scope.
import { azureRules } from "./rules/azure";
import { governanceRules } from "./rules/governance";
import type { Rule } from "./types";

export const RULES: Rule[] = [...governanceRules, ...azureRules].sort((a, b) => a.id.localeCompare(b.id));
