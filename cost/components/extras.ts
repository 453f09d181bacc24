// What else each option needs besides Exchange and its hosts, so no needed item is silently left
// out. On-prem: backup software and backup storage (onprem.backup.kind: backup-software), the
// outbound gateway that signs DKIM (Exchange Server cannot), a public TLS certificate for the
// namespaces, and endpoint protection for the Exchange servers where the stack deploys none.
// Online: licences for the on-prem servers that still hold mailboxes during the move (the free
// hybrid licence covers only servers without mailboxes: source learn-exchange-hybrid-license;
// Exchange 2016/2019 left support in October 2026: source cybernews-exchange-esu-ended), and the
// export of message trace to Log Analytics, since Exchange Online keeps it 90 days and the
// decisions on logs keep it longer.
import { extendedUseRights } from "../../model/licences";
import { logRetentionDays } from "../../model/retention-periods";
import { makeComponent } from "../component";
import { exchangeServers, perYear, staffPerYear } from "../counts";
import { say, type Said } from "../said";
import type { Category, CostContext, OptionId, Priced } from "../types";
import { emptyPriced } from "../types";
import { exchangeRoute, licenceCash, usable } from "./exchange-licences";
import { sekOrUnpriced } from "./prices";

/** Days Exchange Online keeps message trace (source: learn-exchange-online-message-trace). */
const MESSAGE_TRACE_ONLINE_DAYS = 90;
const DAYS_PER_MONTH = 365 / 12;
const INTERACTIVE_DAYS_INCLUDED = 31;

interface Line {
  option: OptionId;
  id: string;
  category: Category;
  description: Said;
  quantity: Said;
  prices: string[];
  /** SEK per year from the prices in SEK; or a one-off in year 1. */
  recurring?: (sek: Record<string, number>) => number[];
  oneOff?: (sek: Record<string, number>) => number;
  notes?: Said[];
}

function add(ctx: CostContext, result: Priced, line: Line): void {
  const sek = sekOrUnpriced(ctx, line.prices, { option: line.option, id: line.id, description: line.description }, result.unpriced);
  if (!sek) return;
  result.components.push(
    makeComponent(
      {
        option: line.option,
        id: line.id,
        category: line.category,
        description: line.description,
        quantity: line.quantity,
        prices: line.prices,
        recurring: line.recurring?.(sek),
        investments: line.oneOff ? [{ year: 1, amount: line.oneOff(sek), lifeYears: ctx.usage.hardwareLifeYears }] : [],
        notes: line.notes ?? [],
      },
      ctx.years,
      ctx.prices,
    ),
  );
}

const every = (ctx: CostContext, perYearSEK: number) => Array.from({ length: ctx.years }, () => perYearSEK);

/** An on-prem item priced per server a month, the same every year. */
function perServerMonth(ctx: CostContext, result: Priced, id: string, category: Category, description: Said, servers: number, priceId: string): void {
  const quantity = say((m) => m.licences.servers(servers));
  add(ctx, result, { option: "onprem", id, category, description, quantity, prices: [priceId], recurring: (sek) => every(ctx, servers * sek[priceId]! * 12) });
}

export function onpremExtras(ctx: CostContext): Priced {
  const result = emptyPriced();
  const { org, usage, sizing } = ctx;
  const servers = exchangeServers(sizing);
  if (org.onprem.backup.kind === "backup-software") {
    perServerMonth(ctx, result, "onprem.backup.software", "licences", say((m) => m.extras.backupSoftware(servers.mailbox)), servers.mailbox, "backup_instance");
    // One copy of the active databases (the provisioned storage holds every DAG copy), on mirrored disk.
    const activeTB = sizing.storage.totalGB / 1000 / org.onprem.dag.copiesPerDatabase;
    const rawTB = activeTB * usage.backupStoragePerUsableTB * usage.rawTBPerUsableTB;
    add(ctx, result, {
      option: "onprem",
      id: "onprem.backup.storage",
      category: "hardware",
      description: say((m) => m.extras.backupStorage(activeTB, usage.backupStoragePerUsableTB)),
      quantity: say((m) => m.hardware.rawTB(rawTB)),
      prices: ["disk_per_tb"],
      oneOff: (sek) => rawTB * sek.disk_per_tb!,
    });
  }
  const staff = staffPerYear(org, ctx.years);
  add(ctx, result, {
    option: "onprem",
    id: "onprem.gateway.outbound",
    category: "licences",
    description: say((m) => m.extras.gateway(org.onprem.mailAuthentication.dkimSigner)),
    quantity: say((m) => m.licences.users(staff)),
    prices: ["eop_standalone"],
    recurring: (sek) => staff.map((n) => n * sek.eop_standalone! * 12),
  });
  add(ctx, result, {
    option: "onprem",
    id: "onprem.certificates.public",
    category: "licences",
    description: say((m) => m.extras.certificate),
    quantity: say((m) => m.extras.certificatesAYear(1)),
    prices: ["public_san_certificate"],
    recurring: (sek) => every(ctx, sek.public_san_certificate!),
  });
  // The stack may already price Defender for Servers (cost/registry/defender.ts): then not twice.
  const defenderDeployed = ctx.stackResources.some((r) => r.type === "azurerm_security_center_subscription_pricing");
  if (!defenderDeployed) {
    perServerMonth(ctx, result, "onprem.endpoint-protection", "azure", say((m) => m.extras.endpointProtection(servers.total)), servers.total, "defender_servers_p1");
  }
  return result;
}

