// What would make a design that does not fit fit: another server count, edition, host or quota.
import { V } from "./constants";
import { figure, type Shortfall } from "./feasibility";
import { chooseCandidate, MAX_PER_ROOM, type Candidate } from "./candidate";
import { copyLayout } from "./method";
import type { SizingDesign, SizingProfile } from "./result";

/** What would fit, from the numbers: another server count, edition, host or quota. */
export function whatWouldFit(s: Shortfall, chosen: Candidate, profile: SizingProfile, design: SizingDesign, others: (perRoom: number) => Candidate): string {
  const pinnedNote = (perRoom: number, extra = "") => `${perRoom} Mailbox servers per room (onprem.mailboxServers.perRoom: ${perRoom}${extra})`;
  // More servers per room, only where that design fits as a whole.
  const moreServers = () => {
    for (let perRoom = chosen.perRoom + 1; perRoom <= MAX_PER_ROOM; perRoom++) if (others(perRoom).shortfalls.length === 0) return perRoom;
    return undefined;
  };
  switch (s.resource) {
    case "dag-members":
      return `at most ${MAX_PER_ROOM} Mailbox servers per room, or a second DAG`;
    case "processors": {
      if (design.pinned.vcpu !== undefined) return `onprem.mailboxServers.vcpu at most ${s.have}`;
      const perRoom = design.pinned.perRoom === undefined ? undefined : moreServers();
      const cores = Math.ceil((Math.min(s.need, V.maxProcessorsPerServer) + V.hostReservedVcpu) / design.vcpuPerPhysicalCore);
      const hosts = s.need <= V.maxProcessorsPerServer ? `hosts of at least ${cores} physical cores (onprem.hosts.physicalCoresPerHost)` : `faster cores (a higher SPEC figure per core)`;
      return perRoom ? `${pinnedNote(perRoom)}, or ${hosts}` : hosts;
    }
    case "memory": {
      if (design.pinned.ramGB !== undefined) return `onprem.mailboxServers.ramGB at most ${s.have}`;
      const perRoom = design.pinned.perRoom === undefined ? undefined : moreServers();
      const hosts = s.need <= V.maxRamGBPerServer ? `hosts of at least ${s.need} GB (onprem.hosts.ramGBPerHost)` : "more Mailbox servers per room";
      return perRoom ? `${pinnedNote(perRoom)}, or ${hosts}` : hosts;
    }
    case "mounted-databases": {
      const perRoom = moreServers();
      const enterprise = `onprem.edition: enterprise (${V.mountedDatabasesEnterprise} mounted databases per server)`;
      if (!perRoom) return enterprise;
      const scaled = others(perRoom);
      return `${pinnedNote(perRoom, `; ${scaled.databases} databases, ${figure(scaled.mountedCopiesPerServer, 1)} copies mounted per server`)}, or ${enterprise}`;
    }
    case "room-capacity":
      return `${s.need} hosts per room of this size (onprem.hosts.perRoom: ${s.need})`;
    case "storage": {
      const needTB = Math.ceil(s.need);
      const withFree = Math.ceil(s.need / (1 - V.volumeFreeShare));
      const quota = largestFittingQuota(profile, design);
      const quotaText = quota ? `, or mailbox quotas of at most ${quota} GB (mailboxes.quotaGB)` : "";
      return `at least ${figure(needTB)} TB usable per room (${figure(withFree)} TB keeps the 20 % free ONP-06 asks)${quotaText}`;
    }
  }
}

/** The largest whole-GB quota below the current one whose design fits the rooms' storage. */
function largestFittingQuota(profile: SizingProfile, design: SizingDesign): number | undefined {
  const layout = copyLayout(design.copiesPerDatabase, design.laggedCopy, design.replayLagManager ?? true);
  const storageFits = (quotaGB: number) => {
    const p = { ...profile, quotaGB, averageSizeGB: Math.min(profile.averageSizeGB, quotaGB) };
    return !chooseCandidate(p, design, layout).chosen.shortfalls.some((s) => s.resource === "storage");
  };
  let low = 0;
  let high = Math.ceil(profile.quotaGB) - 1;
  if (high < 1 || !storageFits(1)) return undefined;
  low = 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (storageFits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

