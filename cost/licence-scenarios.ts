// The licence situations a licensing partner compares, each priced on the same design: the
// organization's own, a programme whose Product Terms carry the Extended Use Rights of
// Microsoft 365 E3/E5 (EA), CSP (no Extended Use Rights, Exchange SE as subscriptions) and staff
// on a plan that stands in for the CALs without server rights (Office 365 E3), and the worst case:
// a plan that stands in for neither (Microsoft 365 F3: CALs for every user). For each: the
// seat licences of both options (plan seats and Exchange CALs) and the Exchange server licences
// on-prem (sources: techcommunity-exchange-se-licensing, reddit-exchange-se-eur-programmes,
// microsoft-product-terms-cal-equivalency).
import { carriesCalRights, carriesExtendedUseRights, extendedUseRights, isSuite, SUITE_PLANS, type ExtendedUseRightsReason, type LicencePlan, type Programme, type StaffPlan } from "../model/licences";
import type { OrganizationFile } from "../model/schema";
import { sizeOrganization, type SizingResult } from "../model/sizing/sizing";
import type { PriceBook } from "./catalog/price-book";
import { sum } from "./component";
import { exchangeCalLicences, exchangeRoute, exchangeServerLicencesOnly } from "./components/exchange-licences";
import { staffPerYear } from "./counts";
import { seatLicences } from "./components/seats";
import { costContext } from "./price-options";
import { mergePriced, type OptionId, type Priced } from "./types";
import type { Usage } from "./usage";

export type LicenceScenarioId = "organization" | "extended-use-rights" | "csp-subscription" | "cal-equivalent-plans" | "plans-without-cal-rights";

/**
 * One licence situation and what each option pays in it (cash over the planning period, SEK
 * excluding VAT). Renderers (the cost report, the decision paper) rely on these ids and fields.
 */
export interface LicenceScenario {
  id: LicenceScenarioId;
  /** The licensing programme assumed; null where the organization states none. */
  programme: Programme | null;
  /** The staff plan assumed: online.licences.staff for "organization". */
  staffPlan: LicencePlan;
  /** Whether that plan stands in for the Exchange CALs (CAL equivalency). */
  carriesCalRights: boolean;
  /** Whether Microsoft 365 E3/E5 license the servers, or why not. */
  extendedUseRights: ExtendedUseRightsReason;
  /** How Exchange SE is bought in this situation. */
  exchangeLicensing: "software-assurance" | "subscription" | "perpetual";
  /** Seat licences: plan seats and Exchange CALs on-prem, plans online. */
  onpremSEK: number;
  onlineSEK: number;
  /** On-prem seats minus online seats: positive when on-prem is dearer. */
  onpremMinusOnlineSEK: number;
  /** Exchange server licences of the on-prem design (0 where the Extended Use Rights cover them). */
  serversSEK: number;
  /** Items without a price in this situation; their cost is not in the figures. */
  unpricedItems: number;
}

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

/** The organization buying through another programme, Exchange SE the way that programme sells it. */
function withProgramme(org: OrganizationFile, programme: Programme): OrganizationFile {
  return { ...org, cost: { ...org.cost, licensing: { ...org.cost.licensing, programme }, usage: { ...org.cost.usage, exchangeLicensing: "by-programme" } } };
}

function scenario(id: LicenceScenarioId, org: OrganizationFile, book: PriceBook, sizing: () => SizingResult): LicenceScenario {
  const context = (option: OptionId) => costContext(org, book, option, [], sizing);
  const onprem = mergePriced(seatLicences(context("onprem"), "onprem"), exchangeCalLicences(context("onprem")));
  const online = seatLicences(context("online"), "online");
  const servers = exchangeServerLicencesOnly(context("onprem"));
  const cash = (p: Priced) => sum(p.components.map((c) => sum(c.cash)));
  return {
    id,
    programme: org.cost.licensing.programme ?? null,
    staffPlan: org.online.licences.staff,
    carriesCalRights: carriesCalRights(org.online.licences.staff),
    extendedUseRights: extendedUseRights(org, staffPerYear(org, org.cost.planningYears)),
    exchangeLicensing: exchangeRoute(org),
    onpremSEK: cash(onprem),
    onlineSEK: cash(online),
    onpremMinusOnlineSEK: cash(onprem) - cash(online),
    serversSEK: cash(servers),
    unpricedItems: onprem.unpriced.length + online.unpriced.length + servers.unpriced.length,
  };
}

/** The organization's situation and the four a licensing partner compares it with, in that order. */
export function licenceScenarios(org: OrganizationFile, book: PriceBook, sizing: () => SizingResult = () => sizeOrganization(org)): LicenceScenarios {
  // The licence situation changes no part of the design: one sizing serves every scenario.
  let sized: SizingResult | undefined;
  const once = () => (sized ??= sizing());
  const plan = org.online.licences.staff;
  // The Extended Use Rights and CSP situations keep E3/E5 staff on their plan, others move to Microsoft 365 E3.
  const e3: StaffPlan = carriesExtendedUseRights(plan) ? (plan as StaffPlan) : "M365_E3";
  return {
    staffPlanBaseline: org.cost.usage.staffPlanBaseline,
    years: org.cost.planningYears,
    scenarios: [
      scenario("organization", org, book, once),
      scenario("extended-use-rights", withProgramme(withStaffPlan(org, e3), "EA"), book, once),
      scenario("csp-subscription", withProgramme(withStaffPlan(org, e3), "CSP"), book, once),
      scenario("cal-equivalent-plans", withStaffPlan(org, "O365_E3"), book, once),
      scenario("plans-without-cal-rights", withStaffPlan(org, "M365_F3"), book, once),
    ],
  };
}
