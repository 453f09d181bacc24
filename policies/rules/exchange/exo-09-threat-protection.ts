import { fail, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { securityEntitlements } from "../../../model/entra/licensing";
import { at, listAt, missingFact, optionDocument, type OptionDocument } from "./documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// The security suite's mail filtering (source: cisa-scubagear-securitysuite): click-to-run
// attachments blocked and zero-hour purge (1.1, 1.2 SHALL), spam and phish never in the inbox and
// no allowed sender domains (6.1, 6.2 SHALL), no IP allow list or safe list (8.1, 8.2 SHOULD);
// with Defender for Office 365 malware blocked by Safe Attachments (1.3 SHALL), SharePoint,
// OneDrive and Teams scanned (1.4), impersonation protection and safety tips (2.x) and Safe
// Links (7.x), all SHOULD.
const CLICK_TO_RUN = ["exe", "cmd", "vbe"];
const NOT_INBOX = ["MoveToJmf", "Quarantine", "Delete", "Redirect"];

function section(doc: OptionDocument, name: string, outcomes: Outcome[]): Record<string, unknown>[] | undefined {
  const items = listAt(doc.document, `settings.${name}`);
  if (!items) outcomes.push(missingFact(doc, `settings.${name}`, () => name));
  return items;
}

export const exo09: Rule = {
  id: "EXO-09",
  title: RULE_TEXTS.exo09.title,
  severity: "error",
  appliesTo: "online",
  basis: "CISA ScubaGear MS.SECURITYSUITE.1.1-1.3, 6.1, 6.2 (SHALL), 1.4, 2.x, 7.x, 8.x (SHOULD); NIS2 art. 21(2)(e)",
  sources: ["cisa-scubagear-securitysuite", "eurlex-nis2"],
  remediation: RULE_TEXTS.exo09.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.exo09.subject);
    if ("missing" in doc) return [doc.missing];
    const outcomes: Outcome[] = [];
    const malware = section(doc, "malwareFilterPolicies", outcomes)?.find((p) => p.Identity === "Default");
    if (malware) {
      const types = Array.isArray(malware.FileTypes) ? malware.FileTypes : [];
      const missing = CLICK_TO_RUN.filter((type) => !types.includes(type));
      if (malware.EnableFileFilter !== true || missing.length) outcomes.push(fail(say((m) => m.exo09.attachments(missing.length ? missing : CLICK_TO_RUN)), at(doc, "settings.malwareFilterPolicies")));
      if (malware.ZapEnabled !== true) outcomes.push(fail(say((m) => m.exo09.noZap), at(doc, "settings.malwareFilterPolicies")));
    }
    const spam = section(doc, "hostedContentFilterPolicies", outcomes)?.find((p) => p.Identity === "Default");
    if (spam) {
      const where = at(doc, "settings.hostedContentFilterPolicies");
      for (const field of ["SpamAction", "HighConfidenceSpamAction", "PhishSpamAction", "HighConfidencePhishAction"]) {
        if (!NOT_INBOX.includes(String(spam[field]))) outcomes.push(fail(say((m) => m.exo09.inbox(field, String(spam[field]))), where));
      }
      const allowed = Array.isArray(spam.AllowedSenderDomains) ? spam.AllowedSenderDomains : [];
      if (allowed.length) outcomes.push(fail(say((m) => m.exo09.allowedDomains(allowed.map(String))), where));
    }
    const connection = section(doc, "hostedConnectionFilterPolicies", outcomes)?.find((p) => p.Identity === "Default");
    if (connection) {
      const where = at(doc, "settings.hostedConnectionFilterPolicies");
      if (Array.isArray(connection.IPAllowList) && connection.IPAllowList.length) outcomes.push(warn(say((m) => m.exo09.ipAllowList), where));
      if (connection.EnableSafeList !== false) outcomes.push(warn(say((m) => m.exo09.safeList), where));
    }
    if (!securityEntitlements(input.org).defenderForOffice365) return outcomes;
    const attachments = section(doc, "safeAttachmentPolicies", outcomes);
    const attachmentRules = listAt(doc.document, "settings.safeAttachmentRules") ?? [];
    const blocking = attachments?.filter((p) => p.Enable === true && (p.Action === "Block" || p.Action === "DynamicDelivery")) ?? [];
    if (attachments && !blocking.some((p) => attachmentRules.some((r) => r.SafeAttachmentPolicy === p.Name && r.Enabled === true))) {
      outcomes.push(fail(say((m) => m.exo09.noSafeAttachments), at(doc, "settings.safeAttachmentPolicies")));
    }
    const atp = listAt(doc.document, "settings.atpPolicyForO365")?.[0];
    if (atp?.EnableATPForSPOTeamsODB !== true) outcomes.push(warn(say((m) => m.exo09.noFileScanning), at(doc, "settings.atpPolicyForO365")));
    const phish = listAt(doc.document, "settings.antiPhishPolicies")?.find((p) => p.Enabled === true);
    if (!phish || phish.EnableOrganizationDomainsProtection !== true || phish.EnableFirstContactSafetyTips !== true) outcomes.push(warn(say((m) => m.exo09.noImpersonation), at(doc, "settings.antiPhishPolicies")));
    else if (input.org.online.threatProtection.protectedUsers.length === 0) outcomes.push(warn(say((m) => m.exo09.noProtectedUsers), at(doc, "settings.antiPhishPolicies")));
    const links = listAt(doc.document, "settings.safeLinksPolicies")?.find((p) => p.EnableSafeLinksForEmail === true && p.ScanUrls === true && p.TrackClicks === true);
    if (!links) outcomes.push(warn(say((m) => m.exo09.noSafeLinks), at(doc, "settings.safeLinksPolicies")));
    return outcomes;
  },
};
