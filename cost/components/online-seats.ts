// Online seat licences per mailbox kind and plan (online.licences), add-ons, and the
// owned seats excluded with a note. Prices: ../shared/reference/prices.md (Microsoft 365
// list from the 2026-07-01 renewal). Seats follow mailbox growth from year 2.
import type { OrganizationFile } from "../../model/schema";
import { makeComponent } from "../component";
import { perYear } from "../counts";
import type { CostContext, OptionId, Priced } from "../types";
import { emptyPriced } from "../types";
import { fmtCount, sekOrUnpriced } from "./prices";

type Plan = Exclude<OrganizationFile["online"]["licences"]["staff"], "none">;

export const PLAN_PRICE: Record<Plan, string> = {
  EXO_P1: "exo_p1_list",
  EXO_P2: "exo_p2_list",
  EXO_KIOSK: "exo_kiosk_list",
  M365_F3: "m365_f3",
  O365_E3: "o365_e3",
  M365_E3: "m365_e3",
  M365_E5: "m365_e5",
};

const KINDS = ["staff", "shared", "resource"] as const;

export function onlineSeats(ctx: CostContext): Priced {
  const result = emptyPriced();
  const { org, years } = ctx;
  const owned: Partial<Record<string, number>> = { ...org.cost.ownedLicences };
  for (const kind of KINDS) planSeats(ctx, "online", kind, owned, result);

  const staffPlan = org.online.licences.staff;
  const staff = perYear(org.mailboxes.staff, org.mailboxes.countGrowthPercentPerYear, years);
  if (org.online.addOns.includes("E5_COMPLIANCE") && staffPlan !== "M365_E5") {
    const id = "online.seats.addon-e5-compliance";
    const description = "Microsoft 365 E5 Compliance add-on for staff";
    const sek = sekOrUnpriced(ctx, ["e5_compliance_addon"], { option: "online", id, description }, result.unpriced);
    if (sek) {
      result.components.push(
        makeComponent(
          { option: "online", id, category: "licences", description, quantity: `${fmtCount(staff)} seats`, prices: ["e5_compliance_addon"], recurring: staff.map((n) => n * sek.e5_compliance_addon! * 12) },
          years,
          ctx.prices,
        ),
      );
    }
  }
  if (org.online.addOns.includes("ADVANCED_DATA_RESIDENCY") || org.online.advancedDataResidency) {
    const id = "online.seats.addon-advanced-data-residency";
    const description = "Advanced Data Residency add-on for staff";
    const sek = sekOrUnpriced(ctx, ["adr_addon"], { option: "online", id, description }, result.unpriced);
    if (sek) {
      result.components.push(
        makeComponent(
          { option: "online", id, category: "licences", description, quantity: `${fmtCount(staff)} seats`, prices: ["adr_addon"], recurring: staff.map((n) => n * sek.adr_addon! * 12) },
          years,
          ctx.prices,
        ),
      );
    }
  }
  return result;
}

/**
 * Seats of the plan online.licences names for one mailbox kind, less the owned seats of
 * that plan (taken from `owned`, which is shared across kinds), which are excluded with a note.
 */
export function planSeats(ctx: CostContext, option: OptionId, kind: (typeof KINDS)[number], owned: Partial<Record<string, number>>, result: Priced): void {
  const { org, years } = ctx;
  const plan = org.online.licences[kind];
  if (plan === "none") return;
  const counts = perYear(org.mailboxes[kind], org.mailboxes.countGrowthPercentPerYear, years);
  const ownedHere = Math.min(owned[plan] ?? 0, Math.max(...counts));
  owned[plan] = (owned[plan] ?? 0) - ownedHere;
  const bought = counts.map((count) => Math.max(0, count - ownedHere));
  const priceId = PLAN_PRICE[plan];
  const id = `${option}.seats.${kind}`;
  const description = `${plan} seats for ${kind} mailboxes`;
  const sek = sekOrUnpriced(ctx, [priceId], { option, id, description }, result.unpriced);
  const monthly = sek?.[priceId];
  if (monthly !== undefined) {
    result.components.push(
      makeComponent(
        {
          option,
          id,
          category: "licences",
          description,
          quantity: `${fmtCount(bought)} seats bought (of ${fmtCount(counts)})`,
          prices: [priceId],
          recurring: bought.map((seats) => seats * monthly * 12),
        },
        years,
        ctx.prices,
      ),
    );
  }
  if (ownedHere > 0) {
    result.excluded.push({
      option,
      id: `${option}.owned.${plan}.${kind}`,
      description: `${plan} seats already owned, used by ${kind} mailboxes`,
      quantity: `${ownedHere} seats`,
      valueSEK: monthly === undefined ? 0 : ownedHere * monthly * 12 * years,
      prices: [priceId],
      note: "already owned (cost.ownedLicences): excluded from the estimate",
    });
  }
}
