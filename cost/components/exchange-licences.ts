// Exchange Server SE licences of the on-prem option: a server licence per running instance
// (Standard up to 5 mounted databases, Enterprise above; Edge Transport under Standard) and
// CALs, all with active Software Assurance or as subscriptions (source:
// microsoft-product-terms-exchange-server). The licensing programme decides which: CSP and MOSA
// sell no SA. Microsoft 365 E3/E5 license the servers through their Extended Use Rights only where
// the programme carries them and every user of the servers holds E3/E5; Online Services plans
// stand in for the CALs (CAL equivalency, model/licences.ts). Owned licences count only with
// unbroken SA: lapsed SA cannot be resumed, so those are bought again.
import { CAL_EQUIVALENCE, serverAccess, SUBSCRIPTION_ONLY_PROGRAMMES, type ExtendedUseRightsReason } from "../../model/licences";
import type { OrganizationFile } from "../../model/schema";
import { makeComponent, sum } from "../component";
import { exchangeServers, staffPerYear } from "../counts";
import { say, type Said } from "../said";
import type { CostContext, Priced } from "../types";
import { emptyPriced } from "../types";
import { sekOrUnpriced } from "./prices";

type ExchangeKey = keyof OrganizationFile["cost"]["licensing"]["coverage"];
/** How Exchange licences are bought: with SA, as subscriptions, or (Exchange 2019/2016 only) perpetual without SA. */
export type Route = "software-assurance" | "subscription" | "perpetual";

/** One kind of Exchange licence: its owned key, its perpetual and its subscription price. */
interface Kind {
  key: ExchangeKey;
  id: string;
  licence: string;
  subscription: string;
  unit: "servers" | "users";
  description: Said;
}

/** SA or subscription: the organization's choice, else what its programme sells. */
export function exchangeRoute(org: OrganizationFile): Route {
  const chosen = org.cost.usage.exchangeLicensing;
  if (chosen !== "by-programme") return chosen;
  // Exchange 2019 and 2016 ran on perpetual licences without SA; only SE requires SA or a subscription.
  if (org.onprem.exchangeVersion !== "SE") return "perpetual";
  const programme = org.cost.licensing.programme;
  return programme && SUBSCRIPTION_ONLY_PROGRAMMES.includes(programme) ? "subscription" : "software-assurance";
}

/** Licences with SA: bought in the year the need grows past what is held, SA every year on all in use. */
export function licenceCash(needed: number[], held: number, price: number, saShare: number, lifeYears: number) {
  let have = held;
  const investments = needed.map((need, i) => {
    const buy = Math.max(0, need - have);
    have += buy;
    return { year: i + 1, amount: buy * price, lifeYears };
  });
  return { recurring: needed.map((need) => need * price * saShare), investments: investments.filter((inv) => inv.amount > 0) };
}

const cashOf = (cash: ReturnType<typeof licenceCash>) => sum(cash.recurring) + sum(cash.investments.map((inv) => inv.amount));

/** What `needed` costs over the period on the route, in SEK; null when a price is missing. */
function routeValue(ctx: CostContext, kind: Kind, needed: number[], route: Route): number | null {
  if (route === "subscription") {
    const price = ctx.prices.get(kind.subscription).amount;
    return price === null ? null : sum(needed) * price;
  }
  const price = ctx.prices.get(kind.licence).amount;
  const sa = route === "perpetual" ? 0 : ctx.prices.get("sa_rate").amount;
  return price === null || sa === null ? null : cashOf(licenceCash(needed, 0, price, sa / 100, ctx.usage.licenceLifeYears));
}

/** The catalog ids a route prices a kind with. */
const routePrices = (kind: Kind, route: Route): string[] => (route === "subscription" ? [kind.subscription] : route === "perpetual" ? [kind.licence] : [kind.licence, "sa_rate"]);

export function exchangeLicences(ctx: CostContext): Priced {
  const result = emptyPriced();
  exchangeServerLicences(ctx, result);
  exchangeCals(ctx, result);
  return result;
}

/** The on-prem seat licences alone (Exchange CALs), for the licence scenarios. */
export function exchangeCalLicences(ctx: CostContext): Priced {
  const result = emptyPriced();
  exchangeCals(ctx, result);
  return result;
}

/** The Exchange server licences alone, for the licence scenarios. */
export function exchangeServerLicencesOnly(ctx: CostContext): Priced {
  const result = emptyPriced();
  exchangeServerLicences(ctx, result);
  return result;
}

