import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, ofType } from "./resources";

export const az04: Rule = {
  id: "AZ-04",
  title: "Storage accounts: minimum TLS 1.2 set explicitly, HTTPS only, no public blob access",
  severity: "error",
  appliesTo: "both",
  basis: "Checkov CKV_AZURE_44, CKV_AZURE_3, CKV_AZURE_190",
  sources: ["checkov-azure-policies"],
  remediation: "Set min_tls_version = \"TLS1_2\", https_traffic_only_enabled = true and allow_nested_items_to_be_public = false.",
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
