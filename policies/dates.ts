// Calendar arithmetic on YYYY-MM-DD strings, in UTC so the result never depends on the machine.
export function monthsBetween(from: string, to: string): number {
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  return b.getUTCDate() < a.getUTCDate() ? months - 1 : months;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
