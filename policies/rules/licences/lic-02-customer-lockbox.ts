import type { Rule } from "../../types";
import { unmetNeeds } from "./needs";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Customer Lockbox (ONL-02) is licensed to users of Office 365 E5, Microsoft 365 E5 and E5
// Compliance (sources: learn-m365-security-compliance-licensing, learn-customer-lockbox-configure).
export const lic02: Rule = {
  id: "LIC-02",
  title: RULE_TEXTS.lic02.title,
  severity: "error",
  appliesTo: "online",
  basis: "Microsoft Product Terms (Online Services need a licence for every user who benefits); Microsoft 365 guidance for security & compliance: Customer Lockbox",
  sources: ["learn-m365-security-compliance-licensing", "learn-customer-lockbox-configure"],
  remediation: RULE_TEXTS.lic02.remediation,
  check: ({ org }) => unmetNeeds(org, ["customer-lockbox"]),
};
