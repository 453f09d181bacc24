import { iam01 } from "./iam-01-block-legacy-authentication";
import { iam02 } from "./iam-02-mfa";
import { iam03 } from "./iam-03-allowed-countries";
import { iam04 } from "./iam-04-administrators-and-break-glass";
import { iam05 } from "./iam-05-automation-without-secrets";

export const identityRules = [iam01, iam02, iam03, iam04, iam05];
