// One design per number of Mailbox servers per room, with what the hosts, Exchange and the
// edition cannot carry; the smallest that fits is the design.
import { DESIGN, MAX_MOUNTED_DATABASES, V } from "./constants";
import { figure, type Shortfall } from "./feasibility";
import { hostsNeeded, vcpuPerHost, vmsFitOnHosts, type VmShape } from "./hosts";
import { loadAtWorstFailure, megacyclesPerCore, perMailboxFigures, worstFailure, type CopyLayout, type RoomRole } from "./method";
import type { SizingDesign, SizingProfile } from "./result";

export const MAX_PER_ROOM = Math.floor(V.maxDagMembers / 2);

/** One design for a number of Mailbox servers per room, with what it lacks. */
export type Candidate = ReturnType<typeof evaluateCandidate>;

function mailboxesAtHorizon(profile: SizingProfile): number {
  return Math.ceil(profile.mailboxes * (1 + profile.countGrowthPercentPerYear / 100) ** profile.horizonYears - 1e-9);
}

/**
 * The message tracking logs a decision on logs keeps, on a data disk of their own per Mailbox
 * server: with two years of logs they outgrow the system disk. Any one server may carry all the
 * organization's mail (a room down, a server in maintenance), and the oldest log is deleted as
 * soon as the directory is full, so each server's directory holds the whole organization's
 * tracking volume at the horizon for the decided age. Without a decision: Exchange's default on
 * the system disk, no disk of its own.
 */
function messageTrackingVolume(profile: SizingProfile, mailboxes: number): { days: number; directoryMB: number; diskGB: number } {
  const days = profile.messageTrackingDays ?? 0;
  if (days === 0) return { days: 0, directoryMB: 0, diskGB: 0 };
  const bytes = mailboxes * profile.messagesPerDay * DESIGN.trackingLogBytesPerMessage * days;
  const directoryMB = Math.max(DESIGN.trackingLogDefaultDirectoryMB, Math.ceil(bytes / (1024 * 1024) / 1024) * 1024);
  return { days, directoryMB, diskGB: roundUpTo(directoryMB / 1024 / (1 - V.volumeFreeShare), DESIGN.diskStepGB) };
}

