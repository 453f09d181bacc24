import { fail } from "../../outcome";
import type { Rule } from "../../types";
import { at, expectFact, optionDocument, stringsAt } from "./documents";

// The client protocols an Exchange Server authentication policy can block Basic for (Exchange 2019
// CU2 and later, so SE; source: cmdlet-new-authenticationpolicy). SMTP AUTH is off with the client submission connectors.
const CLIENT_PROTOCOLS = ["ActiveSync", "Autodiscover", "Imap", "Mapi", "OfflineAddressBook", "Pop", "Rpc", "WebServices"];

export const exo04: Rule = {
  id: "EXO-04",
  title: "SMTP AUTH / basic authentication for clients is off; on-prem uses modern (OAuth) authentication (MS.EXO.5.1)",
  severity: "error",
  appliesTo: "both",
  basis: "CISA ScubaGear MS.EXO.5.1; NIS2 art. 21(2)(j); GDPR art. 32",
  sources: ["eurlex-gdpr", "eurlex-nis2", "cisa-scubagear-exo"],
  remediation: "Exchange Online: SmtpClientAuthenticationDisabled true. On-prem: modern authentication with OAuth2ClientProfileEnabled, an authentication policy that blocks Basic for every client protocol, and the client submission connectors disabled.",
  check: (input) => {
    const doc = optionDocument(input, "client authentication");
    if ("missing" in doc) return [doc.missing];
    if (doc.option === "online") return expectFact(doc, "settings.transportConfig.SmtpClientAuthenticationDisabled", true, "SMTP AUTH is enabled for the organization");
    const outcomes = [
      ...expectFact(doc, "authentication.modernAuthentication", true, "modern authentication is off"),
      ...expectFact(doc, "authentication.oauth2ClientProfileEnabled", true, "the OAuth2 client profile is off"),
      ...expectFact(doc, "authentication.smtpClientAuthentication", false, "SMTP client authentication is on"),
      ...expectFact(doc, "transport.clientSubmission.enabled", false, "the client submission connectors (SMTP AUTH with Basic) are enabled"),
    ];
    const blocked = stringsAt(doc.document, "authentication.basicAuthenticationBlockedFor") ?? [];
    const open = CLIENT_PROTOCOLS.filter((protocol) => !blocked.includes(protocol));
    if (open.length) outcomes.push(fail(`Basic authentication is not blocked for ${open.join(", ")}`, at(doc, "authentication.basicAuthenticationBlockedFor")));
    return outcomes;
  },
};
