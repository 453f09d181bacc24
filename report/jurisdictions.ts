// Where an Azure region is, and which jurisdictions can reach data held by an operator.
// A provider under non-EU (US) jurisdiction can be compelled under the US CLOUD Act even
// for data stored in an EU region: ../shared/reference/legal-se.md §2 (Microsoft France
// under oath, June 2025; eSam 2018/2019; IMY 2021 on Stockholm stad).

// The Azure region table and the EU/EEA list live in model/azure-regions.ts, which the policy
// AZ-01 reads too.
export { inEea, regionCountry } from "../model/azure-regions";

/** The jurisdiction an Exchange Online data location stands for. */
export function dataLocationJurisdiction(location: "EU" | "SE" | "US" | "other"): string {
  return location === "other" ? "outside the EU (declared 'other')" : location;
}

/** Microsoft Corporation is a US company: US law (CLOUD Act) reaches it wherever data is stored. */
export function operatorJurisdictions(providerJurisdiction: "EU" | "non-EU"): string[] {
  return providerJurisdiction === "non-EU" ? ["US (CLOUD Act)"] : [];
}
