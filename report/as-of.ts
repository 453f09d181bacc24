// The --as-of flag: the day dated policy facts are judged against, recorded in every report.
import { InputError } from "../model/input-error";
import { todayUtc } from "../policies/dates";

export function asOfFlag(value: string | undefined): string {
  const asOf = value ?? todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new InputError("--as-of", JSON.stringify(asOf), "a date written YYYY-MM-DD");
  return asOf;
}
