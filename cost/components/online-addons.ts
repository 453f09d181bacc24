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
import { fmtCount, sekOrUnpriced } from "./prices";

const ADD_ONS: Record<AddOn, { price: string; name: string }> = {
  E5_COMPLIANCE: { price: "e5_compliance_addon", name: "Microsoft 365 E5 Compliance add-on" },
  E5_EDISCOVERY_AUDIT: { price: "e5_ediscovery_audit_addon", name: "Microsoft 365 E5 eDiscovery and Audit add-on (Audit Premium)" },
  AUDIT_LOG_RETENTION_10_YEARS: { price: "audit_10_year_addon", name: "10-Year Audit Log Retention add-on" },
  ADVANCED_DATA_RESIDENCY: { price: "adr_addon", name: "Advanced Data Residency add-on" },
};

/** The add-ons the online option pays for, each with why: declared, or needed by a rule. */
function addOnReasons(ctx: CostContext, needs: LicenceNeed[]): Map<AddOn, string[]> {
  const { org } = ctx;
  const reasons = new Map<AddOn, string[]>();
  const add = (addOn: AddOn, why: string) => reasons.set(addOn, [...(reasons.get(addOn) ?? []), why]);
  for (const addOn of org.online.addOns) {
    // Microsoft 365 E5 already holds everything E5 Compliance adds.
    if (!(addOn === "E5_COMPLIANCE" && org.online.licences.staff === "M365_E5")) add(addOn, "declared in online.addOns");
  }
  for (const need of needs) {
    if (!need.met && need.addOn) add(need.addOn, `needed by ${need.cause} (${need.rule})`);
  }
  return reasons;
}

export function onlineAddOns(ctx: CostContext): Priced {
  const result = emptyPriced();
  const staff = staffPerYear(ctx.org, ctx.years);
  const needs = licenceNeeds(ctx.org, onlineAuditDays(ctx.org, MINIMUM_AUDIT_RETENTION_DAYS));
  for (const [addOn, why] of addOnReasons(ctx, needs)) {
    const { price, name } = ADD_ONS[addOn];
    const id = `online.addons.${addOn.toLowerCase().replace(/_/g, "-")}`;
    const description = `${name} for staff (${why.join("; ")})`;
    const sek = sekOrUnpriced(ctx, [price], { option: "online", id, description }, result.unpriced);
    if (!sek) continue;
    result.components.push(
      makeComponent(
        { option: "online", id, category: "licences", description, quantity: `${fmtCount(staff)} seats`, prices: [price], recurring: staff.map((n) => n * sek[price]! * 12) },
        ctx.years,
        ctx.prices,
      ),
    );
  }
  const dlp = needs.find((need) => need.id === "exchange-online-dlp" && !need.met);
  if (dlp && ctx.org.online.licences.staff !== "none") {
    result.unpriced.push({
      option: "online",
      id: "online.addons.exchange-online-dlp",
      source: "model",
      description: `DLP for Exchange Online for staff on ${ctx.org.online.licences.staff} (LIC-05)`,
      reason: `the plan does not include it; ${dlp.providedBy} do`,
      prices: [],
    });
  }
  return result;
}
