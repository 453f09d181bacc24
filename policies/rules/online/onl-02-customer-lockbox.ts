import { fail, undecided } from "../../outcome";
import type { Rule } from "../../types";
import { atOnline, field, onlineDocument } from "./document";

// Customer Lockbox makes Microsoft support engineers ask the organization before they reach
// its content (Set-OrganizationConfig -CustomerLockboxEnabled; M365DSC EXOOrganizationConfig,
// ../shared/reference/exo-tenant.md §1.1; legal-se.md rule 27).
export const onl02: Rule = {
  id: "ONL-02",
  title: "Customer Lockbox is on",
  severity: "warning",
  appliesTo: "online",
  basis: "GDPR art. 44 and 48; OSL 10 kap. 2 a § (control over disclosure to the provider)",
  remediation: "Set online.customerLockbox: true (needs an E5 or E5 Compliance licence) so the desired settings enable it.",
  check: ({ documents }) => {
    const read = onlineDocument(documents, "Customer Lockbox");
    if ("missing" in read) return [read.missing];
    // The desired setting is what the planner applies to the tenant.
    const enabled = field(read.document, "settings.organizationConfig.CustomerLockboxEnabled");
    if (typeof enabled !== "boolean") return [undecided("the desired settings do not say whether Customer Lockbox is enabled", atOnline("settings.organizationConfig.CustomerLockboxEnabled"))];
    return enabled ? [] : [fail("Customer Lockbox is off: Microsoft support can reach content without the organization's approval", atOnline("settings.organizationConfig.CustomerLockboxEnabled"))];
  },
};
