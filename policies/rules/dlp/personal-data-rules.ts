// What the DLP rules read from either option's document: the rules that look at mail leaving
// the organization and the sensitive information types they match. Exchange Online: DLP
// compliance policies and rules; on-prem: transport rules with a data classification
// (source: cmdlet-new-transportrule).
import { at, listAt, type OptionDocument } from "../exchange/documents";
import type { FindingLocation } from "../../types";

export interface OutboundRule {
  name: string;
  location: FindingLocation;
  /** The types it matches, by name (lower case) and id. */
  types: { name: string; id?: string; minCount?: number }[];
  /** Blocks (or, on-prem, rejects or encrypts) the message to recipients outside the organization. */
  protects: boolean;
  notifiesSender: boolean;
  /** Online: the policy's mode; on-prem rules are always enforced. */
  mode: string;
  /** Online: the index of its policy in settings.dlpCompliancePolicies. */
  policyIndex?: number;
}

/** Modes in which a DLP policy does nothing at all. */
export const INACTIVE_MODES = ["Disable", "PendingDeletion"];
export const TEST_MODES = ["TestWithNotifications", "TestWithoutNotifications"];

const types = (value: unknown) =>
  (Array.isArray(value) ? value : [value])
    .filter((t): t is Record<string, unknown> => typeof t === "object" && t !== null && typeof t.name === "string")
    .map((t) => ({ name: String(t.name).toLowerCase(), id: typeof t.id === "string" ? t.id : undefined, minCount: typeof t.minCount === "number" ? t.minCount : undefined }));

/** Rules that apply to mail sent outside the organization; undefined when the document lacks the list. */
export function outboundRules(doc: OptionDocument): OutboundRule[] | undefined {
  if (doc.option === "onprem") {
    const rules = listAt(doc.document, "transportRules");
    return rules?.flatMap((rule, i) =>
      rule.sentToScope === "NotInOrganization" && rule.sensitiveInformationType !== undefined
        ? [{
            name: String(rule.name),
            location: at(doc, `transportRules.${i}`),
            types: types(rule.sensitiveInformationType),
            // Rejecting returns a non-delivery report with the rule's text to the sender.
            protects: rule.action === "reject" || rule.action === "encrypt",
            notifiesSender: rule.action === "reject",
            mode: "Enable",
          }]
        : [],
    );
  }
  const policies = listAt(doc.document, "settings.dlpCompliancePolicies");
  const rules = listAt(doc.document, "settings.dlpComplianceRules");
  if (!policies || !rules) return undefined;
  return rules.flatMap((rule, i) => {
    const policyIndex = policies.findIndex((p) => p.Name === rule.Policy);
    const policy = policies[policyIndex];
    const exchange = Array.isArray(policy?.ExchangeLocation) && policy.ExchangeLocation.includes("All");
    if (!policy || !exchange || rule.AccessScope !== "NotInOrganization") return [];
    return [{
      name: String(rule.Name),
      location: at(doc, `settings.dlpComplianceRules.${i}`),
      types: types(rule.ContentContainsSensitiveInformation),
      protects: rule.BlockAccess === true && rule.BlockAccessScope !== "None",
      // "Owner" is the sender of an e-mail (Set-DlpComplianceRule -NotifyUser).
      notifiesSender: Array.isArray(rule.NotifyUser) && rule.NotifyUser.includes("Owner"),
      mode: String(policy.Mode),
      policyIndex,
    }];
  });
}
