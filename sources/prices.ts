// Prices and licensing terms: Microsoft's list prices and product terms, resellers' published prices, Swedish cost figures.
import type { SourceArea } from "./types";

export const priceSources = {
} satisfies SourceArea;
