// Calendar arithmetic on YYYY-MM-DD strings, in UTC so the result never depends on the machine.
import { atOrg, fail } from "./outcome";
import { say, type Words } from "./say";
import type { Outcome } from "./types";

export function monthsBetween(from: string, to: string): number {
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  return b.getUTCDate() < a.getUTCDate() ? months - 1 : months;
}

/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A recorded date after the day of the check is not a fact yet: an assessment "done" next
 * month has not been done. Every rule that relies on a dated fact refuses it with this finding.
 */
export function futureDate(what: Words, date: string | undefined, asOf: string, path: string): Outcome[] {
  return date !== undefined && date > asOf ? [fail(say((m, lang) => m.common.futureDate(what(m, lang), date, asOf)), atOrg(path))] : [];
}
