import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, ofType } from "./resources";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

export const az04: Rule = {
  id: "AZ-04",
  title: RULE_TEXTS.az04.title,
  severity: "error",
  appliesTo: "both",
  basis: "Checkov CKV_AZURE_44, CKV_AZURE_3, CKV_AZURE_190",
  sources: ["checkov-azure-policies"],
  remediation: RULE_TEXTS.az04.remediation,
  check: ({ resources }) =>
    ofType(resources, "azurerm_storage_account").flatMap((account) => {
      const v = account.values;
      const outcomes = [];
      // The provider default changes between versions, so it must be explicit (CKV_AZURE_44 fails when omitted).
      if (v.min_tls_version !== "TLS1_2" && v.min_tls_version !== "TLS1_3") outcomes.push(fail(say((m) => m.az04.noMinTls(account.address)), at(account)));
      if (v.https_traffic_only_enabled === false) outcomes.push(fail(say((m) => m.az04.plainHttp(account.address)), at(account)));
      if (v.allow_nested_items_to_be_public !== false) outcomes.push(fail(say((m) => m.az04.publicBlobs(account.address)), at(account)));
      return outcomes;
    }),
};
