// Security advisories and baselines: CISA directives and the Known Exploited Vulnerabilities catalog, ScubaGear.
import type { SourceArea } from "./types";

export const securitySources = {
} satisfies SourceArea;
