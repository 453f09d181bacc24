// Exchange Server sizing after Microsoft's method (sources in constants.ts): CPU and memory
// for the worst failure the copy layout survives, IOPS of every copy, every mounted copy
// against the edition's limit, logs by message profile and size. Pure: organization facts in,
// a design with its utilisation and its feasibility on the hosts out.
import { InputError } from "../input-error";
import { logDecisions, minimumDaysForYears } from "../retention-periods";
import type { OrganizationFile } from "../schema";
import { chooseCandidate, type Candidate } from "./candidate";
import { DESIGN, MAX_MOUNTED_DATABASES, V } from "./constants";
import type { Feasibility } from "./feasibility";
import { copyLayout, specIntRate2006FromSpecRate2017, type CopyLayout, type RoomRole } from "./method";
import type { RoomSizing, SizingDesign, SizingProfile, SizingResult } from "./result";
import { whatWouldFit } from "./what-would-fit";

export type { RoomSizing, SizingDesign, SizingProfile, SizingResult } from "./result";

export function profileFromOrganization(org: OrganizationFile): SizingProfile {
  const m = org.mailboxes;
  return {
    mailboxes: m.staff + m.shared + m.resource,
    quotaGB: m.quotaGB,
    averageSizeGB: m.averageSizeGB,
    sizeGrowthPercentPerYear: m.sizeGrowthPercentPerYear,
    countGrowthPercentPerYear: m.countGrowthPercentPerYear,
    messagesPerDay: m.messagesSentPerDay + m.messagesReceivedPerDay,
    averageMessageSizeKB: m.averageMessageSizeKB,
    horizonYears: org.cost.planningYears,
    messageTrackingDays: logDecisions(org).reduce((days, decision) => Math.max(days, minimumDaysForYears(decision.retainYears)), 0),
  };
}

/** The hosts' SPECint_rate2006 per core: given, or converted from SPECrate2017_int_base per core (source: microprocessor-trend-data-spec-factor). */
export function specIntRate2006PerCore(hosts: OrganizationFile["onprem"]["hosts"]): number {
  if (hosts.specIntRate2006PerCore !== undefined) return hosts.specIntRate2006PerCore;
  return specIntRate2006FromSpecRate2017(hosts.specRate2017IntBasePerCore!);
}

export function designFromOrganization(org: OrganizationFile): SizingDesign {
  const o = org.onprem;
  return {
    copiesPerDatabase: o.dag.copiesPerDatabase,
    laggedCopy: o.dag.laggedCopy,
    replayLagDays: o.dag.replayLagDays,
    replayLagManager: true,
    edition: o.edition,
    vcpuPerPhysicalCore: o.vcpuPerPhysicalCore,
    specIntRate2006PerCore: specIntRate2006PerCore(o.hosts),
    hostsPerRoom: o.hosts.perRoom,
    physicalCoresPerHost: o.hosts.physicalCoresPerHost,
    ramGBPerHost: o.hosts.ramGBPerHost,
    usableStorageTBPerRoom: o.hosts.usableStorageTBPerRoom,
    edgeServersPerRoom: o.edge.enabled ? o.edge.serversPerRoom : 0,
    witnessInThirdRoom: org.sites.witness.kind === "third-room",
    pinned: o.mailboxServers,
  };
}

export function sizeOrganization(org: OrganizationFile): SizingResult {
  const result = sizeExchange(profileFromOrganization(org), designFromOrganization(org));
  result.rooms[0].name = org.sites.primary.name;
  result.rooms[1].name = org.sites.recovery.name;
  return result;
}

export function sizeExchange(profile: SizingProfile, design: SizingDesign): SizingResult {
  const layout = copyLayout(design.copiesPerDatabase, design.laggedCopy, design.replayLagManager ?? true);
  const minPerRoom = Math.max(1, layout.perRoom.primary);
  if (design.pinned.perRoom !== undefined && design.pinned.perRoom < minPerRoom) {
    throw new InputError(
      "onprem.mailboxServers.perRoom",
      String(design.pinned.perRoom),
      `at least ${minPerRoom}: each room holds ${layout.perRoom.primary} copies of every database, each on its own server`,
    );
  }
  const { chosen, others } = chooseCandidate(profile, design, layout);
  const shortfalls = chosen.shortfalls.map((s) => ({ ...s, fits: whatWouldFit(s, chosen, profile, design, others) }));
  return assemble(profile, design, layout, chosen, { fits: shortfalls.length === 0, shortfalls });
}

