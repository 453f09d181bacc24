// On-prem licences derived from the design: Exchange SE server licences and CALs (with
// Software Assurance or subscription, both mandatory for SE: onprem-exchange.md §1),
// Windows Server per core for the hosts, System Center for SCVMM, and the Azure Local
// host fee where chosen. Prices and rules: ../shared/reference/prices.md.
import { makeComponent } from "../component";
import { exchangeServers, perYear } from "../counts";
import type { CostContext, Priced } from "../types";
import { emptyPriced } from "../types";
import { planSeats } from "./online-seats";
import { fmtCount, sekOrUnpriced } from "./prices";

const CORES_PER_PACK = 16;
/** Windows Server licenses at least 16 cores per host (8 per processor, 2 processors). */
const MIN_CORES_PER_HOST = 16;

export function onpremLicences(ctx: CostContext): Priced {
  const result = emptyPriced();
  exchangeServerLicences(ctx, result);
  exchangeCals(ctx, result);
  windowsServer(ctx, result);
  systemCenterAndPlatform(ctx, result);
  return result;
}

function exchangeServerLicences(ctx: CostContext, result: Priced): void {
  const { org, years } = ctx;
  const servers = exchangeServers(ctx.sizing);
  // Mailbox servers take the chosen edition; Edge Transport runs under a Standard licence.
  const groups = [
    { edition: org.onprem.edition, count: servers.mailbox, what: "mailbox servers" },
    { edition: "standard" as const, count: servers.edge, what: "Edge Transport servers" },
  ];
  for (const edition of ["standard", "enterprise"] as const) {
    const count = groups.filter((g) => g.edition === edition).reduce((n, g) => n + g.count, 0);
    if (count === 0) continue;
    const ownedKey = edition === "standard" ? "EXCHANGE_SERVER_STANDARD" : "EXCHANGE_SERVER_ENTERPRISE";
    const priceId = edition === "standard" ? "exch_server_std" : "exch_server_ent";
    const owned = Math.min(count, org.cost.ownedLicences[ownedKey] ?? 0);
    const id = `onprem.exchange-server-${edition}`;
    const description = `Exchange Server SE ${edition} server licences (${groups.filter((g) => g.edition === edition && g.count).map((g) => `${g.count} ${g.what}`).join(", ")})`;
    licenceWithCoverage(ctx, result, { id, description, priceId, needed: Array(years).fill(count), owned, ownedKey, unit: "servers" });
  }
}

function exchangeCals(ctx: CostContext, result: Priced): void {
  const { org, years } = ctx;
  const staff = perYear(org.mailboxes.staff, org.mailboxes.countGrowthPercentPerYear, years);
  const plan = org.online.licences.staff;
  const keepPlan = ctx.usage.onpremStaffKeepOnlinePlan && plan !== "none";
  if (keepPlan) planSeats(ctx, "onprem", "staff", { ...org.cost.ownedLicences }, result);
  // Users who hold Microsoft 365 E3/E5 have the Exchange Server CAL rights (prices.md
  // exse_license_model); shared and resource mailboxes need no CAL of their own.
  const planCarriesCals = keepPlan && (plan === "M365_E3" || plan === "M365_E5");
  const ownedWithRights = (org.cost.ownedLicences.M365_E3 ?? 0) + (org.cost.ownedLicences.M365_E5 ?? 0);
  const covered = Math.min(Math.max(...staff), ownedWithRights);
  const needed = staff.map((n) => (planCarriesCals ? 0 : Math.max(0, n - covered)));
  if (planCarriesCals) {
    result.excluded.push({
      option: "onprem",
      id: "onprem.owned.cal-rights-plan",
      description: `Exchange CAL rights carried by the ${plan} seats staff keep on-prem`,
      quantity: `${fmtCount(staff)} users`,
      valueSEK: 0,
      prices: [],
      note: "cost.usage.onpremStaffKeepOnlinePlan: staff keep their Microsoft 365 plan, which carries the Exchange Server CAL rights (prices.md exse_license_model)",
    });
  } else if (covered > 0) {
    const calPrices = ["exch_cal_std", ...(ctx.usage.enterpriseCal ? ["exch_cal_ent"] : [])];
    const perUser = calPrices.reduce((sum, id) => sum + (ctx.prices.get(id).amount ?? 0), 0);
    result.excluded.push({
      option: "onprem",
      id: "onprem.owned.cal-rights-m365",
      description: "Exchange CAL rights of users holding owned Microsoft 365 E3/E5",
      quantity: `${covered} users`,
      valueSEK: covered * perUser,
      prices: calPrices,
      note: "owned M365 E3/E5 seats carry the Exchange Server CAL rights (prices.md exse_license_model): no CALs bought for these users",
    });
  }
  const cals = [
    { key: "EXCHANGE_CAL_STANDARD" as const, priceId: "exch_cal_std", id: "onprem.seats.cal-standard", description: "Exchange Standard CALs for staff without M365 E3/E5" },
    ...(ctx.usage.enterpriseCal
      ? [{ key: "EXCHANGE_CAL_ENTERPRISE" as const, priceId: "exch_cal_ent", id: "onprem.seats.cal-enterprise", description: "Exchange Enterprise CALs (additive; DLP and archiving) for staff without M365 E3/E5" }]
      : []),
  ];
  if (needed.every((n) => n === 0)) return;
  for (const cal of cals) {
    const owned = Math.min(Math.max(...needed), org.cost.ownedLicences[cal.key] ?? 0);
    licenceWithCoverage(ctx, result, { id: cal.id, description: cal.description, priceId: cal.priceId, needed, owned, ownedKey: cal.key, unit: "users" });
  }
}

