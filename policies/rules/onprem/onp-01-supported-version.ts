import { atOrg, fail, undecided, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Exchange Server 2016 and 2019 left support on 2025-10-14 (source: microsoft-lifecycle-exchange-2019);
// Exchange Server SE is the supported successor. A recorded build must have at least the June
// 2026 security update, 15.2.2562.43 (source: microsoft-exchange-build-numbers): earlier builds
// lack the fix for CVE-2026-42897, on CISA's exploited list since 2026-05-15 (source: cve-2026-42897),
// and from July 2026 the Emergency Mitigation service gives them no new mitigations (source:
// exchange-team-june-2026-su). Builds before 15.2.2562.56 miss later published fixes (source: cve-2026-70279).
const SUPPORTED = ["SE"];
const MINIMUM_BUILD = "15.2.2562.43";
const LATEST_FIX_BUILD = "15.2.2562.56";

/** -1, 0 or 1 as build a is older than, equal to or newer than build b. */
export function compareBuilds(a: string, b: string): number {
  const [x, y] = [a, b].map((build) => build.split(".").map(Number));
  for (let i = 0; i < 4; i++) if (x![i] !== y![i]) return x![i]! < y![i]! ? -1 : 1;
  return 0;
}

export const onp01: Rule = {
  id: "ONP-01",
  title: RULE_TEXTS.onp01.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(e) (vulnerability handling); GDPR art. 32; Microsoft lifecycle: Exchange 2016/2019 end of support 2025-10-14; CVE-2026-42897 (CISA KEV 2026-05-15), fixed in Exchange SE 15.2.2562.43",
  sources: ["microsoft-lifecycle-exchange-2019", "microsoft-exchange-build-numbers", "cve-2026-42897", "exchange-team-june-2026-su", "cve-2026-70279", "eurlex-gdpr", "eurlex-nis2"],
  remediation: `Set onprem.exchangeVersion to SE (upgrade in place from 2019 CU14/CU15, migrate side by side from 2016), install the latest security update (at least ${MINIMUM_BUILD}, the June 2026 SU) and record the build in onprem.installedBuild.`,
  check: ({ documents, org }) => {
    const read = onpremDocument(documents, (m) => m.onp01.subject);
    if ("missing" in read) return [read.missing];
    const version = field(read.document, "exchange.version");
    if (typeof version !== "string") return [undecided(say((m) => m.onp01.noVersion), atOnprem("exchange.version"))];
    if (!SUPPORTED.includes(version)) {
      return [fail(say((m) => m.onp01.outOfSupport(version)), atOnprem("exchange.version"))];
    }
    const outcomes: Outcome[] = [];
    if (field(read.document, "exchange.supported") !== true) outcomes.push(fail(say((m) => m.onp01.markedUnsupported(version)), atOnprem("exchange.supported")));
    const build = org.onprem.installedBuild;
    if (build !== undefined && compareBuilds(build, MINIMUM_BUILD) < 0) {
      outcomes.push(
        fail(
          say((m) => m.onp01.buildTooOld(build, MINIMUM_BUILD)),
          atOrg("onprem.installedBuild"),
        ),
      );
    } else if (build !== undefined && compareBuilds(build, LATEST_FIX_BUILD) < 0) {
      outcomes.push(warn(say((m) => m.onp01.fixesMissing(build, LATEST_FIX_BUILD)), atOrg("onprem.installedBuild")));
    }
    return outcomes;
  },
};
