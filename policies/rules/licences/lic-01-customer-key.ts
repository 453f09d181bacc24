import type { Rule } from "../../types";
import { unmetNeeds } from "./needs";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Customer Key encrypts mailbox content with the organization's keys (ONL-03, AZ-03). Microsoft
// licenses it to users of Office 365 E5, Microsoft 365 E5 and E5 Compliance; every user mailbox
// it covers must be licensed, shared mailboxes need none (source: learn-m365-security-compliance-licensing).
export const lic01: Rule = {
  id: "LIC-01",
  title: RULE_TEXTS.lic01.title,
  severity: "error",
  appliesTo: "online",
  basis: "Microsoft Product Terms (Online Services need a licence for every user who benefits); Microsoft 365 guidance for security & compliance: Customer Key",
  sources: ["learn-m365-security-compliance-licensing"],
  remediation: RULE_TEXTS.lic01.remediation,
  check: ({ org }) => unmetNeeds(org, ["customer-key"]),
};