function assemble(profile: SizingProfile, design: SizingDesign, layout: CopyLayout, c: Candidate, feasibility: Feasibility): SizingResult {
  const { perRoom, servers, mailboxes, per, vcpu, ramGB, databases, failure, load } = c;
  const edge = { perRoom: design.edgeServersPerRoom, vcpu: DESIGN.edgeVcpu, ramGB: V.minRamGBEdge };
  const witness = { location: design.witnessInThirdRoom ? ("third-room" as const) : ("azure" as const), vcpu: DESIGN.witnessVcpu, ramGB: DESIGN.witnessRamGB };
  const roomVcpu = perRoom * vcpu + edge.perRoom * edge.vcpu;
  const hostVcpuPerPhysicalCore = roomVcpu / (design.hostsPerRoom * design.physicalCoresPerHost);
  const hostFree = (provisionedGB: number) => Math.max(0, 1 - provisionedGB / (design.usableStorageTBPerRoom * 1000));
  const room = (role: RoomRole): RoomSizing => ({
    room: role,
    name: role,
    mailboxServers: perRoom,
    copiesPerDatabase: layout.perRoom[role],
    laggedCopiesPerDatabase: role === "recovery" && layout.lagged ? 1 : 0,
    databaseCopiesPerServer: c.copiesPerServer[role],
    provisionedStorageGB: c.roomStorageGB[role],
    hostVcpuPerPhysicalCore: round(hostVcpuPerPhysicalCore, 3),
    hostStorageFreeShare: round(hostFree(c.roomStorageGB[role]), 3),
  });
  const rooms: [RoomSizing, RoomSizing] = [room("primary"), room("recovery")];
  const mcyclesPerServer = (vcpu / design.vcpuPerPhysicalCore) * c.mcyclesPerCore;
  // In normal operation the active copies are in the primary room (activation preference 1).
  const normalActive = mailboxes / perRoom;
  const normalPassive = Math.max(0, (mailboxes * layout.perRoom.primary) / perRoom - normalActive);
  const mcyclesNormal = normalActive * per.activeMcycles + normalPassive * per.passiveMcycles;
  const passiveShare = V.passiveCopyIopsShare;
  const totalIops = mailboxes * per.iops * (1 + passiveShare * (layout.copies - 1));
  const projectedCopyGB = ((mailboxes * per.projectedDatabaseGB) / databases) * (1 + V.contentIndexShare) + c.dailyLogGBPerDatabase * V.logDays;
  const { description, ...failureFigures } = failure;

  return {
    horizonYears: profile.horizonYears,
    mailboxesToday: profile.mailboxes,
    mailboxesAtHorizon: mailboxes,
    messagesPerDay: profile.messagesPerDay,
    cpu: { specIntRate2006PerCore: round(design.specIntRate2006PerCore, 2), megacyclesPerCore: round(c.mcyclesPerCore, 1) },
    worstTolerableFailure: description,
    worstFailure: { ...failureFigures, activeMailboxesPerServer: round(load.active, 1), passiveCopiesPerServer: round(load.passive, 1) },
    perMailbox: {
      activeMcycles: round(per.activeMcycles, 3),
      passiveMcycles: round(per.passiveMcycles, 3),
      memoryMB: round(per.memoryMB, 2),
      iops: round(per.iops, 4),
      dailyLogMB: round(per.dailyLogMB, 2),
      databaseGB: round(per.databaseGB, 3),
      projectedDataGB: round(per.projectedDataGB, 3),
    },
    mailboxServers: {
      perRoom,
      total: servers,
      vcpu,
      ramGB,
      pinned: Object.values(design.pinned).some((value) => value !== undefined),
      coresNeededAtWorstFailure: round(c.coresNeeded, 2),
    },
    databases: {
      count: databases,
      sizeGB: round(c.databaseSizeGB, 1),
      totalGB: round(c.totalDatabaseGB, 1),
      copiesPerDatabase: layout.copies,
      laggedCopy: layout.lagged,
      mountedCopiesPerServer: round(c.mountedCopiesPerServer, 1),
      mountedLimit: MAX_MOUNTED_DATABASES[design.edition],
    },
    storage: {
      requiredDataGB: round(c.requiredDataGB, 1),
      logSpaceGB: round(c.logSpaceGB, 1),
      systemDiskGB: DESIGN.systemDiskGB,
      databaseCopyDiskGB: c.databaseCopyDiskGB,
      laggedCopyDiskGB: c.laggedCopyDiskGB,
      messageTracking: c.messageTracking,
      perServerGB: Math.max(c.dataPerServerGB.primary, c.dataPerServerGB.recovery) + c.messageTracking.diskGB,
      totalGB: rooms[0].provisionedStorageGB + rooms[1].provisionedStorageGB,
    },
    iops: { total: round(totalIops, 1), perServerAtWorstFailure: round((load.active + passiveShare * load.passive) * per.iops, 1) },
    edge,
    witness,
    rooms,
    utilisation: {
      cpuAtWorstFailure: round((c.mcyclesWorst * (1 + V.hypervisorOverhead)) / mcyclesPerServer, 3),
      cpuNormal: round((mcyclesNormal * (1 + V.hypervisorOverhead)) / mcyclesPerServer, 3),
      storageFreeAfterGrowth: round(Math.max(0, 1 - projectedCopyGB / c.databaseCopyDiskGB), 3),
      hostStorageFree: Math.min(rooms[0].hostStorageFreeShare, rooms[1].hostStorageFreeShare),
      hostVcpuPerPhysicalCore: round(hostVcpuPerPhysicalCore, 3),
    },
    feasibility,
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
