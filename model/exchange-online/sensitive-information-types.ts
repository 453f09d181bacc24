// Purview sensitive information types (SIT) used by the DLP policy. The DLP cmdlets now want
// each type's id as well as its name (source: m365dsc-issue-7352), so only types whose id is
// verified in Microsoft's entity definitions are used; `id` is required by the settings schema.
import type { SensitiveInformationType } from "./settings";

/** Medium confidence (75) needs the checksum (source: learn-exchange-2013-sensitive-information-types). */
export const SWEDEN_NATIONAL_ID = {
  name: "Sweden national ID",
  id: "f69aaf40-79be-4fac-8f05-fd1910d272c8",
  minCount: 1,
  minConfidence: 75,
} as const satisfies SensitiveInformationType;

/**
 * EU types of the "General Data Protection Regulation (GDPR)" DLP template, by name and entity
 * id (sources: learn-exchange-2013-sensitive-information-types for EU Debit Card Number,
 * learn-sit-eu-drivers-license-number, learn-sit-eu-passport-number, learn-sit-eu-ssn-equivalent,
 * learn-sit-eu-tax-identification-number). The template's "EU National Identification Number"
 * is left out: its id could not be verified, and a rule with a type without id is refused.
 * Swedish personal identity numbers are covered by the Sweden national ID rule.
 */
export const GDPR_EU_TYPES: readonly SensitiveInformationType[] = [
  { name: "EU Debit Card Number", id: "0e9b3178-9678-47dd-a509-37222ca96b42", minCount: 1, minConfidence: 75 },
  { name: "EU Driver's License Number", id: "b8fe86d1-c056-453b-bfaa-9fe698699ecc", minCount: 1, minConfidence: 75 },
  { name: "EU Passport Number", id: "21883626-6245-4f3d-9b61-5cbb43e625ee", minCount: 1, minConfidence: 75 },
  { name: "EU Social Security Number (SSN) or Equivalent ID", id: "d24e32a4-c0bb-4ba8-899d-6303b95742d9", minCount: 1, minConfidence: 75 },
  { name: "EU Tax Identification Number (TIN)", id: "e09c07d3-66e5-4783-989d-49ac62748f5f", minCount: 1, minConfidence: 75 },
];

/** Global payment card numbers, which the security suite baseline requires DLP to block (MS.SECURITYSUITE.3.1; entity id from Microsoft's rule package). */
export const CREDIT_CARD_NUMBER = {
  name: "Credit Card Number",
  id: "50842eb7-edc8-4019-85dd-5a5c1f2bb085",
  minCount: 1,
  minConfidence: 85,
} as const satisfies SensitiveInformationType;
