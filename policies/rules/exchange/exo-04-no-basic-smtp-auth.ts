import { fail } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { at, expectFact, optionDocument, stringsAt } from "./documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// The client protocols an Exchange Server authentication policy can block Basic for (Exchange 2019
// CU2 and later, so SE; source: cmdlet-new-authenticationpolicy). SMTP AUTH is off with the client submission connectors.
const CLIENT_PROTOCOLS = ["ActiveSync", "Autodiscover", "Imap", "Mapi", "OfflineAddressBook", "Pop", "Rpc", "WebServices"];

export const exo04: Rule = {
  id: "EXO-04",
  title: RULE_TEXTS.exo04.title,
  severity: "error",
  appliesTo: "both",
  basis: "CISA ScubaGear MS.EXO.5.1; NIS2 art. 21(2)(j); GDPR art. 32",
  sources: ["eurlex-gdpr", "eurlex-nis2", "cisa-scubagear-exo"],
  remediation: RULE_TEXTS.exo04.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.exo04.subject);
    if ("missing" in doc) return [doc.missing];
    if (doc.option === "online") return expectFact(doc, "settings.transportConfig.SmtpClientAuthenticationDisabled", true, (m) => m.exo04.smtpAuthOn);
    const outcomes = [
      ...expectFact(doc, "authentication.modernAuthentication", true, (m) => m.exo04.modernAuthOff),
      ...expectFact(doc, "authentication.oauth2ClientProfileEnabled", true, (m) => m.exo04.oauthProfileOff),
      ...expectFact(doc, "authentication.smtpClientAuthentication", false, (m) => m.exo04.smtpClientAuthOn),
      ...expectFact(doc, "transport.clientSubmission.enabled", false, (m) => m.exo04.clientSubmissionOn),
    ];
    const blocked = stringsAt(doc.document, "authentication.basicAuthenticationBlockedFor") ?? [];
    const open = CLIENT_PROTOCOLS.filter((protocol) => !blocked.includes(protocol));
    if (open.length) outcomes.push(fail(say((m) => m.exo04.basicNotBlocked(open)), at(doc, "authentication.basicAuthenticationBlockedFor")));
    return outcomes;
  },
};