/**
 * A perpetual licence that Exchange SE requires to be covered by SA (or a subscription):
 * purchases in the year the need grows, SA every year on everything in use. Owned
 * licences skip the purchase but still pay SA.
 */
function licenceWithCoverage(
  ctx: CostContext,
  result: Priced,
  l: { id: string; description: string; priceId: string; needed: number[]; owned: number; ownedKey: string; unit: string },
): void {
  const { years, usage } = ctx;
  if (usage.exchangeLicensing === "subscription") {
    sekOrUnpriced(ctx, ["exse_subscription"], { option: "onprem", id: l.id, description: `${l.description}, subscription` }, result.unpriced);
    return;
  }
  const sek = sekOrUnpriced(ctx, [l.priceId, "sa_rate"], { option: "onprem", id: l.id, description: l.description }, result.unpriced);
  if (l.owned > 0) {
    result.excluded.push({
      option: "onprem",
      id: `onprem.owned.${l.ownedKey}`,
      description: l.description,
      quantity: `${l.owned} ${l.unit}`,
      valueSEK: sek ? l.owned * sek[l.priceId]! : 0,
      prices: [l.priceId],
      note: "already owned (cost.ownedLicences): purchase excluded; Software Assurance is still due for Exchange SE",
    });
  }
  if (!sek) return;
  const price = sek[l.priceId]!;
  const saShare = sek.sa_rate! / 100;
  let held = l.owned;
  const investments = l.needed.map((need, i) => {
    const buy = Math.max(0, need - held);
    held += buy;
    return { year: i + 1, amount: buy * price, lifeYears: usage.licenceLifeYears };
  });
  result.components.push(
    makeComponent(
      {
        option: "onprem",
        id: l.id,
        category: "licences",
        description: l.description,
        quantity: `${fmtCount(l.needed)} ${l.unit}${l.owned ? ` (${l.owned} owned)` : ""}`,
        prices: [l.priceId, "sa_rate"],
        recurring: l.needed.map((need) => need * price * saShare),
        investments: investments.filter((inv) => inv.amount > 0),
        notes: [`licence once, then Software Assurance ${sek.sa_rate} % of the licence price every year`],
      },
      years,
      ctx.prices,
    ),
  );
}

/** Windows Server for the Exchange hosts: every physical core, Standard stacked per 2 VMs or Datacenter. */
export function windowsServerLicensing(ctx: CostContext): { edition: "standard" | "datacenter"; packsPerHost: number; standardSetsPerHost: number; hosts: number; vmsPerHostAtFailure: number } {
  const { org, sizing } = ctx;
  const hostsPerRoom = org.onprem.hosts.perRoom;
  const vmsPerRoom = sizing.mailboxServers.perRoom + sizing.edge.perRoom;
  // With one host of a room down, its VMs run on the others and must stay licensed.
  const vmsPerHostAtFailure = Math.ceil(vmsPerRoom / Math.max(1, hostsPerRoom - 1));
  const packsPerHost = Math.ceil(Math.max(MIN_CORES_PER_HOST, org.onprem.hosts.physicalCoresPerHost) / CORES_PER_PACK);
  const standardSetsPerHost = Math.ceil(vmsPerHostAtFailure / 2);
  const std = ctx.prices.get("ws2025_16c_std").amount ?? Infinity;
  const dc = ctx.prices.get("ws2025_16c_dc").amount ?? Infinity;
  const choice = ctx.usage.windowsServerEdition;
  const edition = choice === "cheapest" ? (standardSetsPerHost * std <= dc ? "standard" : "datacenter") : choice;
  return { edition, packsPerHost, standardSetsPerHost, hosts: hostsPerRoom * 2, vmsPerHostAtFailure };
}

