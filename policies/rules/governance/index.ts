import { gov01 } from "./gov-01-klassa-rating";
import { gov02 } from "./gov-02-no-security-protection-in-email";
import { gov03 } from "./gov-03-osl-suitability-assessment";
import { gov04 } from "./gov-04-dpia-current";
import { gov05 } from "./gov-05-processor-agreement";
import { gov06 } from "./gov-06-transfer-basis";
import { gov07 } from "./gov-07-exit-plan";
import { gov08 } from "./gov-08-incident-runbook";
import { gov09 } from "./gov-09-dpf-without-scc-fallback";

export const governanceRules = [gov01, gov02, gov03, gov04, gov05, gov06, gov07, gov08, gov09];
