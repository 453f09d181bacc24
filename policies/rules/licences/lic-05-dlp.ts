import { staffPerYear } from "../../../cost/counts";
import { carriesExchangeServerRights, staffWithExchangeServerRights } from "../../../model/licences";
import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { unmetNeeds } from "./needs";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// DLP-01 puts DLP on all mail. Online: DLP for Exchange Online is licensed with Exchange Online
// Plan 2, Office 365 E3 and Microsoft 365 E3/E5 (sources: learn-m365-security-compliance-licensing,
// microsoft-exchange-online-plans). On-prem: DLP and the custom retention of the deletion
// decisions are Enterprise CAL features, carried by Microsoft 365 E3/E5 (source:
// microsoft-exchange-licensing-faq).
export const lic05: Rule = {
  id: "LIC-05",
  title: RULE_TEXTS.lic05.title,
  severity: "error",
  appliesTo: "both",
  basis: "Microsoft Product Terms (Exchange Server: Additional Functionality of the Enterprise CAL; Online Services need a licence for every user who benefits)",
  sources: ["learn-m365-security-compliance-licensing", "microsoft-exchange-online-plans", "microsoft-exchange-licensing-faq"],
  remediation: RULE_TEXTS.lic05.remediation,
  check: ({ option, org }) => {
    if (option === "online") return unmetNeeds(org, ["exchange-online-dlp"]);
    const staff = staffPerYear(org, org.cost.planningYears);
    const covered = staffWithExchangeServerRights(org, staff);
    const uncovered = Math.max(...staff.map((n, i) => n - covered[i]!));
    if (uncovered === 0 || org.cost.usage.enterpriseCal) return [];
    const plan = org.online.licences.staff;
    return [
      fail(
        say((m) => m.lic05.noEnterpriseCal(uncovered, carriesExchangeServerRights(plan) ? undefined : plan)),
        atOrg("cost.usage.enterpriseCal"),
      ),
    ];
  },
};
