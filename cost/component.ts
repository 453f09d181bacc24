// Builds a component from recurring yearly amounts and one-off investments: cash shows
// each investment in its year, amortized spreads it evenly over its life.
import type { PriceBook } from "./catalog/price-book";
import { english, said, type Said } from "./said";
import type { Category, CostComponent, Investment, OptionId } from "./types";

export interface ComponentInput {
  option: OptionId;
  id: string;
  category: Category;
  description: string | Said;
  source?: string;
  quantity: string | Said;
  prices: string[];
  recurring?: number[];
  investments?: Investment[];
  baseline?: boolean;
  notes?: (string | Said)[];
}

export function makeComponent(input: ComponentInput, years: number, book: PriceBook): CostComponent {
  const cash = Array.from({ length: years }, (_, i) => input.recurring?.[i] ?? 0);
  const amortized = [...cash];
  let oneOff = 0;
  for (const investment of input.investments ?? []) {
    if (investment.year < 1 || investment.year > years) continue;
    cash[investment.year - 1]! += investment.amount;
    oneOff += investment.amount;
    const perYear = investment.amount / investment.lifeYears;
    for (let y = investment.year; y < investment.year + investment.lifeYears && y <= years; y++) amortized[y - 1]! += perYear;
  }
  return {
    option: input.option,
    id: input.id,
    category: input.category,
    description: english(input.description),
    source: input.source ?? "model",
    quantity: english(input.quantity),
    prices: input.prices,
    overridden: input.prices.filter((id) => id in book.overrides),
    cash,
    amortized,
    oneOff,
    baseline: input.baseline ?? false,
    notes: (input.notes ?? []).map(english),
    said: { description: said(input.description), quantity: said(input.quantity), notes: (input.notes ?? []).map(said) },
  };
}

/** The same monthly amount in every year of the period. */
export const monthly = (amountPerMonth: number, years: number): number[] => Array.from({ length: years }, () => amountPerMonth * 12);

export const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
