import { dep01 } from "./dep-01-resource-providers";
import { dep02 } from "./dep-02-arc-onboarding";
import { dep03 } from "./dep-03-encryption-at-host";
import { dep04 } from "./dep-04-sweden-south";
import { dep05 } from "./dep-05-witness-path";
import { dep06 } from "./dep-06-private-endpoint-dns";
import { dep07 } from "./dep-07-certificate-imported";
import { dep08 } from "./dep-08-static-ip-pools";
import { dep09 } from "./dep-09-perimeter-outbound";
import { dep10 } from "./dep-10-servers-match-design";

export const deploymentRules = [dep01, dep02, dep03, dep04, dep05, dep06, dep07, dep08, dep09, dep10];
