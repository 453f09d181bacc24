// The cost estimate of one organization: model-derived components and the stacks'
// Azure resources through the registry, totalled per option over the planning years.
import type { InventoryResource } from "../inventory/terraform";
import { isSuite, type LicencePlan } from "../model/licences";
import type { OrganizationFile } from "../model/schema";
import { sizeOrganization, type SizingResult } from "../model/sizing/sizing";
import { source, type SourceId } from "../sources";
import { loadCatalog, type PriceEntry } from "./catalog/catalog";
import { PriceBook } from "./catalog/price-book";
import { licenceScenarios, type LicenceScenarios } from "./licence-scenarios";
import { priceOptions } from "./price-options";
import { DEFAULT_USAGE, type Usage } from "./usage";
import { sensitivity, type SensitivityResult } from "./sensitivity";
import { keyFigures, optionTotals, type KeyFigure, type OptionTotals } from "./tco";
import type { CostComponent, ExcludedItem, FreeItem, OptionId, UnpricedItem } from "./types";

export interface OptionCost {
  option: OptionId;
  components: CostComponent[];
  totals: OptionTotals;
}

export interface PriceUsed {
  id: string;
  description: string;
  unit: string;
  amount: number | null;
  currency: string;
  /** What the estimate used, in SEK (or percent); null when unpriced. */
  usedSEK: number | null;
  overridden: boolean;
  confidence: PriceEntry["confidence"];
  /** Sources registry id, with the page's title, address and the day it was read. */
  source: SourceId;
  sourceTitle: string;
  sourceUrl: string;
  read: string;
}

/** How the staff plan is counted: the same in both options, in neither, or (a mail-only plan) online only. */
export interface SeatBaseline {
  staffPlan: LicencePlan;
  /** True for a suite staff keep whichever option is chosen (Office, Teams and the rest). */
  suite: boolean;
  staffPlanBaseline: Usage["staffPlanBaseline"];
  /** Owned seats of the staff plan (cost.ownedLicences). */
  ownedSeats: number;
}

export interface CostEstimate {
  organization: string;
  years: number;
  currency: "SEK";
  options: OptionCost[];
  baseline: SeatBaseline;
  keyFigures: KeyFigure[];
  /** Seat-licence difference under the organization's and the two bounding licence situations (both options only). */
  licenceScenarios?: LicenceScenarios;
  unpriced: UnpricedItem[];
  excluded: ExcludedItem[];
  free: FreeItem[];
  prices: PriceUsed[];
  exchangeRates: { currency: string; sekPerUnit: number; source?: SourceId; confidence: string; note?: string }[];
  sensitivity?: SensitivityResult;
  /** The usage assumptions applied, and which of them the organization file changed. */
  usage: Usage;
  usageChanged: (keyof Usage)[];
}

export function estimateCost(org: OrganizationFile, inventory: InventoryResource[], options: readonly OptionId[] = ["onprem", "online"]): CostEstimate {
  let sized: SizingResult | undefined;
  const sizing = () => (sized ??= sizeOrganization(org));
  const catalog = loadCatalog();
  const book = new PriceBook(catalog, org.cost.priceOverrides);
  const priced = priceOptions(org, inventory, book, options, sizing);
  const years = org.cost.planningYears;
  const optionCosts = options.map((option) => {
    const components = priced.components.filter((c) => c.option === option);
    return { option, components, totals: optionTotals(components, years) };
  });
  const usedIds = new Set([...book.used, ...Object.keys(org.cost.priceOverrides)]);
  const prices = catalog.prices
    .filter((entry) => usedIds.has(entry.id))
    .map((entry) => {
      const price = book.get(entry.id);
      return {
        id: entry.id,
        description: entry.description,
        unit: entry.unit,
        amount: entry.amount,
        currency: entry.currency,
        usedSEK: price.amount,
        overridden: price.overridden,
        confidence: entry.confidence,
        source: entry.source,
        sourceTitle: source(entry.source).title,
        sourceUrl: source(entry.source).url,
        read: source(entry.source).read,
      };
    });
  return {
    organization: org.organization.name,
    years,
    currency: "SEK",
    options: optionCosts,
    baseline: {
      staffPlan: org.online.licences.staff,
      suite: isSuite(org.online.licences.staff),
      staffPlanBaseline: org.cost.usage.staffPlanBaseline,
      ownedSeats: org.online.licences.staff === "none" ? 0 : (org.cost.ownedLicences[org.online.licences.staff] ?? 0),
    },
    keyFigures: keyFigures(optionCosts),
    ...(options.length === 2 ? { licenceScenarios: licenceScenarios(org, book, sizing) } : {}),
    unpriced: priced.unpriced,
    excluded: priced.excluded,
    free: priced.free,
    prices,
    exchangeRates: [
      ...catalog.rates.rates.map(({ currency, sekPerUnit, source, confidence, note }) => ({ currency, sekPerUnit, ...(source ? { source } : {}), confidence, ...(note ? { note } : {}) })),
      // Product families Microsoft lists in EUR at their own ratio to the US list.
      ...catalog.rates.families.map(({ family, currency, sekPerUnit, source, confidence, note }) => ({ currency: `${currency} (${family})`, sekPerUnit, source, confidence, note })),
    ],
    usage: org.cost.usage,
    usageChanged: (Object.keys(DEFAULT_USAGE) as (keyof Usage)[]).filter((key) => org.cost.usage[key] !== DEFAULT_USAGE[key]),
    sensitivity: options.length === 2 ? sensitivity(org, inventory, book, optionCosts, sizing) : undefined,
  };
}
