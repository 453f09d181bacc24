import type { Rule } from "../../types";
import { unmetNeeds } from "./needs";

// Customer Lockbox (ONL-02) is licensed to users of Office 365 E5, Microsoft 365 E5 and E5
// Compliance (sources: learn-m365-security-compliance-licensing, learn-customer-lockbox-configure).
export const lic02: Rule = {
  id: "LIC-02",
  title: "Customer Lockbox is licensed for every staff user (Microsoft 365 E5 or the E5 Compliance add-on)",
  severity: "error",
  appliesTo: "online",
  basis: "Microsoft Product Terms (Online Services need a licence for every user who benefits); Microsoft 365 guidance for security & compliance: Customer Lockbox",
  sources: ["learn-m365-security-compliance-licensing", "learn-customer-lockbox-configure"],
  remediation: "Give staff Microsoft 365 E5 (online.licences.staff: M365_E5) or add E5_COMPLIANCE to online.addOns, or set online.customerLockbox: false.",
  check: ({ org }) => unmetNeeds(org, ["customer-lockbox"]),
};
