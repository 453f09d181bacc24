// Exchange Online, Microsoft Purview and Entra ID: service descriptions, limits, configuration, cmdlet and Graph reference.
import type { SourceArea } from "./types";

export const exchangeOnlineSources = {
} satisfies SourceArea;
