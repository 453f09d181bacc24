// Add-ons of the online option for every staff user: those online.addOns declares and those
// the configuration needs where the staff plan lacks them (model/licences.ts; LIC-01..05 fail
// while a needed one is not declared). A price no public source gives is listed as unpriced,
// by name, never as 0.
import { MINIMUM_AUDIT_RETENTION_DAYS } from "../../model/exchange-online/audit-retention";
import { licenceNeeds, onlineAuditDays, type AddOn, type LicenceNeed } from "../../model/licences";
import { makeComponent } from "../component";
import { staffPerYear } from "../counts";
import type { CostContext, Priced } from "../types";
import { emptyPriced } from "../types";
import { say, type Said } from "../said";
import { sekOrUnpriced } from "./prices";

/** Catalog id of each add-on's price; the names are in the message catalog (addOns.name). */
const ADD_ON_PRICE: Record<AddOn, string> = {
  E5_COMPLIANCE: "e5_compliance_addon",
  E5_EDISCOVERY_AUDIT: "e5_ediscovery_audit_addon",
  AUDIT_LOG_RETENTION_10_YEARS: "audit_10_year_addon",
  ADVANCED_DATA_RESIDENCY: "adr_addon",
};

/** The add-ons the online option pays for, each with why: declared, or needed by a rule. */
function addOnReasons(ctx: CostContext, needs: LicenceNeed[], auditDays: number): Map<AddOn, Said[]> {
  const { org } = ctx;
  const reasons = new Map<AddOn, Said[]>();
  const add = (addOn: AddOn, why: Said) => reasons.set(addOn, [...(reasons.get(addOn) ?? []), why]);
  for (const addOn of org.online.addOns) {
    // Microsoft 365 E5 already holds everything E5 Compliance adds.
    if (!(addOn === "E5_COMPLIANCE" && org.online.licences.staff === "M365_E5")) add(addOn, say((m) => m.addOns.declared));
  }
  for (const need of needs) {
    if (!need.met && need.addOn) add(need.addOn, say((m) => m.addOns.neededBy(need.id, auditDays, need.rule)));
  }
  return reasons;
}

export function onlineAddOns(ctx: CostContext): Priced {
  const result = emptyPriced();
  const staff = staffPerYear(ctx.org, ctx.years);
  const auditDays = onlineAuditDays(ctx.org, MINIMUM_AUDIT_RETENTION_DAYS);
  const needs = licenceNeeds(ctx.org, auditDays);
  for (const [addOn, why] of addOnReasons(ctx, needs, auditDays)) {
    const price = ADD_ON_PRICE[addOn];
    const id = `online.addons.${addOn.toLowerCase().replace(/_/g, "-")}`;
    const description = say((m, lang) => m.addOns.forStaff(m.addOns.name[addOn], why.map((w) => w[lang])));
    const sek = sekOrUnpriced(ctx, [price], { option: "online", id, description }, result.unpriced);
    if (!sek) continue;
    result.components.push(
      makeComponent(
        { option: "online", id, category: "licences", description, quantity: say((m) => m.seats.seats(staff)), prices: [price], recurring: staff.map((n) => n * sek[price]! * 12) },
        ctx.years,
        ctx.prices,
      ),
    );
  }
  const dlp = needs.find((need) => need.id === "exchange-online-dlp" && !need.met);
  if (dlp && ctx.org.online.licences.staff !== "none") {
    const plan = ctx.org.online.licences.staff;
    const said = { description: say((m) => m.addOns.dlp(plan)), reason: say((m) => m.addOns.dlpReason()) };
    result.unpriced.push({ option: "online", id: "online.addons.exchange-online-dlp", source: "model", description: said.description.en, reason: said.reason.en, prices: [], said });
  }
  return result;
}
