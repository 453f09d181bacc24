// DLP: block Swedish personal identity numbers and the GDPR template's EU identity types
// in mail to recipients outside the organization, and notify the sender (policy catalog
// DLP-01..03; the parameters are those of New-DlpComplianceRule, checked against the cmdlet reference).
import { securityEntitlements } from "../entra/licensing";
import type { OrganizationFile } from "../schema";
import { CREDIT_CARD_NUMBER, GDPR_EU_TYPES, SWEDEN_NATIONAL_ID } from "./sensitive-information-types";
import type { DesiredSettings, DlpComplianceRule } from "./settings";

export const DLP_POLICY_NAME = "DLP Personal data in e-mail";
export const DLP_SWEDEN_RULE_NAME = "DLP Sweden national ID to external recipients";
export const DLP_GDPR_RULE_NAME = "DLP GDPR EU identity types to external recipients";
export const DLP_CREDIT_CARD_RULE_NAME = "DLP Credit card numbers to external recipients";

// Shown to the sender in Outlook; the Policy Tip text is limited to 256 characters.
const POLICY_TIP =
  "The message contains personal identity numbers and was not sent outside the organization. Send it through a secure channel instead.";

/**
 * Where the policy applies: Exchange always, SharePoint and OneDrive with an Office suite plan,
 * Teams chat with E5 or E5 Compliance (MS.SECURITYSUITE.3.2; source: learn-m365-enterprise-plans).
 */
export function dlpLocations(org: OrganizationFile): { ExchangeLocation: string[]; SharePointLocation: string[]; OneDriveLocation: string[]; TeamsLocation: string[] } {
  const licensed = securityEntitlements(org);
  const all = (on: boolean) => (on ? ["All"] : []);
  return { ExchangeLocation: ["All"], SharePointLocation: all(licensed.sharePointDlp), OneDriveLocation: all(licensed.sharePointDlp), TeamsLocation: all(licensed.teamsDlp) };
}

export function dlpSettings(org: OrganizationFile): Pick<DesiredSettings, "dlpCompliancePolicies" | "dlpComplianceRules"> {
  const rule = (name: string, comment: string, types: DlpComplianceRule["ContentContainsSensitiveInformation"]): DlpComplianceRule => ({
    Name: name,
    Policy: DLP_POLICY_NAME,
    Comment: comment,
    ContentContainsSensitiveInformation: types.map((type) => ({ ...type })),
    // NotInOrganization + BlockAccess blocks the message to external recipients.
    AccessScope: "NotInOrganization",
    BlockAccess: true,
    BlockAccessScope: "All",
    // "Owner" is the sender of an e-mail (Set-DlpComplianceRule -NotifyUser).
    NotifyUser: ["Owner"],
    NotifyPolicyTipCustomText: POLICY_TIP,
    ReportSeverityLevel: "High",
  });
  return {
    dlpCompliancePolicies: [
      {
        Name: DLP_POLICY_NAME,
        Comment: "Managed by exchange-iac. Mode Enable: a test mode does not block (DLP-03).",
        Mode: "Enable",
        ...dlpLocations(org),
      },
    ],
    dlpComplianceRules: [
      rule(DLP_SWEDEN_RULE_NAME, "Personnummer and samordningsnummer (DLP-01).", [SWEDEN_NATIONAL_ID]),
      rule(DLP_GDPR_RULE_NAME, "EU identity types of the GDPR template (DLP-02).", [...GDPR_EU_TYPES]),
      rule(DLP_CREDIT_CARD_RULE_NAME, "Payment card numbers (DLP-04, MS.SECURITYSUITE.3.1).", [CREDIT_CARD_NUMBER]),
    ],
  };
}
