import { fail, undecided } from "../../outcome";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument } from "./document";

// Microsoft sizes Exchange to at most 80 % CPU in the worst failure mode (source:
// learn-exchange-preferred-architecture; the worst failure mode is the one the copy
// layout survives, source: exchange-team-calculator-updates-2015) and keeps database volumes
// with free space after growth (source: learn-exchange-2010-mailbox-capacity-factors); the
// sizing (model/sizing) writes its utilisation at the planning horizon into the document, with
// the free share of the rooms' usable storage that the fixed-size disks leave.
const MIN_STORAGE_FREE = 0.2;
const MAX_CPU_AT_WORST_FAILURE = 0.8;

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

export const onp06: Rule = {
  id: "ONP-06",
  title: "Sizing holds over the planning horizon: storage keeps at least 20 % free after growth, and CPU stays at or below 80 % with the largest failure the design tolerates",
  severity: "error",
  appliesTo: "onprem",
  basis: "GDPR art. 32(1)(b) (availability); NIS2 art. 21(2)(c); Exchange sizing guidance (80 % at worst failure)",
  sources: ["learn-exchange-preferred-architecture", "exchange-team-calculator-updates-2015", "learn-exchange-2010-mailbox-capacity-factors", "eurlex-gdpr", "eurlex-nis2"],
  remediation: "Add mailbox servers or host storage (onprem.hosts.usableStorageTBPerRoom), unpin onprem.mailboxServers so the sizing chooses, or lower quotas, until the utilisation at the horizon fits.",
  check: ({ documents }) => {
    const read = onpremDocument(documents, "the sizing");
    if ("missing" in read) return [read.missing];
    const outcomes: Outcome[] = [];
    const years = field(read.document, "capacity.horizonYears");
    const horizon = typeof years === "number" ? ` after ${years} years` : "";
    const free = field(read.document, "capacity.storageFreeAfterGrowth");
    if (typeof free !== "number") outcomes.push(undecided("the document does not state the free storage after growth", atOnprem("capacity.storageFreeAfterGrowth")));
    else if (free < MIN_STORAGE_FREE) {
      outcomes.push(fail(`database volumes keep ${percent(free)} free${horizon}, less than 20 %`, atOnprem("capacity.storageFreeAfterGrowth")));
    }
    // The fixed-size disks of the fuller room against its usable host storage; a room that
    // cannot hold them at all is ONP-12's finding, with the numbers.
    const hostFree = field(read.document, "capacity.hostStorageFree");
    const shortfalls = field(read.document, "capacity.shortfalls");
    const storageShort = Array.isArray(shortfalls) && shortfalls.some((s) => (s as { resource?: unknown }).resource === "storage");
    if (!storageShort) {
      if (typeof hostFree !== "number") outcomes.push(undecided("the document does not state the free host storage of the rooms", atOnprem("capacity.hostStorageFree")));
      else if (hostFree < MIN_STORAGE_FREE) {
        outcomes.push(fail(`the servers' disks leave ${percent(hostFree)} of a room's usable storage free, less than 20 %`, atOnprem("capacity.hostStorageFree")));
      }
    }
    const cpu = field(read.document, "capacity.cpuAtWorstFailure");
    if (typeof cpu !== "number") outcomes.push(undecided("the document does not state the CPU utilisation at the worst failure", atOnprem("capacity.cpuAtWorstFailure")));
    else if (cpu > MAX_CPU_AT_WORST_FAILURE) {
      const failure = field(read.document, "capacity.worstTolerableFailure");
      outcomes.push(fail(`CPU reaches ${percent(cpu)}${horizon} at the worst tolerable failure (${String(failure ?? "unknown")}), more than 80 %`, atOnprem("capacity.cpuAtWorstFailure")));
    }
    return outcomes;
  },
};
