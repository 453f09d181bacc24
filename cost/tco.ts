// Total cost of ownership over the planning years: per year and cumulative, as cash (what
// is paid when) and amortized (one-offs spread over their life). In-house staff time is
// counted but also shown apart, since it is not new spending.
import { sum } from "./component";
import { CATEGORIES, type Category, type CostComponent, type OptionId } from "./types";

export interface OptionTotals {
  cashPerYear: number[];
  cashCumulative: number[];
  amortizedPerYear: number[];
  amortizedCumulative: number[];
  cash: number;
  amortized: number;
  oneOff: number;
  /** Cash excluding in-house staff time: what the option adds to the budget. */
  externalCash: number;
  byCategory: Record<Category, number>;
  /** Catalog ids behind the largest amounts, largest first. */
  drivers: { price: string; cash: number }[];
}

const cumulative = (values: number[]): number[] => values.map((_, i) => sum(values.slice(0, i + 1)));

export function optionTotals(components: CostComponent[], years: number): OptionTotals {
  const cashPerYear = Array.from({ length: years }, (_, i) => sum(components.map((c) => c.cash[i]!)));
  const amortizedPerYear = Array.from({ length: years }, (_, i) => sum(components.map((c) => c.amortized[i]!)));
  const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, sum(components.filter((c) => c.category === category).map((c) => sum(c.cash)))])) as Record<Category, number>;
  return {
    cashPerYear,
    cashCumulative: cumulative(cashPerYear),
    amortizedPerYear,
    amortizedCumulative: cumulative(amortizedPerYear),
    cash: sum(cashPerYear),
    amortized: sum(amortizedPerYear),
    oneOff: sum(components.map((c) => c.oneOff)),
    externalCash: sum(components.filter((c) => c.category !== "staff").map((c) => sum(c.cash))),
    byCategory,
    drivers: priceDrivers(components).slice(0, 5),
  };
}

/** Each catalog id with the cash of the components it prices (a component counts for each of its prices). */
export function priceDrivers(components: CostComponent[]): { price: string; cash: number }[] {
  const byPrice = new Map<string, number>();
  for (const component of components) {
    for (const price of component.prices) byPrice.set(price, (byPrice.get(price) ?? 0) + sum(component.cash));
  }
  return [...byPrice].map(([price, cash]) => ({ price, cash })).sort((a, b) => b.cash - a.cash || a.price.localeCompare(b.price));
}

export interface KeyFigure {
  id: string;
  label: string;
  valueSEK: number;
  /** Catalog entries that drive the figure, largest first. */
  prices: string[];
  components: string[];
}

/** The figures a decision paper quotes: one-off migration, on-prem spend, seat licence difference. */
export function keyFigures(options: { option: OptionId; components: CostComponent[]; totals: OptionTotals }[]): KeyFigure[] {
  const figures: KeyFigure[] = [];
  const figure = (id: string, label: string, components: CostComponent[], value?: number) =>
    figures.push({
      id,
      label,
      valueSEK: value ?? sum(components.map((c) => sum(c.cash))),
      prices: priceDrivers(components).map((d) => d.price),
      components: components.map((c) => c.id),
    });
  const online = options.find((o) => o.option === "online");
  const onprem = options.find((o) => o.option === "onprem");
  if (online) {
    figure("online.migration-consultants", "Online: one-off migration, consultants", online.components.filter((c) => c.id.startsWith("online.migration.") && c.category === "consultants"));
    figure("online.seat-licences", "Online: seat licences over the period", online.components.filter((c) => c.id.includes(".seats.")));
    figure("online.add-ons", "Online: add-ons for staff over the period (compliance, residency)", online.components.filter((c) => c.id.startsWith("online.addons.")));
  }
  if (onprem) {
    const external = onprem.components.filter((c) => c.category !== "staff" && !c.baseline);
    figure("onprem.expansion-external", "On-prem: expansion spend over the period (licences, hardware, Azure, energy, consultants; not the staff plan both options pay)", external);
    figure("onprem.seat-licences", "On-prem: seat licences (staff plan and CALs) over the period", onprem.components.filter((c) => c.id.includes(".seats.")));
  }
  if (online && onprem) {
    const seats = (o: typeof online) => o.components.filter((c) => c.id.includes(".seats."));
    const diff = sum(seats(onprem).map((c) => sum(c.cash))) - sum(seats(online).map((c) => sum(c.cash)));
    figure("seat-licences.onprem-minus-online", "Seat licences: on-prem minus online (positive: on-prem dearer)", [...seats(onprem), ...seats(online)], diff);
  }
  return figures;
}
