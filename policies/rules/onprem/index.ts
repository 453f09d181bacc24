import { onp01 } from "./onp-01-supported-version";
import { onp02 } from "./onp-02-dag-copies-and-witness";
import { onp03 } from "./onp-03-recovery-site-independence";
import { onp04 } from "./onp-04-server-hardening";
import { onp05 } from "./onp-05-internet-exposure";
import { onp06 } from "./onp-06-sizing-headroom";
import { onp07 } from "./onp-07-restore-tested";
import { onp08 } from "./onp-08-patch-window";
import { onp09 } from "./onp-09-virtualization-support";
import { onp10 } from "./onp-10-modern-authentication";
import { onp11 } from "./onp-11-rights-management-template";
import { onp12 } from "./onp-12-design-fits";
import { onp13 } from "./onp-13-legacy-coexistence";
import { onp14 } from "./onp-14-certificate";
import { onp15 } from "./onp-15-dkim-on-path";

export const onpremRules = [onp01, onp02, onp03, onp04, onp05, onp06, onp07, onp08, onp09, onp10, onp11, onp12, onp13, onp14, onp15];
