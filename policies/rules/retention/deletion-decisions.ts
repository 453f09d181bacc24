// The organization's deletion decisions (gallringsbeslut) as the retention rules read them.
// Arkivlagen 10 §: records are deleted only under a decision, never earlier than it allows
// (source: rkrattsbaser-arkivlag).
import { logDecisions, minimumDaysForYears as minimumDays, type DeletionDecision } from "../../../model/retention-periods";
import type { OrganizationFile } from "../../../model/schema";

export { logDecisions, minimumDays, type DeletionDecision };

export function decisionById(org: OrganizationFile, id: unknown): DeletionDecision | undefined {
  return org.retention.deletionDecisions.find((decision) => decision.id === id);
}

