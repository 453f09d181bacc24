// Exchange Server sizing after Microsoft's method (sources in constants.ts): CPU and memory
// for the worst failure the copy layout survives, IOPS of every copy, every mounted copy
// against the edition's limit, logs by message profile and size. Pure: organization facts in,
// a design with its utilisation and its feasibility on the hosts out.
import { InputError } from "../input-error";
import type { OrganizationFile } from "../schema";
import { DESIGN, MAX_MOUNTED_DATABASES, V } from "./constants";
import { figure, type Feasibility, type Shortfall } from "./feasibility";
import { vcpuPerHost, vmsFitOnHosts, hostsNeeded, type VmShape } from "./hosts";
import {
  copyLayout,
  loadAtWorstFailure,
  megacyclesPerCore,
  perMailboxFigures,
  specIntRate2006FromSpecRate2017,
  worstFailure,
  type CopyLayout,
  type MailboxProfile,
  type RoomRole,
  type WorstFailure,
} from "./method";

export interface SizingProfile extends MailboxProfile {
  mailboxes: number;
  countGrowthPercentPerYear: number;
}

export interface SizingDesign {
  copiesPerDatabase: number;
  laggedCopy: boolean;
  replayLagDays: number;
  /** The generated configuration enables Replay Lag Manager with a lagged copy; default true. */
  replayLagManager?: boolean;
  edition: "standard" | "enterprise";
  vcpuPerPhysicalCore: number;
  /** SPECint_rate2006 per physical core, given or converted from SPECrate2017_int_base. */
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
  room: RoomRole;
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
  /** The CPU figure the sizing used, on the method's SPECint_rate2006 scale. */
  cpu: { specIntRate2006PerCore: number; megacyclesPerCore: number };
  worstTolerableFailure: string;
  worstFailure: Omit<WorstFailure, "description"> & { activeMailboxesPerServer: number; passiveCopiesPerServer: number };
  perMailbox: {
    activeMcycles: number;
    passiveMcycles: number;
    memoryMB: number;
    iops: number;
    dailyLogMB: number;
    databaseGB: number;
    projectedDataGB: number;
  };
  mailboxServers: {
    perRoom: number;
    total: number;
    vcpu: number;
    ramGB: number;
    pinned: boolean;
    /** Physical cores one server needs in the worst failure (before rounding to vCPU). */
    coresNeededAtWorstFailure: number;
  };
  databases: {
    count: number;
    sizeGB: number;
    totalGB: number;
    copiesPerDatabase: number;
    laggedCopy: boolean;
    /** Active and passive copies a server mounts, against the edition's limit. */
    mountedCopiesPerServer: number;
    mountedLimit: number;
  };
  storage: {
    /** Exact data need of all copies (databases, content index, logs) before disks are rounded. */
    requiredDataGB: number;
    /** Log space of all copies: 3 days each, plus the replay lag on the lagged copy. */
    logSpaceGB: number;
    systemDiskGB: number;
    databaseCopyDiskGB: number;
    laggedCopyDiskGB: number;
    perServerGB: number;
    totalGB: number;
  };
  /** Database IOPS of every copy (a passive copy costs half an active one). */
  iops: { total: number; perServerAtWorstFailure: number };
  edge: { perRoom: number; vcpu: number; ramGB: number };
  witness: { location: "third-room" | "azure"; vcpu: number; ramGB: number };
  rooms: [RoomSizing, RoomSizing];
  utilisation: {
    cpuAtWorstFailure: number;
    cpuNormal: number;
    storageFreeAfterGrowth: number;
    /** Never below 0: a room that cannot hold the disks is a storage shortfall in `feasibility`. */
    hostStorageFree: number;
    hostVcpuPerPhysicalCore: number;
  };
  feasibility: Feasibility;
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

const MAX_PER_ROOM = Math.floor(V.maxDagMembers / 2);

/** One design for a number of Mailbox servers per room, with what it lacks. */
type Candidate = ReturnType<typeof evaluateCandidate>;

function mailboxesAtHorizon(profile: SizingProfile): number {
  return Math.ceil(profile.mailboxes * (1 + profile.countGrowthPercentPerYear / 100) ** profile.horizonYears - 1e-9);
}

function evaluateCandidate(profile: SizingProfile, design: SizingDesign, layout: CopyLayout, perRoom: number) {
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
  const roomStorageGB = (role: RoomRole) => perRoom * (dataPerServerGB[role] + DESIGN.systemDiskGB) + design.edgeServersPerRoom * DESIGN.systemDiskGB;
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
      need: design.hostsPerRoom + 1,
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

function roomVms(c: { perRoom: number; vcpu: number; ramGB: number }, design: SizingDesign): VmShape[] {
  return [
    ...Array.from({ length: c.perRoom }, () => ({ vcpu: c.vcpu, ramGB: c.ramGB })),
    ...Array.from({ length: design.edgeServersPerRoom }, () => ({ vcpu: DESIGN.edgeVcpu, ramGB: V.minRamGBEdge })),
  ];
}

/** The pinned design, or the smallest even split that fits; when none fits, the one that lacks least. */
function chooseCandidate(profile: SizingProfile, design: SizingDesign, layout: CopyLayout): { chosen: Candidate; others: (perRoom: number) => Candidate } {
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

/** What would fit, from the numbers: another server count, edition, host or quota. */
function whatWouldFit(s: Shortfall, chosen: Candidate, profile: SizingProfile, design: SizingDesign, others: (perRoom: number) => Candidate): string {
  const pinnedNote = (perRoom: number, extra = "") => `${perRoom} Mailbox servers per room (onprem.mailboxServers.perRoom: ${perRoom}${extra})`;
  const moreServers = () => {
    for (let perRoom = chosen.perRoom + 1; perRoom <= MAX_PER_ROOM; perRoom++) {
      if (!others(perRoom).shortfalls.some((o) => o.resource === s.resource)) return perRoom;
    }
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
    case "room-capacity": {
      const shape = { hosts: design.hostsPerRoom, physicalCoresPerHost: design.physicalCoresPerHost, ramGBPerHost: design.ramGBPerHost, vcpuPerPhysicalCore: design.vcpuPerPhysicalCore };
      const hosts = hostsNeeded(roomVms(chosen, design), shape);
      return hosts ? `${hosts} hosts per room of this size (onprem.hosts.perRoom: ${hosts})` : "larger hosts";
    }
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
      perServerGB: Math.max(c.dataPerServerGB.primary, c.dataPerServerGB.recovery),
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

function roundUpTo(value: number, step: number): number {
  return Math.ceil(value / step - 1e-9) * step;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
