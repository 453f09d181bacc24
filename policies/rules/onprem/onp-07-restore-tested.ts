import { futureDate, monthsBetween } from "../../dates";
import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// A lagged copy (7-day replay lag, Preferred Architecture) or backup software gives a point to
// go back to; neither is worth anything until a restore has been tried (NIS2
// art. 21(2)(c), backup management: a restore tested within the last 12 months).
export const onp07: Rule = {
  id: "ONP-07",
  title: RULE_TEXTS.onp07.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(c) (backup management); GDPR art. 32(1)(c)-(d); Add-MailboxDatabaseCopy -ReplayLagTime (0 is no lag)",
  sources: ["rkrattsbaser-cybersakerhetslag", "eurlex-gdpr", "learn-add-mailboxdatabasecopy", "eurlex-nis2"],
  remediation: RULE_TEXTS.onp07.remediation,
  dated: true,
  check: ({ documents, org, asOf }) => {
    const outcomes: Outcome[] = [];
    const read = onpremDocument(documents, (m) => m.onp07.subject);
    if ("missing" in read) outcomes.push(read.missing);
    else {
      // A lagged copy that lags 0 days replays at once (ReplayLagTime 0 is "no lag"): a
      // deletion or corruption reaches it as fast as every other copy.
      const declared = field(read.document, "dataProtection.laggedCopy") === true;
      const lagDays = field(read.document, "dataProtection.replayLagDays");
      const lagged = declared && typeof lagDays === "number" && lagDays >= 1;
      if (declared && !lagged) outcomes.push(fail(say((m) => m.onp07.noLag(JSON.stringify(lagDays ?? null))), atOnprem("dataProtection.replayLagDays")));
      const backup = field(read.document, "dataProtection.backup.kind") === "backup-software";
      if (!lagged && !backup) outcomes.push(fail(say((m) => m.onp07.noProtection), atOnprem("dataProtection")));
    }
    // The restore test is a fact the organization records, not something generated.
    const tested = org.onprem.backup.lastRestoreTest;
    if (!tested) outcomes.push(fail(say((m) => m.onp07.noTest), atOrg("onprem.backup.lastRestoreTest")));
    else if (tested > asOf) outcomes.push(...futureDate((m) => m.onp07.date, tested, asOf, "onprem.backup.lastRestoreTest"));
    else {
      const age = monthsBetween(tested, asOf);
      if (age >= 12) outcomes.push(fail(say((m) => m.onp07.stale(tested, age, asOf)), atOrg("onprem.backup.lastRestoreTest")));
    }
    return outcomes;
  },
};
