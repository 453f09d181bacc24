// Where an Azure region is, and which jurisdictions can reach data held by an operator.
// A provider under non-EU (US) jurisdiction can be compelled under the US CLOUD Act even
// for data stored in an EU region (source: uscode-cloud-act; source: techlaw-imy-stockholm-2021).
import type { ReportMessages } from "../i18n/catalog";

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

export function regionCountry(region: string, t: ReportMessages): string {
  return REGION_COUNTRY[region] ?? t.jurisdiction.unknownRegion(region);
}

export function inEea(country: string): boolean {
  return EEA.has(country);
}

/** The jurisdiction an Exchange Online data location stands for. */
export function dataLocationJurisdiction(location: "EU" | "SE" | "US" | "other", t: ReportMessages): string {
  return location === "other" ? t.jurisdiction.declaredOther : location;
}

/** Microsoft Corporation is a US company: US law (CLOUD Act) reaches it wherever data is stored. */
export function operatorJurisdictions(providerJurisdiction: "EU" | "non-EU", t: ReportMessages): string[] {
  return providerJurisdiction === "non-EU" ? [t.jurisdiction.usCloudAct] : [];
}
