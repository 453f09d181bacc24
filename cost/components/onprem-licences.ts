// On-prem platform licences derived from the design: Exchange SE (exchange-licences.ts),
// Windows Server per core for the hosts, System Center for SCVMM with the same edition logic
// (Standard stacked per 2 VMs, Datacenter unlimited; source: microsoft-system-center-2025-pricing),
// and the Azure Local host fee where chosen. Owned licences are always used first and never
// bought again; what they cover is listed with what it is worth.
import { makeComponent } from "../component";
import type { CostContext, Priced } from "../types";
import { emptyPriced, mergePriced } from "../types";
import { say } from "../said";
import { exchangeLicences } from "./exchange-licences";
import { sekOrUnpriced } from "./prices";

/** Windows Server and System Center license every physical core, at least 16 per host (8 per processor, 2 processors). */
const MIN_CORES_PER_HOST = 16;
const CORES_PER_PRICE = 16;

export function onpremLicences(ctx: CostContext): Priced {
  const result = emptyPriced();
  windowsServer(ctx, result);
  systemCenterAndPlatform(ctx, result);
  return mergePriced(exchangeLicences(ctx), result);
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
  const sa = ctx.usage.windowsServerSoftwareAssurance ? ctx.prices.get("sa_rate").amount : 0;
  return coreLicensing(ctx, ctx.usage.windowsServerEdition, sa, {
    standard: { ownedKey: "WINDOWS_SERVER_STANDARD_CORES", priceId: "ws2025_16c_std" },
    datacenter: { ownedKey: "WINDOWS_SERVER_DATACENTER_CORES", priceId: "ws2025_16c_dc" },
  });
}

type CoreOwnedKey = "WINDOWS_SERVER_STANDARD_CORES" | "WINDOWS_SERVER_DATACENTER_CORES" | "SYSTEM_CENTER_STANDARD_CORES" | "SYSTEM_CENTER_DATACENTER_CORES";

/**
 * Core licensing of the hosts for a product licensed like Windows Server (Windows Server,
 * System Center): Standard stacked per 2 VMs with one host of a room down, or Datacenter once
 * per core; `cheapest` compares both over the period after the cores owned of each.
 */
function coreLicensing(
  ctx: CostContext,
  choice: "cheapest" | WindowsServerEdition,
  sa: number | null,
  products: Record<WindowsServerEdition, { ownedKey: CoreOwnedKey; priceId: string }>,
): WindowsServerChoice {
  const { org, sizing, years } = ctx;
  const hostsPerRoom = org.onprem.hosts.perRoom;
  const hosts = hostsPerRoom * 2;
  const vmsPerRoom = sizing.mailboxServers.perRoom + sizing.edge.perRoom;
  // With one host of a room down, its VMs run on the others and must stay licensed.
  const vmsPerHostAtFailure = Math.ceil(vmsPerRoom / Math.max(1, hostsPerRoom - 1));
  const coresPerHost = Math.max(MIN_CORES_PER_HOST, org.onprem.hosts.physicalCoresPerHost);
  const standardSetsPerHost = Math.ceil(vmsPerHostAtFailure / 2);
  const edition = (name: WindowsServerEdition, needed: number, ownedKey: CoreOwnedKey, priceId: string) => {
    const owned = Math.min(needed, org.cost.ownedLicences[ownedKey] ?? 0);
    const price = ctx.prices.get(priceId).amount;
    const cashSEK = price === null || sa === null ? null : ((needed - owned) * price) / CORES_PER_PRICE + ((needed * price) / CORES_PER_PRICE) * (sa / 100) * years;
    return [name, { needed, owned, bought: needed - owned, cashSEK }] as const;
  };
  const cores = Object.fromEntries([
    edition("standard", hosts * coresPerHost * standardSetsPerHost, products.standard.ownedKey, products.standard.priceId),
    edition("datacenter", hosts * coresPerHost, products.datacenter.ownedKey, products.datacenter.priceId),
  ]) as WindowsServerChoice["cores"];
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

/**
 * System Center for the SCVMM hosts, licensed like Windows Server: Standard manages 2 VMs per
 * licensing of all cores, Datacenter unlimited; the cheaper edition over the period after the
 * cores owned of each edition.
 */
export function systemCenterLicensing(ctx: CostContext): WindowsServerChoice {
  return coreLicensing(ctx, "cheapest", 0, {
    standard: { ownedKey: "SYSTEM_CENTER_STANDARD_CORES", priceId: "system_center_std" },
    datacenter: { ownedKey: "SYSTEM_CENTER_DATACENTER_CORES", priceId: "system_center_dc" },
  });
}

function systemCenterAndPlatform(ctx: CostContext, result: Priced): void {
  const { org, years, usage } = ctx;
  const hosts = org.onprem.hosts.perRoom * 2;
  if (org.onprem.platform === "scvmm") {
    const sc = systemCenterLicensing(ctx);
    const { needed, owned, bought } = sc.cores[sc.edition];
    const priceId = sc.edition === "standard" ? "system_center_std" : "system_center_dc";
    const id = `onprem.system-center-${sc.edition}`;
    const description = say((m) => m.licences.systemCenter(sc.edition, sc.hosts, sc.vmsPerHostAtFailure));
    const price = ctx.prices.get(priceId).amount;
    if (owned > 0) {
      const said = { description, quantity: say((m) => m.licences.coresOf(owned, needed)), note: say((m) => `${m.owned.notBought}${m.owned.cheaperEdition(sc.edition)}`) };
      result.excluded.push({ option: "onprem", id: `onprem.owned.SYSTEM_CENTER_${sc.edition.toUpperCase()}_CORES`, kind: "owned", description: description.en, quantity: said.quantity.en, valueSEK: price === null ? 0 : (owned * price) / CORES_PER_PRICE, prices: [priceId], note: said.note.en, said });
    }
    if (bought === 0) return;
    const sek = sekOrUnpriced(ctx, [priceId], { option: "onprem", id, description }, result.unpriced);
    if (!sek) return;
    result.components.push(
      makeComponent(
        {
          option: "onprem",
          id,
          category: "licences",
          description,
          quantity: say((m) => m.licences.coresBought(bought, owned)),
          prices: [priceId],
          investments: [{ year: 1, amount: (bought * sek[priceId]!) / CORES_PER_PRICE, lifeYears: usage.licenceLifeYears }],
          notes: [say((m) => (sc.edition === "standard" ? m.licences.standardNote(sc.standardSetsPerHost, sc.coresPerHost) : m.licences.datacenterNote(sc.coresPerHost)))],
        },
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
