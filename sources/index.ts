// The sources registry: every fact a rule, a risk reason, a price or a sizing constant relies
// on is cited by one of these ids. The compiler refuses an unknown id in code; data files
// (the price catalog) are checked at load and by test/sources.test.ts.
import { azureSources } from "./azure";
import { ciSources } from "./ci";
import { exchangeOnlineSources } from "./exchange-online";
import { exchangeServerSources } from "./exchange-server";
import { lawSources } from "./law";
import { priceSources } from "./prices";
import { securitySources } from "./security";
import { toolSources } from "./tools";
import type { Source } from "./types";

export type { Source } from "./types";

/** The area files, for the test that no id stands in two of them (a later spread would hide the earlier entry). */
export const SOURCE_AREAS = { lawSources, securitySources, exchangeServerSources, exchangeOnlineSources, azureSources, priceSources, toolSources, ciSources };

export const SOURCES = {
  ...lawSources,
  ...securitySources,
  ...exchangeServerSources,
  ...exchangeOnlineSources,
  ...azureSources,
  ...priceSources,
  ...toolSources,
  ...ciSources,
};

export type SourceId = keyof typeof SOURCES;

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(SOURCES, id);
}

export function source(id: SourceId): Source {
  return SOURCES[id];
}

/** What a report shows for a citation: the id it is listed under, the title and the URL. */
export interface Citation {
  id: SourceId;
  title: string;
  url: string;
}

export function citation(id: SourceId): Citation {
  const { title, url } = SOURCES[id];
  return { id, title, url };
}

/** Every source, sorted by id: for a report's list of sources. */
export function citations(ids: Iterable<SourceId>): Citation[] {
  return [...new Set(ids)].sort().map(citation);
}
