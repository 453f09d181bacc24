import { fail, undecided } from "../../outcome";
import type { RuleMessages } from "../../../i18n/catalog";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Microsoft sizes Exchange to at most 80 % CPU in the worst failure mode (source:
// learn-exchange-preferred-architecture; the worst failure mode is the one the copy
// layout survives, source: exchange-team-calculator-updates-2015) and keeps database volumes
// with free space after growth (source: learn-exchange-2010-mailbox-capacity-factors); the
// sizing (model/sizing) writes its utilisation at the planning horizon into the document, with
// the free share of the rooms' usable storage that the fixed-size disks leave.
const MIN_STORAGE_FREE = 0.2;
const MAX_CPU_AT_WORST_FAILURE = 0.8;

export const onp06: Rule = {
  id: "ONP-06",
  title: RULE_TEXTS.onp06.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "GDPR art. 32(1)(b) (availability); NIS2 art. 21(2)(c); Exchange sizing guidance (80 % at worst failure)",
  sources: ["learn-exchange-preferred-architecture", "exchange-team-calculator-updates-2015", "learn-exchange-2010-mailbox-capacity-factors", "eurlex-gdpr", "eurlex-nis2"],
  remediation: RULE_TEXTS.onp06.remediation,
  check: ({ documents }) => {
    const read = onpremDocument(documents, (m) => m.onp06.subject);
    if ("missing" in read) return [read.missing];
    const outcomes: Outcome[] = [];
    const years = field(read.document, "capacity.horizonYears");
    const horizon = (m: RuleMessages) => (typeof years === "number" ? m.onp06.horizon(years) : "");
    const free = field(read.document, "capacity.storageFreeAfterGrowth");
    if (typeof free !== "number") outcomes.push(undecided(say((m) => m.onp06.noStorageFree), atOnprem("capacity.storageFreeAfterGrowth")));
    else if (free < MIN_STORAGE_FREE) {
      outcomes.push(fail(say((m) => m.onp06.storageFree(m.onp06.percent(free), horizon(m))), atOnprem("capacity.storageFreeAfterGrowth")));
    }
    // The fixed-size disks of the fuller room against its usable host storage; a room that
    // cannot hold them at all is ONP-12's finding, with the numbers.
    const hostFree = field(read.document, "capacity.hostStorageFree");
    const shortfalls = field(read.document, "capacity.shortfalls");
    const storageShort = Array.isArray(shortfalls) && shortfalls.some((s) => (s as { resource?: unknown }).resource === "storage");
    if (!storageShort) {
      if (typeof hostFree !== "number") outcomes.push(undecided(say((m) => m.onp06.noHostFree), atOnprem("capacity.hostStorageFree")));
      else if (hostFree < MIN_STORAGE_FREE) {
        outcomes.push(fail(say((m) => m.onp06.hostFree(m.onp06.percent(hostFree))), atOnprem("capacity.hostStorageFree")));
      }
    }
    const cpu = field(read.document, "capacity.cpuAtWorstFailure");
    if (typeof cpu !== "number") outcomes.push(undecided(say((m) => m.onp06.noCpu), atOnprem("capacity.cpuAtWorstFailure")));
    else if (cpu > MAX_CPU_AT_WORST_FAILURE) {
      const failure = field(read.document, "capacity.worstTolerableFailure");
      outcomes.push(fail(say((m) => m.onp06.cpu(m.onp06.percent(cpu), horizon(m), failure === undefined || failure === null ? m.onp06.unknownFailure : String(failure))), atOnprem("capacity.cpuAtWorstFailure")));
    }
    return outcomes;
  },
};
