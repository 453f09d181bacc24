import type { Rule } from "../../types";
import { unmetNeeds } from "./needs";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// DLP-01 puts DLP on all mail. Online: DLP for Exchange Online is licensed with Exchange Online
// Plan 2, Office 365 E3 and Microsoft 365 E3/E5 (sources: learn-m365-security-compliance-licensing,
// microsoft-exchange-online-plans). On-prem the DLP transport rule is an Enterprise CAL feature;
// the cost estimate buys that CAL for every user whose plan lacks it (model/licences.ts
// serverAccess; source: blackbeltxp-exchange-server-licensing), so nothing can be left unlicensed.
export const lic05: Rule = {
  id: "LIC-05",
  title: RULE_TEXTS.lic05.title,
  severity: "error",
  appliesTo: "online",
  basis: "Microsoft Product Terms (Online Services need a licence for every user who benefits)",
  sources: ["learn-m365-security-compliance-licensing", "microsoft-exchange-online-plans"],
  remediation: RULE_TEXTS.lic05.remediation,
  check: ({ org }) => unmetNeeds(org, ["exchange-online-dlp"]),
};
