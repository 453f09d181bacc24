// Every rule of the project. policies/RULES.md is the published contract: a test fails when
// a rule is missing, extra, or has another severity or scope.
import { azureRules } from "./rules/azure";
import { deploymentRules } from "./rules/deployment";
import { dlpRules } from "./rules/dlp";
import { exchangeRules } from "./rules/exchange";
import { governanceRules } from "./rules/governance";
import { identityRules } from "./rules/identity";
import { licenceRules } from "./rules/licences";
import { onlineRules } from "./rules/online";
import { onpremRules } from "./rules/onprem";
import { retentionRules } from "./rules/retention";
import type { Rule } from "./types";

export const RULES: Rule[] = [...governanceRules, ...azureRules, ...identityRules, ...licenceRules, ...onpremRules, ...onlineRules, ...exchangeRules, ...dlpRules, ...retentionRules, ...deploymentRules].sort((a, b) => a.id.localeCompare(b.id));
