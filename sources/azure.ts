// Azure: the azurerm provider's validation rules, Arc-enabled SCVMM, Key Vault, Log Analytics, regions.
import type { SourceArea } from "./types";

export const azureSources = {
} satisfies SourceArea;
