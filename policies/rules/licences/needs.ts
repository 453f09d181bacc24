// The licences the online configuration needs (model/licences.ts), as rule outcomes: one
// failure per need the staff plan and the declared add-ons do not meet, at the key that asks.
import { MINIMUM_AUDIT_RETENTION_DAYS } from "../../../model/exchange-online/audit-retention";
import { licenceNeeds, onlineAuditDays, type LicenceNeedId } from "../../../model/licences";
import type { OrganizationFile } from "../../../model/schema";
import { atOrg, fail } from "../../outcome";
import type { Outcome } from "../../types";

export function unmetNeeds(org: OrganizationFile, ids: LicenceNeedId[]): Outcome[] {
  return licenceNeeds(org, onlineAuditDays(org, MINIMUM_AUDIT_RETENTION_DAYS))
    .filter((need) => ids.includes(need.id) && !need.met)
    .map((need) => {
      const estimate = need.addOn ? `; the cost estimate adds the ${need.addOn} add-on for every staff user` : "";
      return fail(`${need.cause} needs ${need.providedBy}; staff hold ${org.online.licences.staff}${org.online.addOns.length ? ` with ${org.online.addOns.join(", ")}` : " and no add-on"}${estimate}`, atOrg(need.path));
    });
}
