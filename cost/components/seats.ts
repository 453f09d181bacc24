// Seat licences of both options. Staff keep their suite plan (online.licences.staff: Office,
// Teams and the rest are needed anyway) whichever option is chosen, so a suite is the same
// line in both options, or in neither (cost.usage.staffPlanBaseline), and never a difference.
// A mail-only plan and the plans of shared and resource mailboxes are online costs only: on-prem
// those mailboxes need no CAL. Owned seats are never bought again; they show what they are worth.
// Seats follow mailbox growth from year 2.
import { isSuite, type StaffPlan } from "../../model/licences";
import { makeComponent } from "../component";
import { perYear } from "../counts";
import type { CostContext, OptionId, Priced } from "../types";
import { emptyPriced } from "../types";
import { say } from "../said";
import { sekOrUnpriced } from "./prices";

/** Catalog id of each plan's price. */
export const PLAN_PRICE: Record<StaffPlan, string> = {
  EXO_P1: "exo_p1_list",
  EXO_P2: "exo_p2_list",
  EXO_KIOSK: "exo_kiosk_list",
  M365_F3: "m365_f3",
  O365_E3: "o365_e3",
  M365_E3: "m365_e3",
  M365_E5: "m365_e5",
};

type MailboxKind = "staff" | "shared" | "resource";
/** How one option treats a plan: priced as the common baseline, priced as its own cost, or held but left out. */
type SeatMode = "baseline" | "option" | "not-priced";

/** How the option treats the staff plan; null when the option has no use for it. */
function staffPlanMode(ctx: CostContext, option: OptionId): SeatMode | null {
  const plan = ctx.org.online.licences.staff;
  if (plan === "none") return null;
  if (isSuite(plan)) return ctx.usage.staffPlanBaseline === "both-options" ? "baseline" : "not-priced";
  return option === "online" ? "option" : null;
}

export function seatLicences(ctx: CostContext, option: OptionId): Priced {
  const result = emptyPriced();
  // Owned seats are shared across mailbox kinds: staff take them first.
  const owned: Partial<Record<string, number>> = { ...ctx.org.cost.ownedLicences };
  const staffMode = staffPlanMode(ctx, option);
  if (staffMode) planSeats(ctx, option, "staff", staffMode, owned, result);
  if (option === "online") for (const kind of ["shared", "resource"] as const) planSeats(ctx, option, kind, "option", owned, result);
  return result;
}

function planSeats(ctx: CostContext, option: OptionId, kind: MailboxKind, mode: SeatMode, owned: Partial<Record<string, number>>, result: Priced): void {
  const { org, years } = ctx;
  const plan = org.online.licences[kind];
  if (plan === "none") return;
  const counts = perYear(org.mailboxes[kind], org.mailboxes.countGrowthPercentPerYear, years);
  const ownedHere = Math.min(owned[plan] ?? 0, Math.max(...counts));
  owned[plan] = (owned[plan] ?? 0) - ownedHere;
  const bought = counts.map((count) => Math.max(0, count - ownedHere));
  const priceId = PLAN_PRICE[plan];
  const id = `${option}.seats.${kind}`;
  const description = say((m) => (mode === "option" ? m.seats.forKind(plan, kind) : m.seats.forStaffBaseline(plan)));
  const monthly = ctx.prices.get(priceId).amount;
  if (ownedHere > 0) {
    const said = {
      description: say((m) => m.seats.ownedFor(plan, kind)),
      quantity: say((m) => m.seats.seats([ownedHere])),
      note: say((m) => `${m.owned.notBought}${mode === "baseline" ? m.owned.alikeInBoth : ""}`),
    };
    result.excluded.push({
      option,
      id: `${option}.owned.${plan}.${kind}`,
      kind: "owned",
      description: said.description.en,
      quantity: said.quantity.en,
      valueSEK: monthly === null ? 0 : ownedHere * monthly * 12 * years,
      prices: [priceId],
      note: said.note.en,
      said,
    });
  }
  if (mode === "not-priced" || bought.every((n) => n === 0)) return;
  const sek = sekOrUnpriced(ctx, [priceId], { option, id, description }, result.unpriced);
  if (!sek) return;
  result.components.push(
    makeComponent(
      {
        option,
        id,
        category: "licences",
        description,
        quantity: say((m) => m.seats.bought(bought, counts)),
        prices: [priceId],
        recurring: bought.map((seats) => seats * sek[priceId]! * 12),
        baseline: mode === "baseline",
        notes: mode === "baseline" ? [say((m) => m.seats.baselineNote)] : [],
      },
      years,
      ctx.prices,
    ),
  );
}
