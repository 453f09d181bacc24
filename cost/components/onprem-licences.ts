// On-prem licences derived from the design: Exchange SE server licences and CALs (with Software
// Assurance or subscription licences, one of them mandatory for SE: source
// microsoft-product-terms-exchange-server), Windows Server per core for the hosts, System
// Center for SCVMM, and the Azure Local host fee where chosen. Owned licences are always used
// first and never bought again; what they and the Microsoft 365 E3/E5 rights cover is listed
// with what it is worth.
import { carriesExchangeServerRights, staffWithExchangeServerRights as withRights } from "../../model/licences";
import { makeComponent, sum } from "../component";
import { exchangeServers, staffPerYear } from "../counts";
import type { CostContext, Priced } from "../types";
import { emptyPriced } from "../types";
import { join, say, type Said } from "../said";
import { sekOrUnpriced } from "./prices";

/** Windows Server and System Center license every physical core, at least 16 per host (8 per processor, 2 processors). */
const MIN_CORES_PER_HOST = 16;
const CORES_PER_PRICE = 16;

export function onpremLicences(ctx: CostContext): Priced {
  const result = emptyPriced();
  exchangeServerLicences(ctx, result);
  exchangeCals(ctx, result);
  windowsServer(ctx, result);
  systemCenterAndPlatform(ctx, result);
  return result;
}

/** The on-prem seat licences alone (Exchange CALs), for the licence scenarios. */
export function exchangeCalLicences(ctx: CostContext): Priced {
  const result = emptyPriced();
  exchangeCals(ctx, result);
  return result;
}

/** Staff per year who need no Exchange CAL on-prem: they hold Microsoft 365 E3/E5 (model/licences.ts). */
const staffWithExchangeServerRights = (ctx: CostContext): number[] => withRights(ctx.org, staffPerYear(ctx.org, ctx.years));

/** Licences with Software Assurance: bought in the year the need grows past what is held, SA every year on all in use. */
function licenceCash(needed: number[], held: number, price: number, saShare: number, lifeYears: number) {
  let have = held;
  const investments = needed.map((need, i) => {
    const buy = Math.max(0, need - have);
    have += buy;
    return { year: i + 1, amount: buy * price, lifeYears };
  });
  return { recurring: needed.map((need) => need * price * saShare), investments: investments.filter((inv) => inv.amount > 0) };
}

const cashOf = (cash: ReturnType<typeof licenceCash>) => sum(cash.recurring) + sum(cash.investments.map((inv) => inv.amount));

function exchangeServerLicences(ctx: CostContext, result: Priced): void {
  const { org, years, usage } = ctx;
  const servers = exchangeServers(ctx.sizing);
  const covered = staffWithExchangeServerRights(ctx);
  const staff = staffPerYear(org, years);
  // Mailbox servers take the chosen edition; Edge Transport runs under a Standard licence.
  const counts = { standard: servers.edge + (org.onprem.edition === "standard" ? servers.mailbox : 0), enterprise: org.onprem.edition === "enterprise" ? servers.mailbox : 0 };
  const extendedUseRights = usage.m365ExtendedUseRights && covered.every((n, i) => n >= staff[i]!);
  // Enterprise licences may run Standard servers (down-edition rights), so spare owned ones cover Standard.
  const ownedEnterprise = org.cost.ownedLicences.EXCHANGE_SERVER_ENTERPRISE ?? 0;
  const owned = {
    enterprise: Math.min(counts.enterprise, ownedEnterprise),
    standard: Math.min(counts.standard, (org.cost.ownedLicences.EXCHANGE_SERVER_STANDARD ?? 0) + Math.max(0, ownedEnterprise - counts.enterprise)),
  };
  for (const edition of ["standard", "enterprise"] as const) {
    const count = counts[edition];
    if (count === 0) continue;
    const priceId = edition === "standard" ? "exch_server_std" : "exch_server_ent";
    const id = `onprem.exchange-server-${edition}`;
    const description = say((m) => {
      const mailbox = m.licences.mailboxServers(servers.mailbox);
      const what = edition === "standard" ? [org.onprem.edition === "standard" ? mailbox : "", servers.edge ? m.licences.edgeServers(servers.edge) : ""] : [mailbox];
      return m.licences.exchangeServer(edition, what.filter(Boolean));
    });
    if (extendedUseRights) {
      const price = ctx.prices.get(priceId).amount;
      const sa = ctx.prices.get("sa_rate").amount;
      const said = { description, quantity: say((m) => m.licences.servers(count)), note: say((m) => m.licences.extendedUseRights) };
      result.excluded.push({
        option: "onprem",
        id: `onprem.rights.exchange-server-${edition}`,
        kind: "covered",
        description: description.en,
        quantity: said.quantity.en,
        valueSEK: price === null || sa === null ? 0 : cashOf(licenceCash(Array(years).fill(count), 0, price, sa / 100, usage.licenceLifeYears)),
        prices: [priceId, "sa_rate"],
        note: said.note.en,
        said,
      });
      continue;
    }
    licenceWithCoverage(ctx, result, { id, description, priceId, needed: Array(years).fill(count), owned: owned[edition], ownedKey: edition === "standard" ? "EXCHANGE_SERVER_STANDARD" : "EXCHANGE_SERVER_ENTERPRISE", unit: "servers" });
  }
}

