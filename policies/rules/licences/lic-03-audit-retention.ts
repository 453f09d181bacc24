import type { Rule } from "../../types";
import { unmetNeeds } from "./needs";

// The tenant keeps audit records as long as retention.auditLogRetentionDays and the decisions on
// logs ask, at least a year (EXO-03, RET-04). Audit (Standard) keeps 180 days; Audit (Premium)
// one year; beyond that the 10-Year Audit Log Retention add-on is needed on top of Premium
// (sources: learn-m365-security-compliance-licensing, microsoft-purview-audit).
export const lic03: Rule = {
  id: "LIC-03",
  title: "Audit retention beyond the plan's is licensed: Audit Premium beyond 180 days, the 10-year add-on beyond one year",
  severity: "error",
  appliesTo: "online",
  basis: "Microsoft Product Terms; Microsoft 365 guidance for security & compliance: Audit (Premium) and 10-Year Audit Log Retention",
  sources: ["learn-m365-security-compliance-licensing", "microsoft-purview-audit"],
  remediation: "Beyond 180 days give staff Microsoft 365 E5 or add E5_COMPLIANCE or E5_EDISCOVERY_AUDIT to online.addOns; beyond one year also add AUDIT_LOG_RETENTION_10_YEARS.",
  check: ({ org }) => unmetNeeds(org, ["audit-premium", "audit-10-year"]),
};
