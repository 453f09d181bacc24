import { exo01 } from "./exo-01-no-external-auto-forwarding";
import { exo02 } from "./exo-02-audit-logging";
import { exo03 } from "./exo-03-unified-audit-log";
import { exo04 } from "./exo-04-no-basic-smtp-auth";
import { exo05 } from "./exo-05-dkim-dmarc";
import { exo06 } from "./exo-06-external-sender-tag";
import { exo07 } from "./exo-07-no-sharing-with-all-domains";
import { exo08 } from "./exo-08-smtp-tls";
import { exo09 } from "./exo-09-threat-protection";
import { exo10 } from "./exo-10-alerts";

export const exchangeRules = [exo01, exo02, exo03, exo04, exo05, exo06, exo07, exo08, exo09, exo10];
