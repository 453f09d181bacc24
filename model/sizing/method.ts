// The formulas of Microsoft's sizing method, one function per step; sizing.ts puts them
// together. Constants and their sources: constants.ts.
import { V } from "./constants";

/** Log generation grows with the message size: x1 up to 75 KB, x1.9 at 150 KB (source: exchange-team-transaction-log-capacity). */
export function logSizeFactor(averageMessageKB: number): number {
  const reference = V.logReferenceMessageKB;
  const doubled = 2 * reference;
  if (averageMessageKB <= reference) return 1;
  // Between the two published points the factor is interpolated; beyond 150 KB it keeps
  // growing in proportion to the size (each further doubling doubles it).
  if (averageMessageKB <= doubled) return 1 + ((V.logFactorAtDoubleSize - 1) * (averageMessageKB - reference)) / reference;
  return (V.logFactorAtDoubleSize * averageMessageKB) / doubled;
}

export interface MailboxProfile {
  quotaGB: number;
  averageSizeGB: number;
  sizeGrowthPercentPerYear: number;
  messagesPerDay: number;
  averageMessageSizeKB: number;
  horizonYears: number;
}

/** Per-mailbox figures of Microsoft's tables and storage formula. */
export function perMailboxFigures(profile: MailboxProfile) {
  const msgs = profile.messagesPerDay;
  const dailyMailGB = (msgs * profile.averageMessageSizeKB) / 1024 / 1024;
  const whitespaceGB = dailyMailGB;
  const dumpsterGB = dailyMailGB * V.deletedItemRetentionDays + profile.quotaGB * (V.singleItemRecoveryQuotaShare + V.calendarVersionQuotaShare);
  const growth = (1 + profile.sizeGrowthPercentPerYear / 100) ** profile.horizonYears;
  const projectedDataGB = Math.min(profile.quotaGB, profile.averageSizeGB * growth);
  return {
    activeMcycles: V.activeMcyclesPerMessage * msgs,
    passiveMcycles: V.passiveMcyclesPerMessage * msgs,
    memoryMB: V.memoryMBPerMessage * msgs,
    /** Database IOPS of the active copy; a passive copy costs passiveCopyIopsShare of it. */
    iops: V.iopsPerMessage * msgs * V.iopsOverhead,
    dailyLogMB: V.logsPerMessage * msgs * logSizeFactor(profile.averageMessageSizeKB),
    // Designed for a full mailbox: the quota, plus whitespace and dumpster, provisioned at 120 %.
    databaseGB: (profile.quotaGB + whitespaceGB + dumpsterGB) * V.databaseProvisionFactor,
    // What the mailboxes are expected to hold at the horizon, on the same terms.
    projectedDatabaseGB: (projectedDataGB + whitespaceGB + dumpsterGB) * V.databaseProvisionFactor,
    projectedDataGB,
  };
}

/** Available megacycles of one physical core (source: exchange-team-megacycle-formula-2010). */
export function megacyclesPerCore(specIntRate2006PerCore: number): number {
  return (specIntRate2006PerCore * V.baselineMhzPerCore) / V.baselineSpecIntRate2006PerCore;
}

/** SPECrate2017_int_base per core on the SPECint_rate2006 scale of the megacycle baseline. */
export function specIntRate2006FromSpecRate2017(perCore: number): number {
  return perCore * V.specRate2017ToInt2006;
}

export type RoomRole = "primary" | "recovery";

/** Copies split over the two rooms; the primary room holds the larger half, the lagged copy is the recovery room's last. */
export interface CopyLayout {
  copies: number;
  perRoom: Record<RoomRole, number>;
  /** One copy of each database is lagged (in the recovery room). */
  lagged: boolean;
  /** Replay Lag Manager plays the lagged copy down when availability is compromised, so it counts as an activation target. */
  replayLagManager: boolean;
}

export function copyLayout(copies: number, laggedCopy: boolean, replayLagManager: boolean): CopyLayout {
  const primary = Math.ceil(copies / 2);
  const recovery = copies - primary;
  const lagged = laggedCopy && recovery >= 1;
  return { copies, perRoom: { primary, recovery }, lagged, replayLagManager: lagged && replayLagManager };
}

/** Copies of a database in a room that can become active on their own. */
function activationTargets(layout: CopyLayout, room: RoomRole): number {
  const inRoom = layout.perRoom[room];
  return room === "recovery" && layout.lagged && !layout.replayLagManager ? inRoom - 1 : inRoom;
}

export interface WorstFailure {
  /** The room that carries every mailbox. */
  survivingRoom: RoomRole;
  roomLost: boolean;
  /** Servers lost in the surviving room on top of the lost room. */
  extraServerFailures: number;
  survivingServers: number;
  /** Copies of each database in the surviving room (every copy still on its disks). */
  copiesOnSurvivors: number;
  description: string;
}

/**
 * The worst failure the copy layout survives (source: exchange-team-calculator-updates-2015):
 * the loss of a room, then of every further server whose loss still leaves a copy that can be
 * activated in the other room. 4 copies 2+2 with a lagged copy under Replay Lag Manager: a room
 * and one more server, so perRoom - 1 servers carry every mailbox.
 */
export function worstFailure(layout: CopyLayout, perRoom: number): WorstFailure {
  const candidates: WorstFailure[] = [];
  const siteResilient = layout.perRoom.recovery >= 1;
  for (const room of ["primary", "recovery"] as const) {
    const targets = activationTargets(layout, room);
    if (targets < 1 || (!siteResilient && room === "recovery")) continue;
    const extra = Math.min(targets - 1, perRoom - 1);
    candidates.push({
      survivingRoom: room,
      roomLost: siteResilient,
      extraServerFailures: extra,
      survivingServers: perRoom - extra,
      copiesOnSurvivors: layout.perRoom[room],
      description: "",
    });
  }
  const worst = candidates.reduce((a, b) => (b.survivingServers < a.survivingServers ? b : a));
  return { ...worst, description: describe(worst, layout) };
}

function describe(w: WorstFailure, layout: CopyLayout): string {
  const carry = w.survivingServers === 1 ? "1 server carries every mailbox" : `${w.survivingServers} servers carry every mailbox`;
  const more = w.extraServerFailures === 0 ? "" : ` and ${w.extraServerFailures} more server${w.extraServerFailures === 1 ? "" : "s"} in the other room`;
  if (w.roomLost) return `loss of one room${more}: ${carry}`;
  if (layout.copies === 1) return `none: a single copy per database tolerates no failure (${carry})`;
  return `loss of ${w.extraServerFailures} server${w.extraServerFailures === 1 ? "" : "s"} (all copies are in one room): ${carry}`;
}

/** Load on one surviving server in the worst failure: its active mailboxes and the passive copies left on its disks. */
export function loadAtWorstFailure(mailboxes: number, perRoom: number, w: WorstFailure) {
  const active = mailboxes / w.survivingServers;
  // Each server keeps the copies on its disks: copiesOnSurvivors x mailboxes / perRoom of them, one per active mailbox active.
  const passive = Math.max(0, (mailboxes * w.copiesOnSurvivors) / perRoom - active);
  return { active, passive };
}
