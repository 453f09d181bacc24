import { fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { at, expectFact, listAt, missingFact, optionDocument, stringsAt, valueAt } from "./documents";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// GDPR art. 32(1)(a) and NIS2 art. 21(2)(h): SMTP over TLS 1.2 or later.
const LEGACY = ["TLS 1.0", "TLS 1.1"];

export const exo08: Rule = {
  id: "EXO-08",
  title: RULE_TEXTS.exo08.title,
  severity: "error",
  appliesTo: "both",
  basis: "GDPR art. 32(1)(a); NIS2 art. 21(2)(h)",
  sources: ["eurlex-gdpr", "eurlex-nis2"],
  remediation: RULE_TEXTS.exo08.remediation,
  check: (input) => {
    const doc = optionDocument(input, (m) => m.exo08.subject);
    if ("missing" in doc) return [doc.missing];
    if (doc.option === "online") return expectFact(doc, "settings.transportConfig.AllowLegacyTLSClients", false, (m) => m.exo08.legacyClientsAllowed);
    const outcomes: Outcome[] = [];
    const raw = valueAt(doc.document, "transport.tls.minimumVersion");
    const minimum = typeof raw === "string" || typeof raw === "number" ? Number(raw) : Number.NaN;
    if (Number.isNaN(minimum)) outcomes.push(undecided(say((m) => m.exo08.unknownMinimum), at(doc, "transport.tls.minimumVersion")));
    else if (minimum < 1.2) outcomes.push(fail(say((m) => m.exo08.minimumTooLow(minimum)), at(doc, "transport.tls.minimumVersion")));
    const disabled = stringsAt(doc.document, "transport.tls.legacyVersionsDisabled") ?? [];
    const enabled = LEGACY.filter((version) => !disabled.includes(version));
    if (enabled.length) outcomes.push(fail(say((m) => m.exo08.legacyEnabled(enabled)), at(doc, "transport.tls.legacyVersionsDisabled")));
    for (const kind of ["receiveConnectors", "sendConnectors"]) {
      const connectors = listAt(doc.document, `transport.${kind}`);
      if (!connectors) outcomes.push(missingFact(doc, `transport.${kind}`, (m) => m.exo08.connectorTls));
      else connectors.forEach((c, i) => outcomes.push(...expectFact(doc, `transport.${kind}.${i}.requireTls`, true, (m) => m.exo08.connectorWithoutTls(String(c.name)))));
    }
    return outcomes;
  },
};
