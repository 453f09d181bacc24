// Exchange Server sizing after Microsoft's method ("Ask the Perf Guy" 2013/2016 and the
// storage design guidance), as summarised in ../shared/reference/onprem-exchange.md §3.
// Pure: organization facts in, a design with its utilisation figures out.
import { InputError } from "../input-error";
import type { OrganizationFile } from "../schema";
import * as C from "./constants";

export interface SizingProfile {
  mailboxes: number;
  quotaGB: number;
  averageSizeGB: number;
  sizeGrowthPercentPerYear: number;
  countGrowthPercentPerYear: number;
  messagesPerDay: number;
  averageMessageSizeKB: number;
  horizonYears: number;
}

export interface SizingDesign {
  copiesPerDatabase: number;
  laggedCopy: boolean;
  replayLagDays: number;
  edition: "standard" | "enterprise";
  vcpuPerPhysicalCore: number;
  specIntRate2006PerCore: number;
  hostsPerRoom: number;
  physicalCoresPerHost: number;
  ramGBPerHost: number;
  usableStorageTBPerRoom: number;
  edgeServersPerRoom: number;
  witnessInThirdRoom: boolean;
  pinned: { perRoom?: number; vcpu?: number; ramGB?: number };
}

export interface RoomSizing {
  room: "primary" | "recovery";
  name: string;
  mailboxServers: number;
  copiesPerDatabase: number;
  laggedCopiesPerDatabase: number;
  databaseCopiesPerServer: number;
  provisionedStorageGB: number;
  hostVcpuPerPhysicalCore: number;
  hostStorageFreeShare: number;
}

export interface SizingResult {
  horizonYears: number;
  mailboxesToday: number;
  mailboxesAtHorizon: number;
  messagesPerDay: number;
  worstTolerableFailure: string;
  perMailbox: {
    activeMcycles: number;
    passiveMcycles: number;
    memoryMB: number;
    iops: number;
    dailyLogMB: number;
    databaseGB: number;
    projectedDataGB: number;
  };
  mailboxServers: { perRoom: number; total: number; vcpu: number; ramGB: number; pinned: boolean };
  databases: { count: number; sizeGB: number; totalGB: number; copiesPerDatabase: number; laggedCopy: boolean };
  storage: {
    /** Exact data need of all copies (databases, content index, logs) before disks are rounded. */
    requiredDataGB: number;
    systemDiskGB: number;
    databaseCopyDiskGB: number;
    laggedCopyDiskGB: number;
    perServerGB: number;
    totalGB: number;
  };
  iops: { total: number; perServerAtWorstFailure: number };
  edge: { perRoom: number; vcpu: number; ramGB: number };
  witness: { location: "third-room" | "azure"; vcpu: number; ramGB: number };
  rooms: [RoomSizing, RoomSizing];
  utilisation: {
    cpuAtWorstFailure: number;
    cpuNormal: number;
    storageFreeAfterGrowth: number;
    hostStorageFree: number;
    hostVcpuPerPhysicalCore: number;
  };
}

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
  };
}

