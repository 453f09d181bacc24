import { fail, undecided, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnline, field, onlineDocument, undecidedWarning } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// The tenant's data location is declared, not read: Microsoft offers no API for the Data
// location card. EU (and the Local Region Sweden) keep Exchange Online data at rest in the EU
// Data Boundary (source: learn-eu-data-boundary). Advanced Data Residency commits mailbox
// content to Sweden and needs its add-on (source: learn-advanced-data-residency).
const EU_LOCATIONS = ["EU", "SE"];

export const onl01: Rule = {
  id: "ONL-01",
  title: RULE_TEXTS.onl01.title,
  severity: "error",
  appliesTo: "online",
  basis: "GDPR art. 44; eSam PM 2023; Microsoft EU Data Boundary and Advanced Data Residency commitments",
  sources: ["eurlex-gdpr", "esam-molnfragan", "learn-eu-data-boundary", "learn-advanced-data-residency"],
  remediation: RULE_TEXTS.onl01.remediation,
  check: ({ documents }) => {
    const read = onlineDocument(documents, (m) => m.onl01.subject);
    if ("missing" in read) return [read.missing];
    const document = read.document;
    const outcomes: Outcome[] = [];
    const location = field(document, "facts.dataResidency.tenantDataLocation");
    if (typeof location !== "string") outcomes.push(undecided(say((m) => m.onl01.noLocation), atOnline("facts.dataResidency.tenantDataLocation")));
    else if (!EU_LOCATIONS.includes(location)) {
      outcomes.push(fail(say((m) => m.onl01.outsideEu(location)), atOnline("facts.dataResidency.tenantDataLocation")));
    }

    const max = field(document, "facts.maxConfidentialityInEmail");
    if (typeof max !== "number") {
      outcomes.push(undecidedWarning(say((m) => m.onl01.noMax), atOnline("facts.maxConfidentialityInEmail")));
    } else if (max >= 2) {
      const declared = field(document, "facts.dataResidency.advancedDataResidency") === true;
      const licensed = field(document, "facts.dataResidency.advancedDataResidencyLicensed") === true;
      if (!declared) {
        outcomes.push(warn(say((m) => m.onl01.noResidency(max)), atOnline("facts.dataResidency.advancedDataResidency")));
      } else if (!licensed) {
        outcomes.push(warn(say((m) => m.onl01.notLicensed), atOnline("facts.dataResidency.advancedDataResidencyLicensed")));
      }
    }
    return outcomes;
  },
};
