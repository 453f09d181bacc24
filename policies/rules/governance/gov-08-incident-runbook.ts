import { atOrg, fail } from "../../outcome";
import type { Rule } from "../../types";

// The statutory deadlines: CSIRT early warning 24 h, notification 72 h, final report one
// month (cybersäkerhetslagen 2 kap. 5-8 §§); IMY 72 h (GDPR art. 33).
const DEADLINES = [
  { key: "csirtEarlyWarningHours", limit: 24, unit: "hours", what: "CSIRT early warning" },
  { key: "csirtNotificationHours", limit: 72, unit: "hours", what: "CSIRT incident notification" },
  { key: "csirtFinalReportDays", limit: 30, unit: "days", what: "CSIRT final report (one month)" },
  { key: "imyNotificationHours", limit: 72, unit: "hours", what: "IMY personal data breach notification" },
] as const;

export const gov08: Rule = {
  id: "GOV-08",
  title: "An incident runbook names the CSIRT deadlines 24 h / 72 h / 1 month and IMY 72 h",
  severity: "error",
  appliesTo: "both",
  basis: "cybersäkerhetslagen (2025:1506) 2 kap. 5-8 §§; cybersäkerhetsförordningen (2025:1507) 6 §; GDPR art. 33",
  sources: ["eurlex-gdpr", "rkrattsbaser-cybersakerhetslag", "rkrattsbaser-cybersakerhetsforordning"],
  remediation: "Record governance.incidentRunbook with deadlines no later than the statutory ones.",
  check: ({ org }) => {
    const runbook = org.governance.incidentRunbook;
    if (!runbook) return [fail("no incident runbook is recorded", atOrg("governance.incidentRunbook"))];
    return DEADLINES.filter(({ key, limit }) => runbook[key] > limit).map(({ key, limit, unit, what }) =>
      fail(`the runbook allows ${runbook[key]} ${unit} for the ${what}; the law allows ${limit}`, atOrg(`governance.incidentRunbook.${key}`)),
    );
  },
};