export function designFromOrganization(org: OrganizationFile): SizingDesign {
  const o = org.onprem;
  return {
    copiesPerDatabase: o.dag.copiesPerDatabase,
    laggedCopy: o.dag.laggedCopy,
    replayLagDays: o.dag.replayLagDays,
    edition: o.edition,
    vcpuPerPhysicalCore: o.vcpuPerPhysicalCore,
    specIntRate2006PerCore: o.hosts.specIntRate2006PerCore,
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

/** Per-mailbox figures of Microsoft's tables and storage formula. */
export function perMailboxFigures(profile: SizingProfile) {
  const msgs = profile.messagesPerDay;
  const dailyMailGB = (msgs * profile.averageMessageSizeKB) / 1024 / 1024;
  const whitespaceGB = dailyMailGB;
  const dumpsterGB = dailyMailGB * C.DELETED_ITEM_RETENTION_DAYS + profile.quotaGB * C.DUMPSTER_QUOTA_SHARE;
  const growth = (1 + profile.sizeGrowthPercentPerYear / 100) ** profile.horizonYears;
  const projectedDataGB = Math.min(profile.quotaGB, profile.averageSizeGB * growth);
  return {
    activeMcycles: C.MCYCLES_ACTIVE_PER_MESSAGE * msgs,
    passiveMcycles: C.MCYCLES_PASSIVE_PER_MESSAGE * msgs,
    memoryMB: C.MEMORY_MB_PER_MESSAGE * msgs,
    iops: C.IOPS_PER_MESSAGE * msgs * C.IOPS_HEADROOM,
    dailyLogMB: C.LOG_MB_PER_MESSAGE * msgs,
    // Designed for a full mailbox: the quota, plus whitespace and dumpster, plus database overhead.
    databaseGB: (profile.quotaGB + whitespaceGB + dumpsterGB) * C.DATABASE_OVERHEAD,
    // What the mailboxes are expected to hold at the horizon, on the same terms.
    projectedDatabaseGB: (projectedDataGB + whitespaceGB + dumpsterGB) * C.DATABASE_OVERHEAD,
    projectedDataGB,
  };
}

export function sizeExchange(profile: SizingProfile, design: SizingDesign): SizingResult {
  const copies = design.copiesPerDatabase;
  // Copies are split across the two rooms; the primary room holds the larger half.
  const copiesPrimary = Math.ceil(copies / 2);
  const copiesRecovery = copies - copiesPrimary;
  // The worst tolerable failure is the loss of the room with more copies (a DAG of one copy tolerates none).
  const survivingCopies = copiesRecovery >= 1 ? copiesRecovery : copiesPrimary;
  const mailboxes = Math.ceil(profile.mailboxes * (1 + profile.countGrowthPercentPerYear / 100) ** profile.horizonYears);
  const per = perMailboxFigures(profile);
  const mcyclesPerCore = (design.specIntRate2006PerCore * C.BASELINE_MCYCLES_PER_CORE) / C.BASELINE_SPECINT_PER_CORE;
  const hostVcpuCapacity = design.physicalCoresPerHost * design.vcpuPerPhysicalCore - C.HOST_RESERVED_VCPU;
  const minPerRoom = Math.max(1, copiesPrimary);

  const evaluate = (perRoom: number) => {
    const servers = 2 * perRoom;
    const survivingServers = copiesRecovery >= 1 ? perRoom : servers;
    const activePerServerWorst = mailboxes / survivingServers;
    const mcyclesWorst = activePerServerWorst * (per.activeMcycles + (survivingCopies - 1) * per.passiveMcycles);
    const mcyclesNormal = (mailboxes / servers) * (per.activeMcycles + (copies - 1) * per.passiveMcycles);
    const coresNeeded = (mcyclesWorst * (1 + C.HYPERVISOR_OVERHEAD)) / (C.WORST_FAILURE_UTILISATION * mcyclesPerCore);
    const vcpu = design.pinned.vcpu ?? Math.max(4, roundUpTo(coresNeeded * design.vcpuPerPhysicalCore, 2));
    const ramGB =
      design.pinned.ramGB ??
      Math.max(C.MIN_RAM_GB_MAILBOX, roundUpTo((activePerServerWorst * per.memoryMB) / 1024, C.RAM_STEP_GB));
    const totalDatabaseGB = mailboxes * per.databaseGB;
    const databases = roundUpTo(Math.max(1, Math.ceil(totalDatabaseGB / C.MAX_DATABASE_GB)), servers);
    const mountedAtWorst = databases / survivingServers;
    const coresPerServer = vcpu / design.vcpuPerPhysicalCore;
    const fits =
      coresPerServer <= C.MAX_CORES_PER_SERVER &&
      vcpu <= hostVcpuCapacity &&
      ramGB <= Math.min(C.MAX_RAM_GB_PER_SERVER, design.ramGBPerHost) &&
      mountedAtWorst <= C.MAX_MOUNTED_DATABASES[design.edition];
    return { perRoom, servers, survivingServers, mcyclesWorst, mcyclesNormal, vcpu, ramGB, totalDatabaseGB, databases, fits };
  };

  let chosen: ReturnType<typeof evaluate> | undefined;
  if (design.pinned.perRoom !== undefined) {
    if (design.pinned.perRoom < minPerRoom) {
      throw new InputError(
        "onprem.mailboxServers.perRoom",
        String(design.pinned.perRoom),
        `at least ${minPerRoom}: each room holds ${copiesPrimary} copies of every database, each on its own server`,
      );
    }
    chosen = evaluate(design.pinned.perRoom);
  } else {
    for (let perRoom = minPerRoom; 2 * perRoom <= C.MAX_DAG_MEMBERS; perRoom++) {
      const candidate = evaluate(perRoom);
      if (candidate.fits) {
        chosen = candidate;
        break;
      }
    }
  }
  if (!chosen) {
    throw new InputError(
      "onprem.hosts",
      `${design.physicalCoresPerHost} cores and ${design.ramGBPerHost} GB per host for ${mailboxes} mailboxes at ${profile.messagesPerDay} messages a day`,
      `hosts on which a DAG of at most ${C.MAX_DAG_MEMBERS} servers fits Exchange's limits (48 cores, 256 GB per server, ${C.MAX_MOUNTED_DATABASES[design.edition]} mounted databases for the ${design.edition} edition)`,
    );
  }

  const { perRoom, servers, survivingServers, vcpu, ramGB, databases, totalDatabaseGB } = chosen;
  const databaseSizeGB = totalDatabaseGB / databases;
  const dailyLogGBPerDatabase = ((mailboxes / databases) * per.dailyLogMB) / 1024;
  const usableShare = 1 - C.MIN_FREE_STORAGE_SHARE;
  const copyDataGB = databaseSizeGB * (1 + C.CONTENT_INDEX_SHARE);
  const databaseCopyDiskGB = roundUpTo((copyDataGB + dailyLogGBPerDatabase * C.LOG_TRUNCATION_FAILURE_DAYS) / usableShare, 10);
  const lagged = design.laggedCopy && copiesRecovery >= 1;
  const laggedLogDays = C.LOG_TRUNCATION_FAILURE_DAYS + design.replayLagDays;
  const laggedCopyDiskGB = lagged ? roundUpTo((copyDataGB + dailyLogGBPerDatabase * laggedLogDays) / usableShare, 10) : 0;
  const copiesPerServerPrimary = (databases * copiesPrimary) / perRoom;
  const copiesPerServerRecovery = (databases * copiesRecovery) / perRoom;
  const laggedPerServer = lagged ? databases / perRoom : 0;
  const serverStorage = (copiesPerServer: number, laggedCopies: number) =>
    (copiesPerServer - laggedCopies) * databaseCopyDiskGB + laggedCopies * laggedCopyDiskGB;
  const storagePrimary = serverStorage(copiesPerServerPrimary, 0);
  const storageRecovery = serverStorage(copiesPerServerRecovery, laggedPerServer);
  const perServerGB = Math.max(storagePrimary, storageRecovery);
  const requiredDataGB =
    copies * (totalDatabaseGB * (1 + C.CONTENT_INDEX_SHARE) + dailyLogGBPerDatabase * databases * C.LOG_TRUNCATION_FAILURE_DAYS) +
    (lagged ? dailyLogGBPerDatabase * databases * design.replayLagDays : 0);

  // Expected use at the horizon on the same volumes: projected data instead of a full quota.
  const projectedCopyGB =
    ((mailboxes * per.projectedDatabaseGB) / databases) * (1 + C.CONTENT_INDEX_SHARE) +
    dailyLogGBPerDatabase * C.LOG_TRUNCATION_FAILURE_DAYS;
  const storageFreeAfterGrowth = 1 - projectedCopyGB / databaseCopyDiskGB;

  const edge = { perRoom: design.edgeServersPerRoom, vcpu: C.EDGE_VCPU, ramGB: C.MIN_RAM_GB_EDGE };
  const witness = design.witnessInThirdRoom
    ? { location: "third-room" as const, vcpu: C.WITNESS_VCPU, ramGB: C.WITNESS_RAM_GB }
    : { location: "azure" as const, vcpu: C.WITNESS_VCPU, ramGB: C.WITNESS_RAM_GB };
  const roomVcpu = perRoom * vcpu + edge.perRoom * edge.vcpu;
  const hostVcpuPerPhysicalCore = roomVcpu / (design.hostsPerRoom * design.physicalCoresPerHost);
  const roomStorageGB = (dataGB: number) =>
    perRoom * (dataGB + C.SYSTEM_DISK_GB) + edge.perRoom * C.SYSTEM_DISK_GB;
  const hostFree = (provisionedGB: number) => 1 - provisionedGB / (design.usableStorageTBPerRoom * 1000);
  const room = (role: "primary" | "recovery", copiesHere: number, perServer: number, dataGB: number): RoomSizing => ({
    room: role,
    name: role,
    mailboxServers: perRoom,
    copiesPerDatabase: copiesHere,
    laggedCopiesPerDatabase: role === "recovery" && lagged ? 1 : 0,
    databaseCopiesPerServer: perServer,
    provisionedStorageGB: roomStorageGB(dataGB),
    hostVcpuPerPhysicalCore: round(hostVcpuPerPhysicalCore, 3),
    hostStorageFreeShare: round(hostFree(roomStorageGB(dataGB)), 3),
  });
  const rooms: [RoomSizing, RoomSizing] = [
    room("primary", copiesPrimary, copiesPerServerPrimary, storagePrimary),
    room("recovery", copiesRecovery, copiesPerServerRecovery, storageRecovery),
  ];
  const mcyclesPerServer = (vcpu / design.vcpuPerPhysicalCore) * mcyclesPerCore;
  const totalIops = mailboxes * per.iops;

  return {
    horizonYears: profile.horizonYears,
    mailboxesToday: profile.mailboxes,
    mailboxesAtHorizon: mailboxes,
    messagesPerDay: profile.messagesPerDay,
    worstTolerableFailure:
      copiesRecovery >= 1 ? "loss of the primary room (all its servers)" : "none: a single copy per database tolerates no failure",
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
    },
    databases: {
      count: databases,
      sizeGB: round(databaseSizeGB, 1),
      totalGB: round(totalDatabaseGB, 1),
      copiesPerDatabase: copies,
      laggedCopy: lagged,
    },
    storage: {
      requiredDataGB: round(requiredDataGB, 1),
      systemDiskGB: C.SYSTEM_DISK_GB,
      databaseCopyDiskGB,
      laggedCopyDiskGB,
      perServerGB,
      totalGB: rooms[0].provisionedStorageGB + rooms[1].provisionedStorageGB,
    },
    iops: { total: round(totalIops, 1), perServerAtWorstFailure: round(totalIops / survivingServers, 1) },
    edge,
    witness,
    rooms,
    utilisation: {
      cpuAtWorstFailure: round((chosen.mcyclesWorst * (1 + C.HYPERVISOR_OVERHEAD)) / mcyclesPerServer, 3),
      cpuNormal: round((chosen.mcyclesNormal * (1 + C.HYPERVISOR_OVERHEAD)) / mcyclesPerServer, 3),
      storageFreeAfterGrowth: round(storageFreeAfterGrowth, 3),
      hostStorageFree: Math.min(rooms[0].hostStorageFreeShare, rooms[1].hostStorageFreeShare),
      hostVcpuPerPhysicalCore: round(hostVcpuPerPhysicalCore, 3),
    },
  };
}

function roundUpTo(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
