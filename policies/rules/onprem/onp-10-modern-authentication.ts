import { atOrg, fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { atOnprem, field, onpremDocument } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Blocking legacy authentication on Exchange Server also blocks NTLM and Kerberos for the
// protocol, so the script blocks it only once modern authentication (AD FS, or hybrid modern
// authentication with Entra ID) is recorded as set up; until then Basic authentication stays on.
export const onp10: Rule = {
  id: "ONP-10",
  title: RULE_TEXTS.onp10.title,
  severity: "warning",
  appliesTo: "onprem",
  basis: "CISA ScubaGear MS.EXO.5.1; NIS2 art. 21(2)(j) (multi-factor authentication)",
  sources: ["cmdlet-new-authenticationpolicy", "cmdlet-new-authserver", "cmdlet-set-organizationconfig", "eurlex-nis2", "cisa-scubagear-exo"],
  remediation: RULE_TEXTS.onp10.remediation,
  check: ({ documents }) => {
    const read = onpremDocument(documents, (m) => m.onp10.subject);
    if ("missing" in read) return [read.missing];
    const modern = field(read.document, "authentication.modernAuthentication");
    if (typeof modern !== "boolean") return [undecided(say((m) => m.onp10.unknown), atOnprem("authentication.modernAuthentication"))];
    return modern
      ? []
      : [fail(say((m) => m.onp10.notSetUp), atOrg("onprem.modernAuthentication"))];
  },
};