function exchangeCals(ctx: CostContext, result: Priced): void {
  const { org, years, usage } = ctx;
  const staff = staffPerYear(org, years);
  const covered = staffWithExchangeServerRights(ctx);
  const needed = staff.map((n, i) => n - covered[i]!);
  const cals = [
    { key: "EXCHANGE_CAL_STANDARD" as const, priceId: "exch_cal_std", id: "onprem.seats.cal-standard", description: say((m) => m.licences.calStandard) },
    ...(usage.enterpriseCal
      ? [{ key: "EXCHANGE_CAL_ENTERPRISE" as const, priceId: "exch_cal_ent", id: "onprem.seats.cal-enterprise", description: say((m) => m.licences.calEnterprise) }]
      : []),
  ];
  if (covered.some((n) => n > 0)) {
    const plan = org.online.licences.staff;
    const sa = ctx.prices.get("sa_rate").amount;
    const worth = cals.map((cal) => ctx.prices.get(cal.priceId).amount);
    const said = {
      description: say((m) => (carriesExchangeServerRights(plan) ? m.licences.calRightsOfPlan(plan) : m.licences.calRightsOwned)),
      quantity: say((m) => m.licences.users(covered)),
      note: say((m) => m.licences.calRightsNote),
    };
    result.excluded.push({
      option: "onprem",
      id: "onprem.rights.exchange-cals",
      kind: "covered",
      description: said.description.en,
      quantity: said.quantity.en,
      valueSEK: sa === null || worth.includes(null) ? 0 : sum(worth.map((price) => cashOf(licenceCash(covered, 0, price!, sa / 100, usage.licenceLifeYears)))),
      prices: [...cals.map((cal) => cal.priceId), "sa_rate"],
      note: said.note.en,
      said,
    });
  }
  if (needed.every((n) => n === 0)) return;
  for (const cal of cals) {
    const owned = Math.min(Math.max(...needed), org.cost.ownedLicences[cal.key] ?? 0);
    licenceWithCoverage(ctx, result, { id: cal.id, description: cal.description, priceId: cal.priceId, needed, owned, ownedKey: cal.key, unit: "users" });
  }
}

/**
 * A perpetual licence Exchange SE requires to be covered by SA (or a subscription): bought in
 * the year the need grows, SA every year on everything in use. Owned licences skip the purchase
 * but still pay SA.
 */
function licenceWithCoverage(
  ctx: CostContext,
  result: Priced,
  l: { id: string; description: Said; priceId: string; needed: number[]; owned: number; ownedKey: string; unit: "servers" | "users" },
): void {
  const { years, usage } = ctx;
  if (usage.exchangeLicensing === "subscription") {
    sekOrUnpriced(ctx, ["exse_subscription"], { option: "onprem", id: l.id, description: say((m, lang) => m.licences.subscription(l.description[lang])) }, result.unpriced);
    return;
  }
  const sek = sekOrUnpriced(ctx, [l.priceId, "sa_rate"], { option: "onprem", id: l.id, description: l.description }, result.unpriced);
  if (l.owned > 0) {
    const price = ctx.prices.get(l.priceId).amount;
    const said = { description: l.description, quantity: say((m) => m.licences.unitCount(l.owned, l.unit)), note: say((m) => m.owned.saStillDue) };
    result.excluded.push({
      option: "onprem",
      id: `onprem.owned.${l.ownedKey}`,
      kind: "owned",
      description: l.description.en,
      quantity: said.quantity.en,
      valueSEK: price === null ? 0 : l.owned * price,
      prices: [l.priceId],
      note: said.note.en,
      said,
    });
  }
  if (!sek) return;
  const cash = licenceCash(l.needed, l.owned, sek[l.priceId]!, sek.sa_rate! / 100, usage.licenceLifeYears);
  result.components.push(
    makeComponent(
      {
        option: "onprem",
        id: l.id,
        category: "licences",
        description: l.description,
        quantity: say((m) => m.licences.neededUnits(l.needed, l.unit, l.owned)),
        prices: [l.priceId, "sa_rate"],
        ...cash,
        notes: [say((m) => m.licences.saNote(sek.sa_rate!))],
      },
      years,
      ctx.prices,
    ),
  );
}