function exchangeServerLicences(ctx: CostContext, result: Priced): void {
  const { org, years } = ctx;
  const servers = exchangeServers(ctx.sizing);
  const access = serverAccess(org, staffPerYear(org, years));
  const route = exchangeRoute(org);
  // Mailbox servers take the chosen edition; Edge Transport runs under a Standard licence.
  const counts = { standard: servers.edge + (org.onprem.edition === "standard" ? servers.mailbox : 0), enterprise: org.onprem.edition === "enterprise" ? servers.mailbox : 0 };
  // Enterprise licences may run Standard servers (down-edition rights), so spare owned ones cover Standard.
  const ownedEnterprise = usable(org, "EXCHANGE_SERVER_ENTERPRISE");
  const owned = {
    enterprise: Math.min(counts.enterprise, ownedEnterprise),
    standard: Math.min(counts.standard, usable(org, "EXCHANGE_SERVER_STANDARD") + Math.max(0, ownedEnterprise - counts.enterprise)),
  };
  for (const edition of ["standard", "enterprise"] as const) {
    const count = counts[edition];
    if (count === 0) continue;
    const kind: Kind = {
      key: edition === "standard" ? "EXCHANGE_SERVER_STANDARD" : "EXCHANGE_SERVER_ENTERPRISE",
      id: `onprem.exchange-server-${edition}`,
      licence: edition === "standard" ? "exch_server_std" : "exch_server_ent",
      subscription: edition === "standard" ? "exse_sub_server_std" : "exse_sub_server_ent",
      unit: "servers",
      description: say((m) => {
        const mailbox = m.licences.mailboxServers(servers.mailbox);
        const what = edition === "standard" ? [org.onprem.edition === "standard" ? mailbox : "", servers.edge ? m.licences.edgeServers(servers.edge) : ""] : [mailbox];
        return m.licences.exchangeServer(edition, what.filter(Boolean));
      }),
    };
    const needed = Array<number>(years).fill(count);
    if (access.extendedUseRights === "applies") {
      const said = { description: kind.description, quantity: say((m) => m.licences.servers(count)), note: say((m) => m.licences.extendedUseRights(org.cost.licensing.programme!)) };
      const value = routeValue(ctx, kind, needed, route);
      result.excluded.push({ option: "onprem", id: `onprem.rights.exchange-server-${edition}`, kind: "covered", description: said.description.en, quantity: said.quantity.en, valueSEK: value ?? 0, prices: routePrices(kind, route), note: said.note.en, said });
      continue;
    }
    buy(ctx, result, kind, needed, owned[edition], route, [eurNote(access.extendedUseRights, org)]);
  }
}

function eurNote(reason: Exclude<ExtendedUseRightsReason, "applies">, org: OrganizationFile): Said {
  return say((m) => m.licences.noExtendedUseRights(reason, org.cost.licensing.programme));
}

function exchangeCals(ctx: CostContext, result: Priced): void {
  const { org, years } = ctx;
  const access = serverAccess(org, staffPerYear(org, years));
  const route = exchangeRoute(org);
  const standard: Kind = { key: "EXCHANGE_CAL_STANDARD", id: "onprem.seats.cal-standard", licence: "exch_cal_std", subscription: "exse_sub_cal_std", unit: "users", description: say((m) => m.licences.calStandard) };
  const enterprise: Kind = { key: "EXCHANGE_CAL_ENTERPRISE", id: "onprem.seats.cal-enterprise", licence: "exch_cal_ent", subscription: "exse_sub_cal_ent", unit: "users", description: say((m) => m.licences.calEnterprise) };
  if (access.standardCovered.some((n) => n > 0)) {
    const plan = org.online.licences.staff;
    const withEnterprise = access.enterpriseFeatures.length > 0;
    const values = [routeValue(ctx, standard, access.standardCovered, route), withEnterprise ? routeValue(ctx, enterprise, access.enterpriseCovered, route) : 0];
    const said = {
      description: say((m) => (CAL_EQUIVALENCE[plan] !== "none" ? m.licences.calRightsOfPlan(plan) : m.licences.calRightsOwned)),
      quantity: say((m) => m.licences.users(access.standardCovered)),
      note: say((m) => m.licences.calRightsNote),
    };
    result.excluded.push({
      option: "onprem",
      id: "onprem.rights.exchange-cals",
      kind: "covered",
      description: said.description.en,
      quantity: said.quantity.en,
      valueSEK: values.includes(null) ? 0 : sum(values as number[]),
      prices: [...new Set([...routePrices(standard, route), ...routePrices(enterprise, route)])],
      note: said.note.en,
      said,
    });
  }
  if (access.needStandard.some((n) => n > 0)) buy(ctx, result, standard, access.needStandard, Math.min(Math.max(...access.needStandard), usable(org, standard.key)), route, []);
  if (access.needEnterprise.some((n) => n > 0)) {
    const features = say((m) => m.licences.enterpriseFeatures(access.enterpriseFeatures));
    buy(ctx, result, enterprise, access.needEnterprise, Math.min(Math.max(...access.needEnterprise), usable(org, enterprise.key)), route, [features]);
  }
}

