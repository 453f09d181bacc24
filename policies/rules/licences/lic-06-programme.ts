import { atOrg, fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// The licensing programme decides whether Microsoft 365 E3/E5 license the Exchange SE servers
// (Extended Use Rights under EA/EAS, MPSA, Open Value and a few more; not under CSP or MOSA) and
// whether Exchange SE is bought with Software Assurance or as subscriptions (sources:
// reddit-exchange-se-eur-programmes, microsoft-exchange-licensing-faq,
// microsoft-product-terms-exchange-server). Without it the estimate assumes no such rights.
export const lic06: Rule = {
  id: "LIC-06",
  title: RULE_TEXTS.lic06.title,
  severity: "warning",
  appliesTo: "onprem",
  basis: "Microsoft Product Terms (program-specific terms: Extended Use Rights of Microsoft 365 E3/E5; Exchange Server: SA or subscription licences only)",
  sources: ["reddit-exchange-se-eur-programmes", "microsoft-exchange-licensing-faq", "microsoft-product-terms-exchange-server"],
  remediation: RULE_TEXTS.lic06.remediation,
  check: ({ org }) => (org.cost.licensing.programme ? [] : [fail(say((m) => m.lic06.notStated), atOrg("cost.licensing.programme"))]),
};
