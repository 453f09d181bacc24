// Dated rules turn into errors on a calendar day, with no change in the repository (a DPIA
// review falls due, a restore test grows a year old). Sixty days before that day the same
// finding is reported as a warning naming the day, so a team hears of it before every pull
// request and the deploy gate start failing.
import { say } from "./say";
import type { Outcome, PolicyInput, Rule } from "./types";

export const EARLY_WARNING_DAYS = 60;

export function plusDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const key = (outcome: Outcome) => JSON.stringify(outcome.location);
const blocking = (rule: Rule, outcome: Outcome) => outcome.status === "fail" && (outcome.severity ?? rule.severity) === "error";

/** The errors `rule` will report within EARLY_WARNING_DAYS that it does not report today, as warnings naming the day. */
export function upcomingErrors(rule: Rule, input: PolicyInput, today: Outcome[]): Outcome[] {
  if (!rule.dated) return [];
  const now = new Set(today.filter((o) => o.status === "fail").map(key));
  const failsOn = (day: string) => rule.check({ ...input, asOf: day }).filter((o) => blocking(rule, o) && !now.has(key(o)));
  const later = failsOn(plusDays(input.asOf, EARLY_WARNING_DAYS));
  return later.map((outcome) => {
    // The first day it fails: the rules are monotonic in time (a fact only grows older).
    let [low, high] = [0, EARLY_WARNING_DAYS];
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (failsOn(plusDays(input.asOf, middle)).some((o) => key(o) === key(outcome))) high = middle;
      else low = middle;
    }
    const day = plusDays(input.asOf, high);
    const messages = say((m, lang) => m.common.becomesError(day, outcome.messages[lang]));
    return { ...outcome, severity: "warning" as const, message: messages.en, messages };
  });
}
