// Prices and licensing terms: Microsoft's list prices and product terms, resellers' published prices, Swedish cost figures.
import type { SourceArea } from "./types";

export const priceSources = {
  "microsoft-product-terms": {
    title: "Microsoft Product Terms",
    publisher: "Microsoft Licensing",
    url: "https://www.microsoft.com/licensing/terms/",
    read: "2026-12-01",
    says: "Licensing rules for Exchange Server, Windows Server and System Center; the prices themselves are set in each customer's agreement or reseller quote, not published there.",
    primary: false,
  },
} satisfies SourceArea;
