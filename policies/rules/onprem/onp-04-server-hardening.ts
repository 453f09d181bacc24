import { fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument, records } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// The mitigations against the ProxyLogon/ProxyShell/ProxyNotShell class of attacks: Extended
// Protection (on by default from 2019 CU14, so SE), AMSI integration and the Emergency
// Mitigation service (sources: learn-exchange-extended-protection, cisa-ed-21-02).
const FEATURES = ["extendedProtection", "amsi", "emergencyMitigationService"] as const;

/** Set-*VirtualDirectory -ExtendedProtectionTokenChecking: None turns it off. */
const EXTENDED_PROTECTION_ON = ["Allow", "Require"];

export const onp04: Rule = {
  id: "ONP-04",
  title: RULE_TEXTS.onp04.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(e); GDPR art. 32; CISA ED 21-02 and ED 25-02 (Exchange Server exploitation)",
  sources: ["eurlex-gdpr", "eurlex-nis2", "cisa-ed-21-02", "cisa-ed-25-02", "learn-exchange-extended-protection"],
  remediation: RULE_TEXTS.onp04.remediation,
  check: ({ documents }) => {
    const read = onpremDocument(documents, (m) => m.onp04.subject);
    if ("missing" in read) return [read.missing];
    const outcomes: Outcome[] = FEATURES.flatMap((key) => {
      const value = field(read.document, `security.${key}`);
      if (value === undefined) return [undecided(say((m) => m.onp04.unknown(m.onp04.feature[key])), atOnprem(`security.${key}`))];
      return value === true ? [] : [fail(say((m) => m.onp04.off(m.onp04.feature[key])), atOnprem(`security.${key}`))];
    });
    const directories = records(field(read.document, "clientAccess.virtualDirectories"));
    if (!directories) {
      outcomes.push(undecided(say((m) => m.onp04.noDirectories), atOnprem("clientAccess.virtualDirectories")));
      return outcomes;
    }
    directories.forEach((directory, i) => {
      if (!EXTENDED_PROTECTION_ON.includes(directory.extendedProtection as string)) {
        outcomes.push(
          fail(
            say((m) => m.onp04.directory(JSON.stringify(directory.extendedProtection ?? null), String(directory.kind), String(directory.server))),
            atOnprem(`clientAccess.virtualDirectories.${i}.extendedProtection`),
          ),
        );
      }
    });
    return outcomes;
  },
};
