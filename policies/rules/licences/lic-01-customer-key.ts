import type { Rule } from "../../types";
import { unmetNeeds } from "./needs";

// Customer Key encrypts mailbox content with the organization's keys (ONL-03, AZ-03). Microsoft
// licenses it to users of Office 365 E5, Microsoft 365 E5 and E5 Compliance; every user mailbox
// it covers must be licensed, shared mailboxes need none (source: learn-m365-security-compliance-licensing).
export const lic01: Rule = {
  id: "LIC-01",
  title: "Customer Key is licensed for every staff user (Microsoft 365 E5 or the E5 Compliance add-on)",
  severity: "error",
  appliesTo: "online",
  basis: "Microsoft Product Terms (Online Services need a licence for every user who benefits); Microsoft 365 guidance for security & compliance: Customer Key",
  sources: ["learn-m365-security-compliance-licensing"],
  remediation: "Give staff Microsoft 365 E5 (online.licences.staff: M365_E5) or add E5_COMPLIANCE to online.addOns (sold on top of Microsoft 365 or Office 365 E3), or set online.customerKey.enabled: false.",
  check: ({ org }) => unmetNeeds(org, ["customer-key"]),
};
