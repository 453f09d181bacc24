// English texts of the policy rules, one entry per rule ID (DLP-02 -> dlp02): its title and
// remediation, which the rule takes from here (DEP-01, DLP-01, DLP-02 and ONP-01 build theirs
// from model constants; a test holds the two equal), and one entry per message it gives.
// The shape is the one the Swedish catalog is typed with.
import { azure } from "./rules/azure";
import { common } from "./rules/common";
import { deployment } from "./rules/deployment";
import { dlp } from "./rules/dlp";
import { exchange } from "./rules/exchange";
import { governance } from "./rules/governance";
import { identity } from "./rules/identity";
import { licences } from "./rules/licences";
import { online } from "./rules/online";
import { onprem } from "./rules/onprem";
import { retention } from "./rules/retention";

export const rules = { common, ...governance, ...azure, ...identity, ...licences, ...onprem, ...online, ...exchange, ...dlp, ...retention, ...deployment };