export function evaluateCandidate(profile: SizingProfile, design: SizingDesign, layout: CopyLayout, perRoom: number) {
  const mailboxes = mailboxesAtHorizon(profile);
  const per = perMailboxFigures(profile);
  const mcyclesPerCore = megacyclesPerCore(design.specIntRate2006PerCore);
  const servers = 2 * perRoom;
  const failure = worstFailure(layout, perRoom);
  const load = loadAtWorstFailure(mailboxes, perRoom, failure);
  const mcyclesWorst = load.active * per.activeMcycles + load.passive * per.passiveMcycles;
  const coresNeeded = (mcyclesWorst * (1 + V.hypervisorOverhead)) / (V.worstFailureUtilisation * mcyclesPerCore);
  const vcpu = design.pinned.vcpu ?? Math.max(DESIGN.minVcpuMailbox, roundUpTo(coresNeeded * design.vcpuPerPhysicalCore, DESIGN.vcpuStep));
  const ramGB = design.pinned.ramGB ?? Math.max(V.minRamGBMailbox, roundUpTo((load.active * per.memoryMB) / 1024, DESIGN.ramStepGB));

  // Databases of at most 2 TB, as many as a multiple of the DAG members so active copies spread evenly.
  const totalDatabaseGB = mailboxes * per.databaseGB;
  const databases = roundUpTo(Math.max(1, Math.ceil(totalDatabaseGB / V.maxDatabaseGB - 1e-9)), servers);
  // A mounted database is an active or a passive copy (source: learn-exchange-editions).
  const copiesPerServer = { primary: (databases * layout.perRoom.primary) / perRoom, recovery: (databases * layout.perRoom.recovery) / perRoom };
  const mountedCopiesPerServer = Math.max(copiesPerServer.primary, copiesPerServer.recovery);

  const databaseSizeGB = totalDatabaseGB / databases;
  const dailyLogGBPerDatabase = ((mailboxes / databases) * per.dailyLogMB) / 1024;
  const usableShare = 1 - V.volumeFreeShare;
  const copyDataGB = databaseSizeGB * (1 + V.contentIndexShare);
  const laggedLogDays = V.logDays + design.replayLagDays;
  const databaseCopyDiskGB = roundUpTo((copyDataGB + dailyLogGBPerDatabase * V.logDays) / usableShare, DESIGN.diskStepGB);
  const laggedCopyDiskGB = layout.lagged ? roundUpTo((copyDataGB + dailyLogGBPerDatabase * laggedLogDays) / usableShare, DESIGN.diskStepGB) : 0;
  const laggedPerServer = layout.lagged ? databases / perRoom : 0;
  const dataPerServerGB = {
    primary: copiesPerServer.primary * databaseCopyDiskGB,
    recovery: (copiesPerServer.recovery - laggedPerServer) * databaseCopyDiskGB + laggedPerServer * laggedCopyDiskGB,
  };
  const messageTracking = messageTrackingVolume(profile, mailboxes);
  const roomStorageGB = (role: RoomRole) => perRoom * (dataPerServerGB[role] + DESIGN.systemDiskGB + messageTracking.diskGB) + design.edgeServersPerRoom * DESIGN.systemDiskGB;
  const logSpaceGB = databases * dailyLogGBPerDatabase * (V.logDays * layout.copies + (layout.lagged ? design.replayLagDays : 0));

  const candidate = {
    perRoom,
    servers,
    mailboxes,
    per,
    mcyclesPerCore,
    failure,
    load,
    mcyclesWorst,
    coresNeeded,
    vcpu,
    ramGB,
    totalDatabaseGB,
    databases,
    databaseSizeGB,
    copiesPerServer,
    mountedCopiesPerServer,
    dailyLogGBPerDatabase,
    databaseCopyDiskGB,
    laggedCopyDiskGB,
    dataPerServerGB,
    messageTracking,
    roomStorageGB: { primary: roomStorageGB("primary"), recovery: roomStorageGB("recovery") },
    logSpaceGB,
    requiredDataGB: layout.copies * totalDatabaseGB * (1 + V.contentIndexShare) + logSpaceGB,
    shortfalls: [] as Shortfall[],
  };
  candidate.shortfalls = shortfallsOf(candidate, design);
  return candidate;
}

interface CandidateFigures {
  perRoom: number;
  servers: number;
  vcpu: number;
  ramGB: number;
  databases: number;
  mountedCopiesPerServer: number;
  roomStorageGB: Record<RoomRole, number>;
}

