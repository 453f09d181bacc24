// What the sizing takes and gives: the organization's mailbox profile and design choices
// in, the sized design with its utilisation and feasibility out.
import type { Feasibility } from "./feasibility";
import type { MailboxProfile, RoomRole, WorstFailure } from "./method";

export interface SizingProfile extends MailboxProfile {
  mailboxes: number;
  countGrowthPercentPerYear: number;
  /** Days the message tracking logs are kept by a decision on logs; 0 (Exchange's own default) without one. */
  messageTrackingDays?: number;
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
    /** The message tracking logs a decision on logs keeps: days, directory size, and each Mailbox server's disk for them (0 without a decision). */
    messageTracking: { days: number; directoryMB: number; diskGB: number };
    /** Data disks of the fullest Mailbox server: its copies and its message tracking log disk. */
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
