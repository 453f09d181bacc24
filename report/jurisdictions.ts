// Where an Azure region is, and which jurisdictions can reach data held by an operator.
// A provider under non-EU (US) jurisdiction can be compelled under the US CLOUD Act even
// for data stored in an EU region (source: uscode-cloud-act; source: techlaw-imy-stockholm-2021).
import type { ReportMessages } from "../i18n/catalog";

// The Azure region table and the EU/EEA list live in model/azure-regions.ts, which the policy
// AZ-01 reads too.
import { countryOfRegion, inEea } from "../model/azure-regions";

export { inEea };

export function regionCountry(region: string, t: ReportMessages): string {
  return countryOfRegion(region) ?? t.jurisdiction.unknownRegion(region);
}

/** The jurisdiction an Exchange Online data location stands for. */
export function dataLocationJurisdiction(location: "EU" | "SE" | "US" | "other", t: ReportMessages): string {
  return location === "other" ? t.jurisdiction.declaredOther : location;
}

/** Microsoft Corporation is a US company: US law (CLOUD Act) reaches it wherever data is stored. */
export function operatorJurisdictions(providerJurisdiction: "EU" | "non-EU", t: ReportMessages): string[] {
  return providerJurisdiction === "non-EU" ? [t.jurisdiction.usCloudAct] : [];
}
