import { ret01 } from "./ret-01-deletion-decisions";
import { ret02 } from "./ret-02-leaver-mailboxes";
import { ret03 } from "./ret-03-records-access";
import { ret04 } from "./ret-04-log-retention";

export const retentionRules = [ret01, ret02, ret03, ret04];
