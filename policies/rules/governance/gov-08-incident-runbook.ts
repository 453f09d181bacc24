import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// The statutory deadlines: CSIRT early warning 24 h, notification 72 h, final report one
// month (cybersäkerhetslagen 2 kap. 5-8 §§); IMY 72 h (GDPR art. 33).
const DEADLINES = [
  { key: "csirtEarlyWarningHours", limit: 24, unit: "hours" },
  { key: "csirtNotificationHours", limit: 72, unit: "hours" },
  { key: "csirtFinalReportDays", limit: 30, unit: "days" },
  { key: "imyNotificationHours", limit: 72, unit: "hours" },
] as const;

export const gov08: Rule = {
  id: "GOV-08",
  title: RULE_TEXTS.gov08.title,
  severity: "error",
  appliesTo: "both",
  basis: "cybersäkerhetslagen (2025:1506) 2 kap. 5-8 §§; cybersäkerhetsförordningen (2025:1507) 6 §; GDPR art. 33",
  sources: ["eurlex-gdpr", "rkrattsbaser-cybersakerhetslag", "rkrattsbaser-cybersakerhetsforordning"],
  remediation: RULE_TEXTS.gov08.remediation,
  check: ({ org }) => {
    const runbook = org.governance.incidentRunbook;
    if (!runbook) return [fail(say((m) => m.gov08.noRunbook), atOrg("governance.incidentRunbook"))];
    return DEADLINES.filter(({ key, limit }) => runbook[key] > limit).map(({ key, limit, unit }) =>
      fail(say((m) => m.gov08.tooLate(runbook[key], unit, m.gov08.deadline[key], limit)), atOrg(`governance.incidentRunbook.${key}`)),
    );
  },
};
