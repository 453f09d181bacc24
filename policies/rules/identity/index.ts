import { iam01 } from "./iam-01-block-legacy-authentication";
import { iam02 } from "./iam-02-mfa";
import { iam03 } from "./iam-03-allowed-countries";
import { iam04 } from "./iam-04-administrators-and-break-glass";
import { iam05 } from "./iam-05-automation-without-secrets";
import { iam06 } from "./iam-06-authentication-methods";
import { iam07 } from "./iam-07-applications-and-guests";
import { iam08 } from "./iam-08-risk-and-devices";
import { iam09 } from "./iam-09-privileged-accounts";

export const identityRules = [iam01, iam02, iam03, iam04, iam05, iam06, iam07, iam08, iam09];
