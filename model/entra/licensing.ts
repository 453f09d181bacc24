// The security features the staff plan entitles, as the SCuBA policies need them: Entra ID P2
// (risk-based Conditional Access, PIM), Defender for Office 365 (Safe Links, Safe Attachments,
// impersonation protection), Intune (managed devices) and DLP beyond Exchange (sources:
// learn-m365-enterprise-plans, learn-m365-security-compliance-licensing). One place, so the
// Entra baseline, the security suite settings, the rules and the ScubaGear export agree.
import type { OrganizationFile } from "../schema";

export interface SecurityEntitlements {
  /** Identity Protection and Privileged Identity Management. */
  entraIdP2: boolean;
  /** Defender for Office 365 Plan 2. */
  defenderForOffice365: boolean;
  /** Device compliance for Conditional Access. */
  intune: boolean;
  /** DLP for SharePoint and OneDrive (the Office suite plans). */
  sharePointDlp: boolean;
  /** DLP for Teams chat and devices (E5, or E5 Compliance). */
  teamsDlp: boolean;
}

export function securityEntitlements(org: OrganizationFile): SecurityEntitlements {
  const plan = org.online.licences.staff;
  const e5 = plan === "M365_E5";
  return {
    entraIdP2: e5,
    defenderForOffice365: e5,
    intune: plan === "M365_E3" || e5 || plan === "M365_F3",
    sharePointDlp: plan === "O365_E3" || plan === "M365_E3" || e5,
    teamsDlp: e5 || org.online.addOns.includes("E5_COMPLIANCE"),
  };
}
