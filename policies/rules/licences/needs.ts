// The licences the online configuration needs (model/licences.ts), as rule outcomes: one
// failure per need the staff plan and the declared add-ons do not meet, at the key that asks.
import { MINIMUM_AUDIT_RETENTION_DAYS } from "../../../model/exchange-online/audit-retention";
import { licenceNeeds, onlineAuditDays, type LicenceNeedId } from "../../../model/licences";
import { say } from "../../say";
import type { OrganizationFile } from "../../../model/schema";
import { atOrg, fail } from "../../outcome";
import type { Outcome } from "../../types";

export function unmetNeeds(org: OrganizationFile, ids: LicenceNeedId[]): Outcome[] {
  const days = onlineAuditDays(org, MINIMUM_AUDIT_RETENTION_DAYS);
  return licenceNeeds(org, days)
    .filter((need) => ids.includes(need.id) && !need.met)
    .map((need) =>
      fail(
        say((m) => {
          const words = m.licenceNeed[need.id];
          return m.unmetNeed(words.cause(days), words.providedBy, org.online.licences.staff, org.online.addOns, need.addOn);
        }),
        atOrg(need.path),
      ),
    );
}
