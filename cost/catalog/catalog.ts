// Loads and validates the price catalog and the exchange-rate table (both YAML beside this
// file), so a malformed price fails loudly instead of pricing something wrongly. Every
// source is an id of the sources registry (sources/), checked here.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { isSourceId, type SourceId } from "../../sources";

const confidence = z.enum(["high", "medium", "low"]);
const sourceId = z.string().refine(isSourceId, { message: "an id of the sources registry (sources/*.ts)" }).transform((id) => id as SourceId);

export const priceEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  description: z.string().min(1),
  unit: z.string().min(1),
  /** null: no public price was found (the source is where we looked); components that need it are unpriced. */
  amount: z.number().nonnegative().nullable(),
  currency: z.string().min(1),
  source: sourceId,
  confidence,
  /** The low and high amount the sources give; the sensitivity table prices both ends (else -20 % and +20 %). */
  range: z.tuple([z.number().nonnegative(), z.number().nonnegative()]).optional(),
  /** Product family whose own conversion to SEK applies (exchange-rates.yaml families), e.g. microsoft-365-enterprise. */
  family: z.string().regex(/^[a-z0-9-]+$/).optional(),
});

export const priceCatalog = z.strictObject({ prices: z.array(priceEntry).min(1) });

export const exchangeRates = z.strictObject({
  base: z.literal("SEK"),
  rates: z
    .array(
      z.strictObject({
        currency: z.string().min(1),
        sekPerUnit: z.number().positive(),
        /** Absent only for the base currency. */
        source: sourceId.optional(),
        note: z.string().optional(),
        confidence,
      }),
    )
    .min(1),
  /** A product family Microsoft lists in EUR at another ratio to the US list than the currency's default rate. */
  families: z
    .array(
      z.strictObject({
        family: z.string().regex(/^[a-z0-9-]+$/),
        currency: z.string().min(1),
        sekPerUnit: z.number().positive(),
        source: sourceId,
        note: z.string().min(1),
        confidence,
      }),
    )
    .default([]),
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
  const catalog = { prices: parseOrThrow(priceCatalog, prices, "prices.yaml").prices, rates: parseOrThrow(exchangeRates, rates, "exchange-rates.yaml") };
  const seen = new Set<string>();
  for (const entry of catalog.prices) {
    if (seen.has(entry.id)) throw new Error(`price catalog: duplicate id ${entry.id}`);
    seen.add(entry.id);
    const isMoney = entry.currency !== "%" && entry.currency !== "W";
    if (isMoney && !catalog.rates.rates.some((rate) => rate.currency === entry.currency)) {
      throw new Error(`price catalog: ${entry.id} is in ${entry.currency}, which the exchange-rate table lacks`);
    }
    if (entry.family && !catalog.rates.families.some((f) => f.family === entry.family && f.currency === entry.currency)) {
      throw new Error(`price catalog: ${entry.id} is of family ${entry.family}, which the exchange-rate table lacks for ${entry.currency}`);
    }
    if (entry.range && (entry.amount === null || entry.range[0] > entry.amount || entry.range[1] < entry.amount)) {
      throw new Error(`price catalog: ${entry.id} has a range that does not hold its amount`);
    }
  }
  for (const rate of catalog.rates.rates) {
    if (rate.currency !== catalog.rates.base && !rate.source) throw new Error(`exchange-rate table: ${rate.currency} has no source (an id of the sources registry)`);
  }
  return catalog;
}

/** A schema error that names the catalog file and the entry, e.g. "prices.yaml: prices.3.source: ...". */
function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`price catalog ${file}: ${issue.path.join(".")}: ${issue.message}`);
}
