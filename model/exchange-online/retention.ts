// Retention from the organization's deletion decisions (gallringsbeslut). Arkivlagen 10 §
// and RET-01: mail is deleted only under a decision and never earlier than it allows;
// RET-02: leavers' mailboxes are kept as inactive mailboxes (any retention on a mailbox
// makes it inactive when its account is removed).
import { minimumDaysForYears } from "../retention-periods";
import type { OrganizationFile } from "../schema";
import { purviewName, purviewRuleName } from "./purview-name";
import type { DesiredSettings } from "./settings";

export const LEAVERS_POLICY_NAME = "Leavers mailboxes retained";

export interface DeletionRuleFact {
  policy: string;
  rule: string;
  decisionId: string;
  retainYears: number;
  deleteAfterDays: number;
  contentMatchQuery: string | null;
}

export interface LeaverMailboxFact {
  mode: "inactive-mailbox" | "deleted-with-account";
  policy: string | null;
  /** Days, or "Unlimited" when no decision allows deletion. */
  keep: string | null;
}

/** Never earlier than the decision allows (model/retention-periods.ts). */
export const deleteAfterDays = minimumDaysForYears;

export { purviewName };

/** The retention policy name of a deletion decision (unique per decision: model/schema.ts refuses a clash). */
export const decisionPolicyName = (id: string): string => purviewName(`Gallring ${id}`);

export function retentionSettings(org: OrganizationFile): {
  settings: Pick<DesiredSettings, "retentionCompliancePolicies" | "retentionComplianceRules">;
  deletionRules: DeletionRuleFact[];
  leavers: LeaverMailboxFact;
} {
  const decisions = org.retention.deletionDecisions.filter((decision) => decision.appliesTo === "mailbox-content");
  const deletionRules: DeletionRuleFact[] = decisions.map((decision) => {
    const policy = decisionPolicyName(decision.id);
    return {
      policy,
      rule: purviewRuleName(policy),
      decisionId: decision.id,
      retainYears: decision.retainYears,
      deleteAfterDays: deleteAfterDays(decision.retainYears),
      contentMatchQuery: decision.contentMatchQuery ?? null,
    };
  });
  const policies: DesiredSettings["retentionCompliancePolicies"] = [];
  const rules: DesiredSettings["retentionComplianceRules"] = [];
  for (const [index, fact] of deletionRules.entries()) {
    const decision = decisions[index]!;
    policies.push({ Name: fact.policy, Comment: `Gallringsbeslut ${decision.id}: ${decision.what}`, Enabled: true, ExchangeLocation: ["All"] });
    rules.push({
      Name: fact.rule,
      Policy: fact.policy,
      Comment: `Gallringsbeslut ${decision.id}: delete ${decision.retainYears} years after creation, not earlier.`,
      // KeepAndDelete: nothing can be purged before the decided age, then it is deleted.
      RetentionComplianceAction: "KeepAndDelete",
      RetentionDuration: String(fact.deleteAfterDays),
      ExpirationDateOption: "CreationAgeInDays",
      ContentMatchQuery: fact.contentMatchQuery ?? "",
    });
  }

  let leavers: LeaverMailboxFact = { mode: "deleted-with-account", policy: null, keep: null };
  if (org.retention.leaverMailboxes === "retain") {
    // Retention wins over deletion in Purview, so an unlimited Keep would block every
    // deletion decision; keeping as long as the longest decision blocks none of them.
    const longest = Math.max(0, ...deletionRules.map((rule) => rule.deleteAfterDays));
    const keep = longest > 0 ? String(longest) : "Unlimited";
    leavers = { mode: "inactive-mailbox", policy: LEAVERS_POLICY_NAME, keep };
    policies.push({
      Name: LEAVERS_POLICY_NAME,
      Comment: "Keeps every mailbox under retention so a leaver's mailbox becomes inactive instead of deleted (RET-02).",
      Enabled: true,
      ExchangeLocation: ["All"],
    });
    rules.push({
      Name: `${LEAVERS_POLICY_NAME} rule`,
      Policy: LEAVERS_POLICY_NAME,
      Comment: keep === "Unlimited" ? "No deletion decision: kept without limit." : "Kept as long as the longest deletion decision.",
      RetentionComplianceAction: "Keep",
      RetentionDuration: keep,
      ExpirationDateOption: "CreationAgeInDays",
      ContentMatchQuery: "",
    });
  }
  return { settings: { retentionCompliancePolicies: policies, retentionComplianceRules: rules }, deletionRules, leavers };
}
