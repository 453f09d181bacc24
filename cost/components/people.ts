// People: consultants for the online migration and the on-prem build, in-house hours for
// both, and yearly operations at the municipal hourly cost (catalog ids consultant_hour,
// muni_it_hour). The operations load and the other usage assumptions are in cost/usage.ts.
import { makeComponent } from "../component";
import { exchangeServers } from "../counts";
import type { CostContext, OptionId, Priced } from "../types";
import { emptyPriced } from "../types";
import { HOURS_PER_DAY, sekOrUnpriced } from "./prices";

function oneOff(ctx: CostContext, result: Priced, option: OptionId, id: string, description: string, hours: number, priceId: string, quantity: string, lifeYears: number): void {
  const sek = sekOrUnpriced(ctx, [priceId], { option, id, description }, result.unpriced);
  if (!sek || hours <= 0) return;
  result.components.push(
    makeComponent(
      {
        option,
        id,
        category: priceId === "consultant_hour" ? "consultants" : "staff",
        description,
        quantity,
        prices: [priceId],
        investments: [{ year: 1, amount: hours * sek[priceId]!, lifeYears }],
      },
      ctx.years,
      ctx.prices,
    ),
  );
}

function yearly(ctx: CostContext, result: Priced, option: OptionId, id: string, description: string, hoursPerYear: number, quantity: string, notes: string[]): void {
  const sek = sekOrUnpriced(ctx, ["muni_it_hour"], { option, id, description }, result.unpriced);
  if (!sek || hoursPerYear <= 0) return;
  result.components.push(
    makeComponent(
      {
        option,
        id,
        category: "staff",
        description,
        quantity,
        prices: ["muni_it_hour"],
        recurring: Array.from({ length: ctx.years }, () => hoursPerYear * sek.muni_it_hour!),
        notes,
      },
      ctx.years,
      ctx.prices,
    ),
  );
}

export function onlinePeople(ctx: CostContext): Priced {
  const result = emptyPriced();
  const u = ctx.usage;
  const m = ctx.org.mailboxes;
  const mailboxes = m.staff + m.shared + m.resource;
  const consultantHours = u.onlineMigrationConsultantDays * HOURS_PER_DAY;
  oneOff(ctx, result, "online", "online.migration.consultants", "Migration to Exchange Online, consultants", consultantHours, "consultant_hour", `${u.onlineMigrationConsultantDays} days (${consultantHours} h)`, u.projectLifeYears);
  const inHouse = mailboxes * u.onlineMigrationInHouseHoursPerMailbox;
  oneOff(ctx, result, "online", "online.migration.in-house", "Migration to Exchange Online, in-house staff", inHouse, "muni_it_hour", `${mailboxes} mailboxes x ${u.onlineMigrationInHouseHoursPerMailbox} h`, u.projectLifeYears);
  yearly(ctx, result, "online", "online.operations.staff", "Exchange Online administration", u.onlineAdminHoursPerYear, `${u.onlineAdminHoursPerYear} h a year`, []);
  return result;
}

export function onpremPeople(ctx: CostContext): Priced {
  const result = emptyPriced();
  const u = ctx.usage;
  const servers = exchangeServers(ctx.sizing).total;
  const consultantHours = u.onpremBuildConsultantDays * HOURS_PER_DAY;
  oneOff(ctx, result, "onprem", "onprem.build.consultants", "Exchange SE build and mailbox moves, consultants", consultantHours, "consultant_hour", `${u.onpremBuildConsultantDays} days (${consultantHours} h)`, u.projectLifeYears);
  oneOff(ctx, result, "onprem", "onprem.build.in-house", "Exchange SE build, in-house staff", u.onpremBuildInHouseHours, "muni_it_hour", `${u.onpremBuildInHouseHours} h`, u.projectLifeYears);
  const patchHours = u.onpremMaintenanceWindowsPerYear * servers * u.onpremHoursPerServerPerWindow;
  const hours = patchHours + u.onpremFixedHoursPerYear;
  yearly(
    ctx,
    result,
    "onprem",
    "onprem.operations.staff",
    "Exchange server operations: maintenance passes, certificates, health checks",
    hours,
    `${hours} h a year (${u.onpremMaintenanceWindowsPerYear} passes x ${servers} servers x ${u.onpremHoursPerServerPerWindow} h + ${u.onpremFixedHoursPerYear} h)`,
    ["maintenance passes per year: cost.usage.onpremMaintenanceWindowsPerYear (source: learn-exchange-build-numbers)"],
  );
  return result;
}
