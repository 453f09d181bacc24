// People: consultants for the online migration and the on-prem build, training for the
// in-house administrators, in-house hours for both and to retire the old servers, and yearly operations at the municipal hourly cost (catalog ids consultant_hour,
// muni_it_hour). The operations load and the other usage assumptions are in cost/usage.ts.
import { makeComponent } from "../component";
import { exchangeServers } from "../counts";
import type { CostContext, OptionId, Priced } from "../types";
import { emptyPriced } from "../types";
import { say, type Said } from "../said";
import { HOURS_PER_DAY, sekOrUnpriced } from "./prices";

function oneOff(ctx: CostContext, result: Priced, option: OptionId, id: string, description: Said, hours: number, priceId: string, quantity: Said, lifeYears: number): void {
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

function yearly(ctx: CostContext, result: Priced, option: OptionId, id: string, description: Said, hoursPerYear: number, quantity: Said, notes: Said[]): void {
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
  oneOff(ctx, result, "online", "online.migration.consultants", say((m) => m.people.onlineConsultants), consultantHours, "consultant_hour", say((m) => m.people.days(u.onlineMigrationConsultantDays, consultantHours)), u.projectLifeYears);
  const inHouse = mailboxes * u.onlineMigrationInHouseHoursPerMailbox;
  oneOff(ctx, result, "online", "online.migration.in-house", say((m) => m.people.onlineInHouse), inHouse, "muni_it_hour", say((m) => m.people.mailboxHours(mailboxes, u.onlineMigrationInHouseHoursPerMailbox)), u.projectLifeYears);
  yearly(ctx, result, "online", "online.operations.staff", say((m) => m.people.onlineAdmin), u.onlineAdminHoursPerYear, say((m) => m.people.hoursAYear(u.onlineAdminHoursPerYear)), []);
  trainingAndDecommissioning(ctx, result, "online", u.onlineTrainingDays, u.onlineDecommissionHours);
  return result;
}

export function onpremPeople(ctx: CostContext): Priced {
  const result = emptyPriced();
  const u = ctx.usage;
  const servers = exchangeServers(ctx.sizing).total;
  const consultantHours = u.onpremBuildConsultantDays * HOURS_PER_DAY;
  oneOff(ctx, result, "onprem", "onprem.build.consultants", say((m) => m.people.onpremConsultants), consultantHours, "consultant_hour", say((m) => m.people.days(u.onpremBuildConsultantDays, consultantHours)), u.projectLifeYears);
  oneOff(ctx, result, "onprem", "onprem.build.in-house", say((m) => m.people.onpremInHouse), u.onpremBuildInHouseHours, "muni_it_hour", say((m) => m.people.hours(u.onpremBuildInHouseHours)), u.projectLifeYears);
  const patchHours = u.onpremMaintenanceWindowsPerYear * servers * u.onpremHoursPerServerPerWindow;
  const hours = patchHours + u.onpremFixedHoursPerYear;
  yearly(
    ctx,
    result,
    "onprem",
    "onprem.operations.staff",
    say((m) => m.people.onpremOperations),
    hours,
    say((m) => m.people.operationsHours(hours, u.onpremMaintenanceWindowsPerYear, servers, u.onpremHoursPerServerPerWindow, u.onpremFixedHoursPerYear)),
    [say((m) => m.people.passesNote)],
  );
  trainingAndDecommissioning(ctx, result, "onprem", u.onpremTrainingDays, u.onpremDecommissionHours);
  return result;
}

/** Training of the in-house administrators (bought as consultant days) and retiring the servers the option replaces. */
function trainingAndDecommissioning(ctx: CostContext, result: Priced, option: OptionId, trainingDays: number, decommissionHours: number): void {
  const u = ctx.usage;
  const trainingHours = trainingDays * HOURS_PER_DAY;
  oneOff(ctx, result, option, `${option}.training.consultants`, say((m) => m.people.training(option)), trainingHours, "consultant_hour", say((m) => m.people.days(trainingDays, trainingHours)), u.projectLifeYears);
  oneOff(ctx, result, option, `${option}.decommissioning.in-house`, say((m) => m.people.decommissioning(option)), decommissionHours, "muni_it_hour", say((m) => m.people.hours(decommissionHours)), u.projectLifeYears);
}
