import { fail, undecided } from "../../outcome";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument, records } from "./document";

// The mitigations against the ProxyLogon/ProxyShell/ProxyNotShell class of attacks: Extended
// Protection (on by default from 2019 CU14, so SE), AMSI integration and the Emergency
// Mitigation service (sources: learn-exchange-extended-protection, cisa-ed-21-02).
const FEATURES = [
  { key: "extendedProtection", what: "Extended Protection" },
  { key: "amsi", what: "AMSI integration" },
  { key: "emergencyMitigationService", what: "the Emergency Mitigation service" },
] as const;

/** Set-*VirtualDirectory -ExtendedProtectionTokenChecking: None turns it off. */
const EXTENDED_PROTECTION_ON = ["Allow", "Require"];

export const onp04: Rule = {
  id: "ONP-04",
  title: "Extended Protection, AMSI integration and the Emergency Mitigation service are on",
  severity: "error",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(e); GDPR art. 32; CISA ED 21-02 and ED 25-02 (Exchange Server exploitation)",
  sources: ["eurlex-gdpr", "eurlex-nis2", "cisa-ed-21-02", "cisa-ed-25-02", "learn-exchange-extended-protection"],
  remediation: "Keep Extended Protection (Require on every virtual directory; publish with SSL bridging, not offloading), AMSI and the Emergency Mitigation service enabled.",
  check: ({ documents }) => {
    const read = onpremDocument(documents, "the server hardening");
    if ("missing" in read) return [read.missing];
    const outcomes: Outcome[] = FEATURES.flatMap(({ key, what }) => {
      const value = field(read.document, `security.${key}`);
      if (value === undefined) return [undecided(`the document does not say whether ${what} is on`, atOnprem(`security.${key}`))];
      return value === true ? [] : [fail(`${what} is off`, atOnprem(`security.${key}`))];
    });
    const directories = records(field(read.document, "clientAccess.virtualDirectories"));
    if (!directories) {
      outcomes.push(undecided("the document lists no virtual directories, so their Extended Protection cannot be judged", atOnprem("clientAccess.virtualDirectories")));
      return outcomes;
    }
    directories.forEach((directory, i) => {
      if (!EXTENDED_PROTECTION_ON.includes(directory.extendedProtection as string)) {
        outcomes.push(
          fail(
            `Extended Protection is ${JSON.stringify(directory.extendedProtection ?? null)} on the ${String(directory.kind)} virtual directory of ${String(directory.server)}`,
            atOnprem(`clientAccess.virtualDirectories.${i}.extendedProtection`),
          ),
        );
      }
    });
    return outcomes;
  },
};
