// The seat-licence difference between the options for the organization's own licence situation
// and the two that bound it: staff plans that carry the Exchange Server CAL rights (Microsoft
// 365 E3/E5: on-prem needs no CALs) and plans that do not (Office 365 E3, F3: every on-prem user
// needs Exchange CALs with Software Assurance). Staff keep their plan in both options in every
// situation, so what differs is the CALs on-prem and the mailbox plans online.
import { carriesExchangeServerRights, isSuite, SUITE_PLANS, type LicencePlan, type StaffPlan } from "../model/licences";
import type { OrganizationFile } from "../model/schema";
import { sizeOrganization } from "../model/sizing/sizing";
import type { PriceBook } from "./catalog/price-book";
import { sum } from "./component";
import { exchangeCalLicences } from "./components/onprem-licences";
import { staffPerYear } from "./counts";
import { seatLicences } from "./components/seats";
import { costContext } from "./price-options";
import { mergePriced, type OptionId } from "./types";
import type { Usage } from "./usage";

export type LicenceScenarioId = "organization" | "plans-with-cal-rights" | "plans-without-cal-rights";

/**
 * One licence situation: the staff plan assumed and the seat licences (plan seats and Exchange
 * CALs; cash over the planning period, SEK excluding VAT) each option pays in it. Renderers
 * (the cost report, the decision paper) rely on these ids and fields: keep them stable.
 */
export interface LicenceScenario {
  id: LicenceScenarioId;
  /** The staff plan assumed: online.licences.staff for "organization". */
  staffPlan: LicencePlan;
  /** Whether that plan carries the Exchange Server CAL rights (Microsoft 365 E3/E5). */
  carriesCalRights: boolean;
  onpremSEK: number;
  onlineSEK: number;
  /** On-prem minus online: positive when on-prem is dearer. */
  onpremMinusOnlineSEK: number;
  /** Seat items without a public price in this situation; their cost is not in the figures. */
  unpricedItems: number;
}

/** The organization's situation and the two bounding ones, in that order. */
export interface LicenceScenarios {
  /** How the staff suite is counted in every situation (cost.usage.staffPlanBaseline). */
  staffPlanBaseline: Usage["staffPlanBaseline"];
  years: number;
  scenarios: LicenceScenario[];
}

/**
 * The organization with another staff plan. The suite seats it owns, as many as staff need,
 * are taken as seats of that plan (its own staff plan's first); the rest stay with their plan
 * for the shared and resource mailboxes.
 */
function withStaffPlan(org: OrganizationFile, plan: StaffPlan): OrganizationFile {
  if (plan === org.online.licences.staff) return org;
  const owned = { ...org.cost.ownedLicences };
  let wanted = Math.max(...staffPerYear(org, org.cost.planningYears));
  let moved = 0;
  const suites = [org.online.licences.staff, ...SUITE_PLANS].filter((suite, i, all): suite is StaffPlan => isSuite(suite) && all.indexOf(suite) === i);
  for (const suite of suites) {
    const take = Math.min(wanted, owned[suite] ?? 0);
    if (take === 0) continue;
    owned[suite] = owned[suite]! - take;
    wanted -= take;
    moved += take;
  }
  if (moved > 0) owned[plan] = (owned[plan] ?? 0) + moved;
  return { ...org, online: { ...org.online, licences: { ...org.online.licences, staff: plan } }, cost: { ...org.cost, ownedLicences: owned } };
}

function scenario(id: LicenceScenarioId, org: OrganizationFile, book: PriceBook): LicenceScenario {
  // Seat licences need no sizing; the context still offers it lazily.
  const sizing = () => sizeOrganization(org);
  const priced = (option: OptionId) => {
    const ctx = costContext(org, book, option, [], sizing);
    return option === "onprem" ? mergePriced(seatLicences(ctx, option), exchangeCalLicences(ctx)) : seatLicences(ctx, option);
  };
  const [onprem, online] = [priced("onprem"), priced("online")];
  const cash = (p: typeof onprem) => sum(p.components.map((c) => sum(c.cash)));
  return {
    id,
    staffPlan: org.online.licences.staff,
    carriesCalRights: carriesExchangeServerRights(org.online.licences.staff),
    onpremSEK: cash(onprem),
    onlineSEK: cash(online),
    onpremMinusOnlineSEK: cash(onprem) - cash(online),
    unpricedItems: onprem.unpriced.length + online.unpriced.length,
  };
}

export function licenceScenarios(org: OrganizationFile, book: PriceBook): LicenceScenarios {
  const plan = org.online.licences.staff;
  const withRights: StaffPlan = carriesExchangeServerRights(plan) ? (plan as StaffPlan) : "M365_E3";
  const withoutRights: StaffPlan = plan === "O365_E3" || plan === "M365_F3" ? plan : "O365_E3";
  return {
    staffPlanBaseline: org.cost.usage.staffPlanBaseline,
    years: org.cost.planningYears,
    scenarios: [
      scenario("organization", org, book),
      scenario("plans-with-cal-rights", withStaffPlan(org, withRights), book),
      scenario("plans-without-cal-rights", withStaffPlan(org, withoutRights), book),
    ],
  };
}