/** Owned licences of `key` Exchange SE may use: those with active SA or held as subscriptions (the schema requires the coverage of every owned one). */
export function usable(org: OrganizationFile, key: ExchangeKey): number {
  if (org.onprem.exchangeVersion !== "SE") return org.cost.ownedLicences[key] ?? 0;
  const coverage = org.cost.licensing.coverage[key];
  return coverage && coverage.kind !== "lapsed" ? (org.cost.ownedLicences[key] ?? 0) : 0;
}

/**
 * Buys what is needed beyond the usable owned licences on the route: SA route, the licence once
 * and SA every year on everything in use; subscription route, the subscription every year on
 * everything in use (owned subscriptions continue at their fee). Owned licences whose SA lapsed
 * are listed as worth nothing for SE and bought again.
 */
function buy(ctx: CostContext, result: Priced, kind: Kind, needed: number[], held: number, route: Route, notes: Said[]): void {
  const { org, years, usage } = ctx;
  const coverage = org.cost.licensing.coverage[kind.key];
  const ownedCount = org.cost.ownedLicences[kind.key] ?? 0;
  if (ownedCount > 0 && coverage) {
    const lapsed = coverage.kind === "lapsed" && org.onprem.exchangeVersion === "SE";
    const shown = lapsed ? Math.min(ownedCount, Math.max(...needed)) : held;
    const price = ctx.prices.get(kind.licence).amount;
    const said = {
      description: kind.description,
      quantity: say((m) => m.licences.unitCount(shown, kind.unit)),
      note: say((m) => (lapsed ? m.licences.lapsedNote(coverage.since, shown) : coverage.kind === "subscription" ? m.licences.ownedSubscriptionNote(coverage.since) : m.licences.ownedWithSaNote(coverage.since))),
    };
    if (shown > 0) {
      result.excluded.push({ option: "onprem", id: `onprem.owned.${kind.key}`, kind: "owned", description: said.description.en, quantity: said.quantity.en, valueSEK: lapsed || price === null ? 0 : shown * price, prices: [kind.licence], note: said.note.en, said });
    }
  }
  const ids = routePrices(kind, route);
  const sek = sekOrUnpriced(ctx, ids, { option: "onprem", id: kind.id, description: kind.description }, result.unpriced);
  if (!sek) return;
  const lapsedBought = coverage?.kind === "lapsed" && org.onprem.exchangeVersion === "SE" ? Math.min(ownedCount, Math.max(...needed)) : 0;
  const cash =
    route === "subscription"
      ? { recurring: needed.map((n) => n * sek[kind.subscription]!), investments: [] }
      : licenceCash(needed, held, sek[kind.licence]!, route === "perpetual" ? 0 : sek.sa_rate! / 100, usage.licenceLifeYears);
  result.components.push(
    makeComponent(
      {
        option: "onprem",
        id: kind.id,
        category: "licences",
        description: route === "subscription" ? say((m, lang) => m.licences.subscription(kind.description[lang])) : kind.description,
        quantity: say((m) => m.licences.neededUnits(needed, kind.unit, held)),
        prices: ids,
        ...cash,
        notes: [
          route === "subscription"
            ? say((m) => m.licences.subscriptionNote(org.cost.licensing.programme))
            : route === "perpetual"
              ? say((m) => m.licences.perpetualNote(org.onprem.exchangeVersion))
              : say((m) => m.licences.saNote(sek.sa_rate!)),
          ...(lapsedBought ? [say((m) => m.licences.boughtAgain(lapsedBought, kind.unit))] : []),
          ...notes,
        ],
      },
      years,
      ctx.prices,
    ),
  );
}
