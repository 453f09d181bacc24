// Loads and validates the price catalog and the exchange-rate table (both YAML beside this
// file), so a malformed price fails loudly instead of pricing something wrongly.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

const confidence = z.enum(["high", "medium", "low"]);

export const priceEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  description: z.string().min(1),
  unit: z.string().min(1),
  /** null: no public price was found; components that need it are unpriced. */
  amount: z.number().nonnegative().nullable(),
  currency: z.string().min(1),
  source: z.string().min(1),
  seen: z.iso.date(),
  confidence,
});

export const priceCatalog = z.strictObject({ prices: z.array(priceEntry).min(1) });

export const exchangeRates = z.strictObject({
  base: z.literal("SEK"),
  seen: z.iso.date(),
  rates: z
    .array(
      z.strictObject({
        currency: z.string().min(1),
        sekPerUnit: z.number().positive(),
        source: z.string().min(1),
        note: z.string().optional(),
        confidence,
      }),
    )
    .min(1),
});

export type PriceEntry = z.output<typeof priceEntry>;
export type ExchangeRates = z.output<typeof exchangeRates>;

export interface Catalog {
  prices: PriceEntry[];
  rates: ExchangeRates;
}

const readYaml = (name: string): unknown => parse(readFileSync(new URL(`./${name}`, import.meta.url), "utf8"));

let cached: Catalog | undefined;

/** The catalog shipped with the project; validated once per process. */
export function loadCatalog(): Catalog {
  if (!cached) cached = parseCatalog(readYaml("prices.yaml"), readYaml("exchange-rates.yaml"));
  return cached;
}

export function parseCatalog(prices: unknown, rates: unknown): Catalog {
  const catalog = { prices: priceCatalog.parse(prices).prices, rates: exchangeRates.parse(rates) };
  const seen = new Set<string>();
  for (const entry of catalog.prices) {
    if (seen.has(entry.id)) throw new Error(`price catalog: duplicate id ${entry.id}`);
    seen.add(entry.id);
    const isMoney = entry.currency !== "%" && entry.currency !== "W";
    if (isMoney && !catalog.rates.rates.some((rate) => rate.currency === entry.currency)) {
      throw new Error(`price catalog: ${entry.id} is in ${entry.currency}, which the exchange-rate table lacks`);
    }
  }
  return catalog;
}
