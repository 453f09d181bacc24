// The headings of the Swedish council paper (tjänsteskrivelse), in order.
export const SV_SECTIONS = [
  "Ärendet",
  "Förslag till beslut",
  "Sammanfattning",
  "Bakgrund",
  "Beredning och beslutsinstans",
  "Förvaltningens bedömning",
  "Ekonomiska konsekvenser",
  "Konsekvenser för personal",
  "Tidplan",
  "Risk- och sårbarhetsbedömning",
  "Juridisk bedömning",
  "Beslutsunderlag",
  "Underskrift",
  "Bilaga 1: Poängsättning av riskerna per perspektiv",
  "Bilaga 2: Källor",
];
