import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { unmetNeeds } from "./needs";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

/** The Local Region Geography of Advanced Data Residency (source: learn-advanced-data-residency), ISO 3166-1 codes. */
export const ADR_LOCAL_REGION_COUNTRIES = ["AU", "AT", "BR", "CA", "CL", "DK", "FR", "DE", "IN", "ID", "IL", "IT", "JP", "MY", "MX", "NZ", "NO", "PL", "QA", "ZA", "KR", "ES", "SE", "CH", "TW", "AE", "GB"];

// ADR commits Exchange Online mailbox content to the local region only for a tenant whose
// default geography is a Local Region Geography, with ADR licensed for all users and the
// mailboxes provisioned in that geography (sources: learn-advanced-data-residency,
// learn-exchange-online-data-residency).
export const lic04: Rule = {
  id: "LIC-04",
  title: RULE_TEXTS.lic04.title,
  severity: "error",
  appliesTo: "online",
  basis: "Microsoft Product Terms (Privacy and Security Terms: location of Customer Data at rest); Advanced Data Residency eligibility",
  sources: ["learn-advanced-data-residency", "learn-exchange-online-data-residency"],
  remediation: RULE_TEXTS.lic04.remediation,
  check: ({ org }) => {
    if (!org.online.advancedDataResidency) return [];
    const outcomes: Outcome[] = unmetNeeds(org, ["advanced-data-residency"]);
    if (!ADR_LOCAL_REGION_COUNTRIES.includes(org.organization.country)) {
      outcomes.push(fail(say((m) => m.lic04.notLocalRegion(org.organization.country)), atOrg("organization.country")));
    } else if (org.organization.country === "SE" && org.online.dataLocation !== "SE") {
      outcomes.push(fail(say((m) => m.lic04.notProvisionedInSweden(org.online.dataLocation)), atOrg("online.dataLocation")));
    }
    return outcomes;
  },
};
