import { atOrg, fail, undecided, warn } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";
import { EXCHANGE_SE_BUILDS, compareBuilds, latestBuild } from "../../../model/exchange-onprem/exchange-builds";
import { daysBetween } from "../../dates";

// Exchange Server 2016 and 2019 left support on 2025-10-14 (source: microsoft-lifecycle-exchange-2019);
// Exchange Server SE is the supported successor. A recorded build must have at least the June
// 2026 security update, 15.2.2562.43 (source: microsoft-exchange-build-numbers): earlier builds
// lack the fix for CVE-2026-42897, on CISA's exploited list since 2026-05-15 (source: cve-2026-42897),
// and from July 2026 the Emergency Mitigation service gives them no new mitigations (source:
// exchange-team-june-2026-su). Below the newest build in Microsoft's table (recorded in
// model/exchange-onprem/exchange-builds.ts) the servers are "not on the latest SU", as
// HealthChecker says; and a table not read for 45 days may itself miss a newer update.
const SUPPORTED = ["SE"];
const MINIMUM_BUILD = "15.2.2562.43";


export const onp01: Rule = {
  id: "ONP-01",
  title: RULE_TEXTS.onp01.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(e) (vulnerability handling); GDPR art. 32; Microsoft lifecycle: Exchange 2016/2019 end of support 2025-10-14; CVE-2026-42897 (CISA KEV 2026-05-15), fixed in Exchange SE 15.2.2562.43; Microsoft's build table",
  sources: ["microsoft-lifecycle-exchange-2019", "microsoft-exchange-build-numbers", "cve-2026-42897", "exchange-team-june-2026-su", "eurlex-gdpr", "eurlex-nis2"],
  remediation: `Set onprem.exchangeVersion to SE (upgrade in place from 2019 CU14/CU15, migrate side by side from 2016), install the latest security update (at least ${MINIMUM_BUILD}, the June 2026 SU) and record the build in onprem.installedBuild.`,
  dated: true,
  check: ({ documents, org, asOf }) => {
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
    const latest = latestBuild();
    if (build !== undefined && compareBuilds(build, MINIMUM_BUILD) < 0) {
      outcomes.push(fail(say((m) => m.onp01.buildTooOld(build, MINIMUM_BUILD)), atOrg("onprem.installedBuild")));
    } else if (build !== undefined && compareBuilds(build, latest.build) < 0) {
      outcomes.push(warn(say((m) => m.onp01.notLatest(build, latest.build, latest.name, latest.released)), atOrg("onprem.installedBuild")));
    }
    const age = daysBetween(EXCHANGE_SE_BUILDS.read, asOf);
    if (age > EXCHANGE_SE_BUILDS.staleAfterDays) {
      outcomes.push(warn(say((m) => m.onp01.tableStale(EXCHANGE_SE_BUILDS.read, age, asOf)), atOrg("onprem.installedBuild")));
    }
    return outcomes;
  },
};
