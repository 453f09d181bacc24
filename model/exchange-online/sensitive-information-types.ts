// Purview sensitive information types (SIT) used by the DLP policy. Issue #7352 in
// Microsoft365DSC: the DLP cmdlets want SIT ids, so a rule names each type by name AND id
// wherever the id is verified (../shared/reference/exo-tenant.md §5).
import type { SensitiveInformationType } from "./settings";

/** learn.microsoft.com/purview/sit-defn-sweden-national-id; medium confidence (75) needs the checksum. */
export const SWEDEN_NATIONAL_ID = {
  name: "Sweden national ID",
  id: "f69aaf40-79be-4fac-8f05-fd1910d272c8",
  minCount: 1,
  minConfidence: 75,
} as const satisfies SensitiveInformationType;

/**
 * The six EU types of the "General Data Protection Regulation (GDPR)" DLP template (§5).
 * Only the EU Debit Card Number id is confirmed (M365DSC example
 * Examples/Resources/SCDLPComplianceRule/1-AddingNewDLPComplianceRule.ps1); the others are
 * matched by their exact Purview name, which the cmdlets accept.
 */
export const GDPR_EU_TYPES: readonly SensitiveInformationType[] = [
  { name: "EU Debit Card Number", id: "0e9b3178-9678-47dd-a509-37222ca96b42", minCount: 1, minConfidence: 75 },
  { name: "EU Driver's License Number", minCount: 1, minConfidence: 75 },
  { name: "EU National Identification Number", minCount: 1, minConfidence: 75 },
  { name: "EU Passport Number", minCount: 1, minConfidence: 75 },
  { name: "EU Social Security Number (SSN) or Equivalent ID", minCount: 1, minConfidence: 75 },
  { name: "EU Tax Identification Number (TIN)", minCount: 1, minConfidence: 75 },
];
