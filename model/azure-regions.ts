// Where Azure regions are, and which countries are in the EU/EEA: the list the comparison's
// data-location map and the policy AZ-01 (allowed regions) both judge by. An organization may
// narrow the regions it allows (azure.allowedRegions), never widen them beyond the EU/EEA.

/** Country (ISO 3166-1 alpha-2) of the Azure regions in the EU/EEA and a few others. */
const REGION_COUNTRY: Record<string, string> = {
  swedencentral: "SE",
  swedensouth: "SE",
  northeurope: "IE",
  westeurope: "NL",
  francecentral: "FR",
  francesouth: "FR",
  germanywestcentral: "DE",
  germanynorth: "DE",
  italynorth: "IT",
  polandcentral: "PL",
  spaincentral: "ES",
  norwayeast: "NO",
  norwaywest: "NO",
  austriaeast: "AT",
  belgiumcentral: "BE",
  denmarkeast: "DK",
  finlandcentral: "FI",
  switzerlandnorth: "CH",
  uksouth: "GB",
  eastus: "US",
  eastus2: "US",
  westus: "US",
  centralus: "US",
};

/** EU and EEA countries (EEA: IS, LI, NO). Switzerland is EFTA but not EEA. */
const EEA = new Set(["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"]);

/** The country of a region, or undefined for a region not in the table. */
export function countryOfRegion(region: string): string | undefined {
  return REGION_COUNTRY[region];
}

export function inEea(country: string): boolean {
  return EEA.has(country);
}

/** True for a region known to be in an EU/EEA country; an unknown region is not. */
export function regionInEea(region: string): boolean {
  const country = countryOfRegion(region);
  return country !== undefined && inEea(country);
}