function windowsServer(ctx: CostContext, result: Priced): void {
  const { org, years, usage } = ctx;
  const ws = windowsServerLicensing(ctx);
  const priceId = ws.edition === "standard" ? "ws2025_16c_std" : "ws2025_16c_dc";
  const packs = ws.hosts * ws.packsPerHost * (ws.edition === "standard" ? ws.standardSetsPerHost : 1);
  const ownedKey = ws.edition === "standard" ? "WINDOWS_SERVER_STANDARD_CORES" : "WINDOWS_SERVER_DATACENTER_CORES";
  const ownedPacks = Math.min(packs, Math.floor((org.cost.ownedLicences[ownedKey] ?? 0) / CORES_PER_PACK));
  const id = `onprem.windows-server-${ws.edition}`;
  const description = `Windows Server 2025 ${ws.edition} for ${ws.hosts} hosts (${ws.vmsPerHostAtFailure} VMs per host with one host of a room down)`;
  const ids = [priceId, ...(usage.windowsServerSoftwareAssurance ? ["sa_rate"] : [])];
  const sek = sekOrUnpriced(ctx, ids, { option: "onprem", id, description }, result.unpriced);
  if (ownedPacks > 0) {
    result.excluded.push({
      option: "onprem",
      id: `onprem.owned.${ownedKey}`,
      description,
      quantity: `${ownedPacks * CORES_PER_PACK} cores`,
      valueSEK: sek ? ownedPacks * sek[priceId]! : 0,
      prices: [priceId],
      note: "already owned (cost.ownedLicences): excluded from the estimate",
    });
  }
  if (!sek || packs - ownedPacks <= 0) return;
  const bought = packs - ownedPacks;
  const saYearly = usage.windowsServerSoftwareAssurance ? (packs * sek[priceId]! * sek.sa_rate!) / 100 : 0;
  result.components.push(
    makeComponent(
      {
        option: "onprem",
        id,
        category: "licences",
        description,
        quantity: `${bought} x 16-core licences`,
        prices: ids,
        recurring: Array(years).fill(saYearly),
        investments: [{ year: 1, amount: bought * sek[priceId]!, lifeYears: usage.licenceLifeYears }],
        notes: [
          ws.edition === "standard"
            ? `Standard covers 2 VMs per licensing of all cores: ${ws.standardSetsPerHost} x ${ws.packsPerHost} packs per host`
            : `Datacenter: ${ws.packsPerHost} packs per host, unlimited VMs`,
        ],
      },
      years,
      ctx.prices,
    ),
  );
}

function systemCenterAndPlatform(ctx: CostContext, result: Priced): void {
  const { org, years, usage } = ctx;
  const hosts = org.onprem.hosts.perRoom * 2;
  const cores = hosts * org.onprem.hosts.physicalCoresPerHost;
  if (org.onprem.platform === "scvmm") {
    const owned = org.cost.ownedLicences.SYSTEM_CENTER_CORES ?? 0;
    const id = "onprem.system-center";
    const description = `System Center (VMM) for ${hosts} hosts, ${cores} cores`;
    if (owned > 0) {
      result.excluded.push({ option: "onprem", id: "onprem.owned.SYSTEM_CENTER_CORES", description, quantity: `${Math.min(owned, cores)} cores`, valueSEK: 0, prices: ["system_center"], note: "already owned (cost.ownedLicences): excluded from the estimate" });
    }
    const missingCores = Math.max(0, cores - owned);
    if (missingCores === 0) return;
    const sek = sekOrUnpriced(ctx, ["system_center"], { option: "onprem", id, description: `${description}${owned ? ` (${missingCores} cores not owned)` : ""}` }, result.unpriced);
    if (!sek) return;
    const packs = Math.ceil(missingCores / CORES_PER_PACK);
    result.components.push(
      makeComponent(
        { option: "onprem", id, category: "licences", description, quantity: `${packs} x 16-core licences`, prices: ["system_center"], investments: [{ year: 1, amount: packs * sek.system_center!, lifeYears: usage.licenceLifeYears }] },
        years,
        ctx.prices,
      ),
    );
    return;
  }
  // Azure Local: a host fee per physical core, waived by Azure Hybrid Benefit (Datacenter with SA).
  const ws = windowsServerLicensing(ctx);
  const id = "onprem.azure-local-host-fee";
  const description = `Azure Local host fee, ${cores} physical cores`;
  if (ws.edition === "datacenter" && usage.windowsServerSoftwareAssurance) {
    result.excluded.push({ option: "onprem", id, description, quantity: `${cores} cores`, valueSEK: 0, prices: ["azure_local_host"], note: "waived by Azure Hybrid Benefit: Windows Server Datacenter with Software Assurance" });
    return;
  }
  const sek = sekOrUnpriced(ctx, ["azure_local_host"], { option: "onprem", id, description }, result.unpriced);
  if (!sek) return;
  result.components.push(
    makeComponent(
      { option: "onprem", id, category: "licences", description, quantity: `${cores} cores`, prices: ["azure_local_host"], recurring: Array(years).fill(cores * sek.azure_local_host! * 12) },
      years,
      ctx.prices,
    ),
  );
}
