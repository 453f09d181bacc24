import { fail, undecided } from "../../outcome";
import type { Rule } from "../../types";
import { atOnprem, field, onpremDocument } from "./document";

// Exchange Server 2016 and 2019 left support on 2025-10-14; Exchange Server SE (GA 2025-07-01)
// is the supported successor (../shared/reference/onprem-exchange.md §1 "2016/2019", "Release";
// legal-se.md §5 "Platform mechanics").
const SUPPORTED = ["SE"];

export const onp01: Rule = {
  id: "ONP-01",
  title: "Exchange Server is a supported version (Subscription Edition); 2016 and 2019 are out of support since 2025-10-14",
  severity: "error",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(e) (vulnerability handling); GDPR art. 32; Microsoft lifecycle: Exchange 2016/2019 end of support 2025-10-14",
  remediation: "Set onprem.exchangeVersion to SE (upgrade in place from 2019 CU14/CU15, migrate side by side from 2016).",
  check: ({ documents }) => {
    const read = onpremDocument(documents, "the Exchange version");
    if ("missing" in read) return [read.missing];
    const version = field(read.document, "exchange.version");
    if (typeof version !== "string") return [undecided("the document does not state the Exchange Server version", atOnprem("exchange.version"))];
    if (!SUPPORTED.includes(version)) {
      return [fail(`Exchange Server ${version} is out of support since 2025-10-14; only Exchange Server SE receives security updates`, atOnprem("exchange.version"))];
    }
    return field(read.document, "exchange.supported") === true
      ? []
      : [fail(`the document marks Exchange Server ${version} as not supported`, atOnprem("exchange.supported"))];
  },
};
