// The security suite's threat protection as desired settings (MS.SECURITYSUITE 1, 2, 4, 6, 7, 8;
// source: cisa-scubagear-securitysuite): the default anti-malware, anti-spam and connection
// filter policies of Exchange Online Protection, which every plan has, set explicitly so a
// change by hand is drift; the seven alerts ScubaGear requires, sent to the file's recipients;
// and, where Defender for Office 365 is licensed, impersonation protection for the key people
// and partner domains in the file, Safe Links and Safe Attachments for every accepted domain and
// for SharePoint, OneDrive and Teams.
import { securityEntitlements } from "../entra/licensing";
import type { OrganizationFile } from "../schema";
import type { DesiredSettings } from "./settings";

export const SAFE_LINKS_POLICY_NAME = "Safe Links all recipients";
export const SAFE_ATTACHMENTS_POLICY_NAME = "Safe Attachments all recipients";

/** Click-to-run file types blocked in every attachment, .exe, .cmd and .vbe among them (MS.SECURITYSUITE.1.1). */
export const BLOCKED_FILE_TYPES = ["ace", "ani", "app", "bat", "cab", "cmd", "com", "cpl", "exe", "hta", "iso", "jar", "js", "jse", "lnk", "msi", "msp", "pif", "ps1", "reg", "scr", "vb", "vbe", "vbs", "wsc", "wsf", "wsh"];

/** The alerts MS.SECURITYSUITE.4.1 names, by the names of Microsoft's built-in alert policies. */
export const REQUIRED_ALERTS = [
  "Suspicious email sending patterns detected",
  "Suspicious connector activity",
  "Suspicious Email Forwarding Activity",
  "Messages have been delayed",
  "Tenant restricted from sending unprovisioned email",
  "Tenant restricted from sending email",
  "A potentially malicious URL click was detected",
];

type ThreatSections =
  | "malwareFilterPolicies"
  | "hostedContentFilterPolicies"
  | "hostedConnectionFilterPolicies"
  | "antiPhishPolicies"
  | "safeLinksPolicies"
  | "safeLinksRules"
  | "safeAttachmentPolicies"
  | "safeAttachmentRules"
  | "atpPolicyForO365"
  | "protectionAlerts";

export function threatProtectionSettings(org: OrganizationFile): Pick<DesiredSettings, ThreatSections> {
  const protection = org.online.threatProtection;
  const domains = [...org.organization.acceptedDomains].sort();
  const mdo = securityEntitlements(org).defenderForOffice365;
  const rule = { RecipientDomainIs: domains, Priority: 0, Enabled: true };
  return {
    malwareFilterPolicies: [{ Identity: "Default", EnableFileFilter: true, FileTypes: [...BLOCKED_FILE_TYPES], ZapEnabled: true }],
    // Spam to Junk, phishing and high-confidence spam to quarantine: never the inbox (6.1); no
    // allowed senders or domains (6.2); zero-hour auto purge after delivery (1.2).
    hostedContentFilterPolicies: [
      {
        Identity: "Default",
        SpamAction: "MoveToJmf",
        HighConfidenceSpamAction: "Quarantine",
        BulkSpamAction: "MoveToJmf",
        PhishSpamAction: "Quarantine",
        HighConfidencePhishAction: "Quarantine",
        AllowedSenderDomains: [],
        AllowedSenders: [],
        SpamZapEnabled: true,
        PhishZapEnabled: true,
      },
    ],
    hostedConnectionFilterPolicies: [{ Identity: "Default", IPAllowList: [], EnableSafeList: false }],
    antiPhishPolicies: mdo
      ? [
          {
            Identity: "Office365 AntiPhish Default",
            Enabled: true,
            EnableTargetedUserProtection: protection.protectedUsers.length > 0,
            // "Name;address", the form the cmdlet takes.
            TargetedUsersToProtect: protection.protectedUsers.map((user) => `${user.name};${user.address}`),
            TargetedUserProtectionAction: "Quarantine",
            EnableOrganizationDomainsProtection: true,
            EnableTargetedDomainsProtection: protection.partnerDomains.length > 0,
            TargetedDomainsToProtect: [...protection.partnerDomains].sort(),
            TargetedDomainProtectionAction: "Quarantine",
            EnableMailboxIntelligenceProtection: true,
            EnableFirstContactSafetyTips: true,
            EnableSimilarUsersSafetyTips: true,
            EnableSimilarDomainsSafetyTips: true,
            EnableUnusualCharactersSafetyTips: true,
          },
        ]
      : [],
    safeLinksPolicies: mdo
      ? [
          {
            Name: SAFE_LINKS_POLICY_NAME,
            EnableSafeLinksForEmail: true,
            EnableSafeLinksForTeams: true,
            EnableSafeLinksForOffice: true,
            ScanUrls: true,
            DeliverMessageAfterScan: true,
            EnableForInternalSenders: true,
            TrackClicks: true,
            AllowClickThrough: false,
          },
        ]
      : [],
    safeLinksRules: mdo ? [{ Name: `${SAFE_LINKS_POLICY_NAME} rule`, SafeLinksPolicy: SAFE_LINKS_POLICY_NAME, ...rule }] : [],
    safeAttachmentPolicies: mdo ? [{ Name: SAFE_ATTACHMENTS_POLICY_NAME, Enable: true, Action: "Block", Redirect: false }] : [],
    safeAttachmentRules: mdo ? [{ Name: `${SAFE_ATTACHMENTS_POLICY_NAME} rule`, SafeAttachmentPolicy: SAFE_ATTACHMENTS_POLICY_NAME, ...rule }] : [],
    atpPolicyForO365: mdo ? [{ Identity: "Default", EnableATPForSPOTeamsODB: true }] : [],
    protectionAlerts: REQUIRED_ALERTS.map((name) => ({ Identity: name, Disabled: false, NotifyUser: [...protection.alertRecipients].sort() })),
  };
}
