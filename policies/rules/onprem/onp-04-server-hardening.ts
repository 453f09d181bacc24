import { fail, undecided, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument, records } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";
import { EXPECTED_EXTENDED_PROTECTION, EXTENDED_PROTECTION_SOURCES, type ExtendedProtection } from "../../../model/exchange-onprem/extended-protection";

// The mitigations against the ProxyLogon/ProxyShell/ProxyNotShell class of attacks: Extended
// Protection (on by default from 2019 CU14, so SE), AMSI integration and the Emergency
// Mitigation service (sources: learn-exchange-extended-protection, cisa-ed-21-02).
const FEATURES = ["extendedProtection", "amsi", "emergencyMitigationService"] as const;

/** Set-*VirtualDirectory -ExtendedProtectionTokenChecking, weakest first. */
const STRENGTH: Record<ExtendedProtection, number> = { None: 0, Allow: 1, Require: 2 };

export const onp04: Rule = {
  id: "ONP-04",
  title: RULE_TEXTS.onp04.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(e); GDPR art. 32; CISA ED 21-02 and ED 25-02 (Exchange Server exploitation)",
  sources: ["eurlex-gdpr", "eurlex-nis2", "cisa-ed-21-02", "cisa-ed-25-02", ...EXTENDED_PROTECTION_SOURCES],
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
    // Each front-end directory against Microsoft's table: below it is open to relay attacks
    // (an error), above it breaks clients such as Outlook for Mac's OAB download (a warning).
    directories.forEach((directory, i) => {
      const at = atOnprem(`clientAccess.virtualDirectories.${i}.extendedProtection`);
      const kind = String(directory.kind);
      const expected = (EXPECTED_EXTENDED_PROTECTION as Record<string, ExtendedProtection | undefined>)[kind];
      const value = directory.extendedProtection as string;
      const strength = (STRENGTH as Record<string, number | undefined>)[value];
      if (expected === undefined || strength === undefined) {
        outcomes.push(undecided(say((m) => m.onp04.unknownDirectory(JSON.stringify(value ?? null), kind, String(directory.server))), at));
      } else if (strength < STRENGTH[expected]) {
        outcomes.push(fail(say((m) => m.onp04.below(value, expected, kind, String(directory.server))), at));
      } else if (strength > STRENGTH[expected]) {
        outcomes.push(warn(say((m) => m.onp04.above(value, expected, kind, String(directory.server))), at));
      }
    });
    return outcomes;
  },
};
