// The prices one estimate uses: the catalog converted to SEK, with the organization's
// negotiated overrides applied and, for sensitivity runs, one price scaled.
import { InputError } from "../../model/input-error";
import type { Catalog, PriceEntry } from "./catalog";

export interface Price {
  id: string;
  entry: PriceEntry;
  /** In SEK for money prices, in the entry's unit for percentages; null when no price was found. */
  amount: number | null;
  overridden: boolean;
}

export class PriceBook {
  private readonly byId: Map<string, PriceEntry>;
  /** Ids that components asked for, so reports can name the entries behind each figure. */
  readonly used = new Set<string>();

  constructor(
    readonly catalog: Catalog,
    readonly overrides: Readonly<Record<string, number>> = {},
    readonly scale: Readonly<Record<string, number>> = {},
  ) {
    this.byId = new Map(catalog.prices.map((entry) => [entry.id, entry]));
    for (const [id, amount] of Object.entries(overrides)) {
      if (!this.byId.has(id)) {
        throw new InputError(`cost.priceOverrides.${id}`, String(amount), `an id of the price catalog (cost/catalog/prices.yaml), e.g. ${[...this.byId.keys()].slice(0, 3).join(", ")}`);
      }
    }
  }

  entry(id: string): PriceEntry {
    const entry = this.byId.get(id);
    if (!entry) throw new Error(`price catalog has no entry ${id}`);
    return entry;
  }

  /** The price in SEK (or percent); an override is taken as already in SEK. */
  get(id: string): Price {
    const entry = this.entry(id);
    this.used.add(id);
    const factor = this.scale[id] ?? 1;
    if (id in this.overrides) return { id, entry, amount: this.overrides[id]! * factor, overridden: true };
    if (entry.amount === null) return { id, entry, amount: null, overridden: false };
    // Sensitivity may scale a whole currency ("currency:USD"), i.e. the exchange rate.
    const rateFactor = this.scale[`currency:${entry.currency}`] ?? 1;
    return { id, entry, amount: entry.amount * this.sekPer(entry.currency, entry.family) * factor * rateFactor, overridden: false };
  }

  /** SEK per unit of the currency: the product family's own conversion where the table has one. */
  sekPer(currency: string, family?: string): number {
    if (currency === "%") return 1;
    const own = family && this.catalog.rates.families.find((f) => f.family === family && f.currency === currency);
    if (own) return own.sekPerUnit;
    const rate = this.catalog.rates.rates.find((r) => r.currency === currency);
    if (!rate) throw new Error(`no exchange rate for ${currency}`);
    return rate.sekPerUnit;
  }

  withScale(scale: Record<string, number>): PriceBook {
    return new PriceBook(this.catalog, this.overrides, scale);
  }
}
