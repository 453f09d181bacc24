// Svenska texter för `onprem drift`: den lokala Exchange-organisationen jämförd med den beslutade.
import type { onpremDrift as en } from "../en/onprem-drift";

export const onpremDrift: typeof en = {
  title: "Avvikelser i den lokala Exchange-miljön",
  exported: (at: string) => `Nuvarande värden exporterades ${at}.`,
  none: (count: number) => `Inga avvikelser: alla ${count} bevakade inställningar stämmer med organisationsfilen.`,
  some: (drifted: number, count: number) => `${drifted} av ${count} bevakade inställningar avviker från organisationsfilen.`,
  line: (id: string, declared: string, current: string, field: string) => `${id}: beslutat ${declared}, funnet ${current}; i organisationsfilen: ${field}`,
  alwaysDeclared: (rule: string) => `ingen, exchange-iac anger den alltid (${rule})`,
  headers: ["Inställning", "Beslutat", "Funnet", "Organisationsfilen"],
};