export type WindowsServerEdition = "standard" | "datacenter";

export interface WindowsServerChoice {
  edition: WindowsServerEdition;
  hosts: number;
  /** Core licences each host needs for one full licensing of its cores. */
  coresPerHost: number;
  /** Standard licenses 2 VMs per full licensing of a host's cores, so it is stacked. */
  standardSetsPerHost: number;
  vmsPerHostAtFailure: number;
  /** Core licences the edition needs in all, those owned that it uses, and those bought. */
  cores: Record<WindowsServerEdition, { needed: number; owned: number; bought: number; cashSEK: number | null }>;
}

/**
 * Windows Server for the Exchange hosts: every physical core, Standard stacked per 2 VMs or
 * Datacenter. `cheapest` compares what each edition costs over the period after the cores the
 * organization owns of it, so owned Datacenter cores make Datacenter free where they suffice.
 */
export function windowsServerLicensing(ctx: CostContext): WindowsServerChoice {
  const { org, sizing, usage, years } = ctx;
  const hostsPerRoom = org.onprem.hosts.perRoom;
  const hosts = hostsPerRoom * 2;
  const vmsPerRoom = sizing.mailboxServers.perRoom + sizing.edge.perRoom;
  // With one host of a room down, its VMs run on the others and must stay licensed.
  const vmsPerHostAtFailure = Math.ceil(vmsPerRoom / Math.max(1, hostsPerRoom - 1));
  const coresPerHost = Math.max(MIN_CORES_PER_HOST, org.onprem.hosts.physicalCoresPerHost);
  const standardSetsPerHost = Math.ceil(vmsPerHostAtFailure / 2);
  const sa = usage.windowsServerSoftwareAssurance ? ctx.prices.get("sa_rate").amount : 0;
  const edition = (name: WindowsServerEdition, needed: number, ownedKey: "WINDOWS_SERVER_STANDARD_CORES" | "WINDOWS_SERVER_DATACENTER_CORES", priceId: string) => {
    const owned = Math.min(needed, org.cost.ownedLicences[ownedKey] ?? 0);
    const price = ctx.prices.get(priceId).amount;
    const cashSEK = price === null || sa === null ? null : ((needed - owned) * price) / CORES_PER_PRICE + ((needed * price) / CORES_PER_PRICE) * (sa / 100) * years;
    return [name, { needed, owned, bought: needed - owned, cashSEK }] as const;
  };
  const cores = Object.fromEntries([
    edition("standard", hosts * coresPerHost * standardSetsPerHost, "WINDOWS_SERVER_STANDARD_CORES", "ws2025_16c_std"),
    edition("datacenter", hosts * coresPerHost, "WINDOWS_SERVER_DATACENTER_CORES", "ws2025_16c_dc"),
  ]) as WindowsServerChoice["cores"];
  const choice = usage.windowsServerEdition;
  const cost = (e: WindowsServerEdition) => cores[e].cashSEK ?? Infinity;
  const chosen: WindowsServerEdition = choice === "cheapest" ? (cost("standard") <= cost("datacenter") ? "standard" : "datacenter") : choice;
  return { edition: chosen, hosts, coresPerHost, standardSetsPerHost, vmsPerHostAtFailure, cores };
}

