import type { Rule } from "../../types";
import { unmetNeeds } from "./needs";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// The tenant keeps audit records as long as retention.auditLogRetentionDays and the decisions on
// logs ask, at least a year (EXO-03, RET-04). Audit (Standard) keeps 180 days; Audit (Premium)
// one year; beyond that the 10-Year Audit Log Retention add-on is needed on top of Premium
// (sources: learn-m365-security-compliance-licensing, microsoft-purview-audit).
export const lic03: Rule = {
  id: "LIC-03",
  title: RULE_TEXTS.lic03.title,
  severity: "error",
  appliesTo: "online",
  basis: "Microsoft Product Terms; Microsoft 365 guidance for security & compliance: Audit (Premium) and 10-Year Audit Log Retention",
  sources: ["learn-m365-security-compliance-licensing", "microsoft-purview-audit"],
  remediation: RULE_TEXTS.lic03.remediation,
  check: ({ org }) => unmetNeeds(org, ["audit-premium", "audit-10-year"]),
};