export function onlineExtras(ctx: CostContext): Priced {
  const result = emptyPriced();
  coexistence(ctx, result);
  messageTraceExport(ctx, result);
  return result;
}

/** On-prem servers keep mailboxes for some months of the move: licensed like any Exchange SE server, unless the Extended Use Rights cover them. */
function coexistence(ctx: CostContext, result: Priced): void {
  const { org, usage } = ctx;
  const servers = usage.migrationCoexistenceServers;
  const months = usage.migrationCoexistenceMonths;
  if (servers === 0 || months === 0) return;
  const id = "online.migration.coexistence-licences";
  const description = say((m) => m.extras.coexistence(servers, months));
  const quantity = say((m) => m.licences.servers(servers));
  const eur = extendedUseRights(org, staffPerYear(org, ctx.years));
  if (eur === "applies") {
    const said = { description, quantity, note: say((m) => m.licences.extendedUseRights(org.cost.licensing.programme!)) };
    const licence = ctx.prices.get("exch_server_std").amount;
    const sa = ctx.prices.get("sa_rate").amount;
    const value = licence === null || sa === null ? 0 : servers * licence * (1 + sa / 100);
    result.excluded.push({ option: "online", id: "online.rights.coexistence-servers", kind: "covered", description: said.description.en, quantity: said.quantity.en, valueSEK: value, prices: ["exch_server_std", "sa_rate"], note: said.note.en, said });
    return;
  }
  // Owned Exchange SE server licences (with active SA) serve the servers of the move first.
  if (usable(org, "EXCHANGE_SERVER_STANDARD") + usable(org, "EXCHANGE_SERVER_ENTERPRISE") >= servers) return;
  const notes = [say((m) => m.licences.noExtendedUseRights(eur, org.cost.licensing.programme)), say((m) => m.extras.legacyEnded)];
  if (exchangeRoute(org) === "subscription") {
    add(ctx, result, { option: "online", id, category: "licences", description, quantity, prices: ["exse_sub_server_std"], oneOff: (sek) => (servers * sek.exse_sub_server_std! * months) / 12, notes });
    return;
  }
  // Licences with SA are bought for at least a year; Exchange 2019/2016 servers ran on perpetual licences.
  const perpetual = exchangeRoute(org) === "perpetual";
  add(ctx, result, {
    option: "online",
    id,
    category: "licences",
    description,
    quantity,
    prices: perpetual ? ["exch_server_std"] : ["exch_server_std", "sa_rate"],
    oneOff: (sek) => {
      const cash = licenceCash([servers], 0, sek.exch_server_std!, perpetual ? 0 : sek.sa_rate! / 100, usage.licenceLifeYears);
      return cash.recurring[0]! + cash.investments.reduce((total, inv) => total + inv.amount, 0);
    },
    notes,
  });
}

/** Message trace exported to Log Analytics and kept as long as the decisions on logs ask. */
function messageTraceExport(ctx: CostContext, result: Priced): void {
  const { org, usage } = ctx;
  const days = logRetentionDays(org);
  if (days <= MESSAGE_TRACE_ONLINE_DAYS) return;
  const m = org.mailboxes;
  const mailboxes = perYear(m.staff + m.shared, m.countGrowthPercentPerYear, ctx.years);
  const gbPerMonth = mailboxes.map((n) => (n * (m.messagesSentPerDay + m.messagesReceivedPerDay) * DAYS_PER_MONTH * usage.messageTraceKBPerMessage) / 1_000_000);
  const keptGB = gbPerMonth.map((gb) => (gb * Math.max(0, days - INTERACTIVE_DAYS_INCLUDED)) / DAYS_PER_MONTH);
  add(ctx, result, {
    option: "online",
    id: "online.message-trace.export",
    category: "azure",
    description: say((m) => m.extras.messageTrace(days)),
    quantity: say((m) => m.azure.quantity(gbPerMonth, "gbAMonth")),
    prices: ["la_ingest", "la_retention"],
    recurring: (sek) => gbPerMonth.map((gb, i) => (gb * sek.la_ingest! + keptGB[i]! * sek.la_retention!) * 12),
    notes: [say((m) => m.extras.messageTraceNote(MESSAGE_TRACE_ONLINE_DAYS, usage.messageTraceKBPerMessage))],
  });
}