function windowsServer(ctx: CostContext, result: Priced): void {
  const { years, usage } = ctx;
  const ws = windowsServerLicensing(ctx);
  const { needed, owned, bought } = ws.cores[ws.edition];
  const priceId = ws.edition === "standard" ? "ws2025_16c_std" : "ws2025_16c_dc";
  const ownedKey = ws.edition === "standard" ? "WINDOWS_SERVER_STANDARD_CORES" : "WINDOWS_SERVER_DATACENTER_CORES";
  const id = `onprem.windows-server-${ws.edition}`;
  const description = say((m) => m.licences.windowsServer(ws.edition, ws.hosts, ws.vmsPerHostAtFailure));
  const ids = [priceId, ...(usage.windowsServerSoftwareAssurance ? ["sa_rate"] : [])];
  const price = ctx.prices.get(priceId).amount;
  if (owned > 0) {
    const said = {
      description,
      quantity: say((m) => m.licences.coresOf(owned, needed)),
      note: say((m) => `${m.owned.notBought}${usage.windowsServerEdition === "cheapest" ? m.owned.cheaperEdition(ws.edition) : ""}`),
    };
    result.excluded.push({
      option: "onprem",
      id: `onprem.owned.${ownedKey}`,
      kind: "owned",
      description: description.en,
      quantity: said.quantity.en,
      valueSEK: price === null ? 0 : (owned * price) / CORES_PER_PRICE,
      prices: [priceId],
      note: said.note.en,
      said,
    });
  }
  if (bought === 0 && !usage.windowsServerSoftwareAssurance) return;
  const sek = sekOrUnpriced(ctx, ids, { option: "onprem", id, description }, result.unpriced);
  if (!sek) return;
  const perCore = sek[priceId]! / CORES_PER_PRICE;
  result.components.push(
    makeComponent(
      {
        option: "onprem",
        id,
        category: "licences",
        description,
        quantity: say((m) => m.licences.coresBought(bought, owned)),
        prices: ids,
        recurring: Array(years).fill(usage.windowsServerSoftwareAssurance ? (needed * perCore * sek.sa_rate!) / 100 : 0),
        investments: bought > 0 ? [{ year: 1, amount: bought * perCore, lifeYears: usage.licenceLifeYears }] : [],
        notes: [say((m) => (ws.edition === "standard" ? m.licences.standardNote(ws.standardSetsPerHost, ws.coresPerHost) : m.licences.datacenterNote(ws.coresPerHost)))],
      },
      years,
      ctx.prices,
    ),
  );
}

function systemCenterAndPlatform(ctx: CostContext, result: Priced): void {
  const { org, years, usage } = ctx;
  const hosts = org.onprem.hosts.perRoom * 2;
  const cores = hosts * Math.max(MIN_CORES_PER_HOST, org.onprem.hosts.physicalCoresPerHost);
  if (org.onprem.platform === "scvmm") {
    const owned = Math.min(cores, org.cost.ownedLicences.SYSTEM_CENTER_CORES ?? 0);
    const id = "onprem.system-center";
    const description = say((m) => m.licences.systemCenter(hosts, cores));
    const price = ctx.prices.get("system_center").amount;
    if (owned > 0) {
      const said = { description, quantity: say((m) => m.licences.coresOf(owned, cores)), note: say((m) => m.owned.notBought) };
      result.excluded.push({
        option: "onprem",
        id: "onprem.owned.SYSTEM_CENTER_CORES",
        kind: "owned",
        description: description.en,
        quantity: said.quantity.en,
        valueSEK: price === null ? 0 : (owned * price) / CORES_PER_PRICE,
        prices: ["system_center"],
        note: said.note.en,
        said,
      });
    }
    const missing = cores - owned;
    if (missing === 0) return;
    const sek = sekOrUnpriced(ctx, ["system_center"], { option: "onprem", id, description: owned ? join(description, say((m) => m.licences.notOwnedCores(missing))) : description }, result.unpriced);
    if (!sek) return;
    result.components.push(
      makeComponent(
        { option: "onprem", id, category: "licences", description, quantity: say((m) => m.licences.cores(missing)), prices: ["system_center"], investments: [{ year: 1, amount: (missing * sek.system_center!) / CORES_PER_PRICE, lifeYears: usage.licenceLifeYears }] },
        years,
        ctx.prices,
      ),
    );
    return;
  }
  // Azure Local: a host fee per physical core, waived by Azure Hybrid Benefit (Datacenter with SA).
  const ws = windowsServerLicensing(ctx);
  const physical = hosts * org.onprem.hosts.physicalCoresPerHost;
  const id = "onprem.azure-local-host-fee";
  const description = say((m) => m.licences.azureLocal(physical));
  if (ws.edition === "datacenter" && usage.windowsServerSoftwareAssurance) {
    const fee = ctx.prices.get("azure_local_host").amount;
    const said = { description, quantity: say((m) => m.licences.cores(physical)), note: say((m) => m.licences.azureLocalWaived) };
    result.excluded.push({ option: "onprem", id, kind: "waived", description: description.en, quantity: said.quantity.en, valueSEK: fee === null ? 0 : physical * fee * 12 * years, prices: ["azure_local_host"], note: said.note.en, said });
    return;
  }
  const sek = sekOrUnpriced(ctx, ["azure_local_host"], { option: "onprem", id, description }, result.unpriced);
  if (!sek) return;
  result.components.push(
    makeComponent(
      { option: "onprem", id, category: "licences", description, quantity: say((m) => m.licences.cores(physical)), prices: ["azure_local_host"], recurring: Array(years).fill(physical * sek.azure_local_host! * 12) },
      years,
      ctx.prices,
    ),
  );
}
