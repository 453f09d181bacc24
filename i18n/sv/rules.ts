// Svenska texter för policyreglerna: rubrik, åtgärd och varje iakttagelse, per regel-ID.
import type { RuleMessages } from "../catalog";
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

export const rules: RuleMessages = { common, ...governance, ...azure, ...identity, ...licences, ...onprem, ...online, ...exchange, ...dlp, ...retention, ...deployment };
