import { fail, undecided, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument, records } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Exchange Server does not sign DKIM: a signer must be on the path outbound mail takes. When
// mail leaves straight from Edge (DNS routing) the named signer never sees it, and a DMARC
// policy of reject then tells receivers to refuse the organization's own mail whenever SPF
// does not align (forwarding, mailing lists). So: DMARC reject only with a signer the Internet
// connector routes through (sources: cmdlet-set-sendconnector, learn-dkim-configure).
export const onp15: Rule = {
  id: "ONP-15",
  title: RULE_TEXTS.onp15.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "RFC 7489 (DMARC) and RFC 6376 (DKIM); NIS2 art. 21(2)(h); Set-SendConnector -SmartHosts",
  sources: ["cmdlet-set-sendconnector", "learn-dkim-configure", "eurlex-nis2"],
  remediation: RULE_TEXTS.onp15.remediation,
  check: ({ documents }) => {
    const read = onpremDocument(documents, (m) => m.onp15.subject);
    if ("missing" in read) return [read.missing];
    const dmarc = records(field(read.document, "mailAuthentication.dmarc"));
    const route = field(read.document, "transport.internet");
    if (!dmarc || route === undefined) return [undecided(say((m) => m.onp15.unknown), atOnprem("transport.internet"))];
    const signerOnPath = typeof field(read.document, "transport.internet.smartHost") === "string";
    if (signerOnPath) return [];
    const outcomes: Outcome[] = [];
    dmarc.forEach((record, i) => {
      const domain = String(record.domain);
      if (record.policy === "reject") outcomes.push(fail(say((m) => m.onp15.reject(domain)), atOnprem(`mailAuthentication.dmarc.${i}.policy`)));
      else if (record.policy === "quarantine") outcomes.push(warn(say((m) => m.onp15.quarantine(domain)), atOnprem(`mailAuthentication.dmarc.${i}.policy`)));
    });
    return outcomes;
  },
};