/** What the hosts, Exchange and the edition cannot carry; the "fits" text is completed by the caller. */
function shortfallsOf(c: CandidateFigures, design: SizingDesign): Shortfall[] {
  const out: Shortfall[] = [];
  const shape = { hosts: design.hostsPerRoom, physicalCoresPerHost: design.physicalCoresPerHost, ramGBPerHost: design.ramGBPerHost, vcpuPerPhysicalCore: design.vcpuPerPhysicalCore };
  const hostVcpu = vcpuPerHost(shape);
  if (c.servers > V.maxDagMembers) {
    out.push({ resource: "dag-members", field: "onprem.mailboxServers.perRoom", need: c.servers, have: V.maxDagMembers, unit: "servers", problem: `${c.servers} Mailbox servers in one DAG, and a DAG holds at most ${V.maxDagMembers}`, fits: "" });
  }
  const vcpuLimit = Math.min(V.maxProcessorsPerServer, hostVcpu);
  if (c.vcpu > vcpuLimit) {
    const host = `a host offers ${figure(hostVcpu, 1)} (${design.physicalCoresPerHost} cores x ${design.vcpuPerPhysicalCore} vCPU per core, less ${V.hostReservedVcpu} for the host)`;
    out.push({ resource: "processors", field: design.pinned.vcpu !== undefined ? "onprem.mailboxServers.vcpu" : "onprem.hosts.physicalCoresPerHost", need: c.vcpu, have: vcpuLimit, unit: "vCPU", problem: `each Mailbox server needs ${c.vcpu} vCPU; ${host} and Exchange supports at most ${V.maxProcessorsPerServer}`, fits: "" });
  }
  const ramLimit = Math.min(V.maxRamGBPerServer, design.ramGBPerHost);
  if (c.ramGB > ramLimit) {
    out.push({ resource: "memory", field: design.pinned.ramGB !== undefined ? "onprem.mailboxServers.ramGB" : "onprem.hosts.ramGBPerHost", need: c.ramGB, have: ramLimit, unit: "GB", problem: `each Mailbox server needs ${c.ramGB} GB of memory; a host has ${design.ramGBPerHost} GB and Exchange supports at most ${V.maxRamGBPerServer} GB`, fits: "" });
  }
  const limit = MAX_MOUNTED_DATABASES[design.edition];
  if (c.mountedCopiesPerServer > limit) {
    out.push({ resource: "mounted-databases", field: "onprem.edition", need: c.mountedCopiesPerServer, have: limit, unit: "mounted databases", problem: `each Mailbox server mounts ${figure(c.mountedCopiesPerServer, 1)} database copies (${c.databases} databases; active and passive copies count alike), and the ${design.edition} edition mounts at most ${limit}`, fits: "" });
  }
  const vms = roomVms(c, design);
  if (c.vcpu <= hostVcpu && c.ramGB <= design.ramGBPerHost && !vmsFitOnHosts(vms, shape)) {
    const need = { vcpu: vms.reduce((n, vm) => n + vm.vcpu, 0), ramGB: vms.reduce((n, vm) => n + vm.ramGB, 0) };
    out.push({
      resource: "room-capacity",
      field: "onprem.hosts.perRoom",
      need: hostsNeeded(vms, shape) ?? design.hostsPerRoom + 1,
      have: design.hostsPerRoom,
      unit: "hosts per room",
      problem: `a room's ${c.perRoom} Mailbox servers (${c.vcpu} vCPU, ${c.ramGB} GB each)${design.edgeServersPerRoom ? ` and ${design.edgeServersPerRoom} Edge server(s)` : ""} need ${figure(need.vcpu)} vCPU and ${figure(need.ramGB)} GB, and do not fit on ${design.hostsPerRoom} host(s) of ${figure(hostVcpu, 1)} vCPU and ${figure(design.ramGBPerHost)} GB`,
      fits: "",
    });
  }
  const fullest = Math.max(c.roomStorageGB.primary, c.roomStorageGB.recovery);
  const usableGB = design.usableStorageTBPerRoom * 1000;
  if (fullest > usableGB) {
    out.push({ resource: "storage", field: "onprem.hosts.usableStorageTBPerRoom", need: fullest / 1000, have: design.usableStorageTBPerRoom, unit: "TB", problem: `the fuller room needs ${figure(fullest / 1000, 1)} TB of disk for its servers (database copies, logs and system disks), and has ${figure(design.usableStorageTBPerRoom, 1)} TB usable`, fits: "" });
  }
  return out;
}

export function roomVms(c: { perRoom: number; vcpu: number; ramGB: number }, design: SizingDesign): VmShape[] {
  return [
    ...Array.from({ length: c.perRoom }, () => ({ vcpu: c.vcpu, ramGB: c.ramGB })),
    ...Array.from({ length: design.edgeServersPerRoom }, () => ({ vcpu: DESIGN.edgeVcpu, ramGB: V.minRamGBEdge })),
  ];
}

/** The pinned design, or the smallest even split that fits; when none fits, the one that lacks least. */
export function chooseCandidate(profile: SizingProfile, design: SizingDesign, layout: CopyLayout): { chosen: Candidate; others: (perRoom: number) => Candidate } {
  const others = (perRoom: number) => evaluateCandidate(profile, design, layout, perRoom);
  if (design.pinned.perRoom !== undefined) return { chosen: others(design.pinned.perRoom), others };
  let best: Candidate | undefined;
  for (let perRoom = Math.max(1, layout.perRoom.primary); perRoom <= MAX_PER_ROOM; perRoom++) {
    const candidate = others(perRoom);
    if (candidate.shortfalls.length === 0) return { chosen: candidate, others };
    if (!best || candidate.shortfalls.length < best.shortfalls.length) best = candidate;
  }
  return { chosen: best ?? others(Math.max(1, layout.perRoom.primary)), others };
}

export function roundUpTo(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}
