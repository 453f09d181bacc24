// Constants of Microsoft's Exchange sizing method (the Exchange Team's sizing posts and the
// Learn pages on storage, high availability and virtualization). Each names its source in
// the registry (sources/) and says whether the figure was read there (`primary`); false means
// the source is the right one but the passage could not be read, and the value is the one the
// method is widely cited with: verify it before buying hardware on it.
import type { SourceId } from "../../sources";

export interface MethodConstant {
  value: number;
  source: SourceId;
  /** True when the figure itself was read in that source (a primary one). */
  primary: boolean;
  what: string;
}

const constant = (value: number, source: SourceId, primary: boolean, what: string): MethodConstant => ({ value, source, primary, what });

export const METHOD = {
  activeMcyclesPerMessage: constant(0.0597, "exchange-team-perf-guy-sizing-2016", true, "megacycles per active mailbox per message sent or received a day (5.97 at 100, 29.85 at 500)"),
  passiveMcyclesPerMessage: constant(0.014, "exchange-team-perf-guy-sizing-2016", true, "megacycles per passive mailbox copy per message a day (1.40 at 100, 7.00 at 500)"),
  baselineSpecIntRate2006PerCore: constant(33.75, "exchange-team-perf-guy-sizing-2016", true, "SPECint_rate2006 per core of the baseline server behind the megacycle table"),
  baselineMhzPerCore: constant(2000, "exchange-team-perf-guy-sizing-2013", false, "megahertz per core of the baseline server (available megacycles per core = SPECint per core x 2000 / 33.75)"),
  worstFailureUtilisation: constant(0.8, "learn-exchange-preferred-architecture", true, "highest CPU use in the worst failure mode"),
  hypervisorOverhead: constant(0.1, "exchange-team-perf-guy-sizing-2013", false, "CPU overhead of the hypervisor on a virtualized server"),
  maxProcessorsPerServer: constant(48, "learn-exchange-preferred-architecture", true, "processor cores an Exchange 2019/SE server may have (in a VM: its vCPUs)"),
  maxRamGBPerServer: constant(256, "learn-exchange-preferred-architecture", true, "memory an Exchange 2019/SE server may have"),
  minRamGBMailbox: constant(128, "learn-exchange-system-requirements", true, "minimum recommended memory of a Mailbox server"),
  minRamGBEdge: constant(64, "learn-exchange-system-requirements", true, "minimum recommended memory of an Edge Transport server"),
  memoryMBPerMessage: constant(0.24, "exchange-team-perf-guy-sizing-2013", false, "memory per active mailbox per message a day (24 MB at 100 messages)"),
  maxVcpuPerCore: constant(2, "learn-exchange-virtualization", true, "virtual processors per physical core Microsoft supports"),
  hostReservedVcpu: constant(2, "learn-exchange-virtualization", true, "virtual processors the host operating system counts as"),
  iopsPerMessage: constant(0.00067, "exchange-team-perf-guy-sizing-2013", false, "database IOPS per active mailbox per message a day (0.067 at 100 messages)"),
  iopsOverhead: constant(1.2, "exchange-team-perf-guy-sizing-2013", false, "I/O overhead factor the calculator adds on top of the database IOPS"),
  passiveCopyIopsShare: constant(0.5, "learn-exchange-ha-changes", true, "IOPS of a passive (or lagged) copy as a share of the active copy's"),
  logsPerMessage: constant(0.2, "exchange-team-transaction-log-capacity", true, "one-megabyte transaction logs per message a day at 75 KB (30 logs at 150 messages)"),
  logReferenceMessageKB: constant(75, "exchange-team-transaction-log-capacity", true, "average message size of the log table"),
  logFactorAtDoubleSize: constant(1.9, "exchange-team-transaction-log-capacity", true, "growth of log generation when the average message size doubles to 150 KB"),
  logDays: constant(3, "learn-exchange-storage-configuration", true, "days of log generation each copy holds (beyond the replay lag on a lagged copy)"),
  databaseProvisionFactor: constant(1.2, "learn-exchange-storage-configuration", true, "provision for 120 % of the calculated maximum database size"),
  maxDatabaseGB: constant(2000, "learn-exchange-storage-configuration", true, "largest recommended database with high availability (2 TB)"),
  deletedItemRetentionDays: constant(14, "learn-exchange-2010-mailbox-capacity-factors", false, "deleted item retention window of the dumpster estimate"),
  singleItemRecoveryQuotaShare: constant(0.012, "learn-exchange-2010-mailbox-capacity-factors", false, "single item recovery as a share of the quota"),
  calendarVersionQuotaShare: constant(0.058, "learn-exchange-2010-mailbox-capacity-factors", false, "calendar version logging as a share of the quota (5.8 %, the calculator's figure; the 2010 example uses 3 %)"),
  contentIndexShare: constant(0.2, "exchange-team-perf-guy-sizing-2013", false, "content index as a share of the database (2013/2016; 2019 keeps its index in the database, kept as a margin)"),
  volumeFreeShare: constant(0.2, "learn-exchange-2010-mailbox-capacity-factors", false, "free space a database volume keeps"),
  maxDagMembers: constant(16, "learn-exchange-dag", true, "members of one DAG"),
  mountedDatabasesStandard: constant(5, "learn-exchange-editions", true, "mounted databases (active or passive copies) per server, Standard edition"),
  mountedDatabasesEnterprise: constant(100, "learn-exchange-editions", true, "mounted databases per server, Enterprise edition"),
  specRate2017ToInt2006: constant(9.0, "microprocessor-trend-data-spec-factor", false, "SPECint_rate2006 per core for one SPECrate2017_int_base per core (empirical, about +-20 %)"),
} as const;

export type MethodConstantName = keyof typeof METHOD;

/** The values alone, for the formulas. */
export const V = Object.fromEntries(Object.entries(METHOD).map(([name, c]) => [name, c.value])) as Record<MethodConstantName, number>;

export const MAX_MOUNTED_DATABASES = { standard: V.mountedDatabasesStandard, enterprise: V.mountedDatabasesEnterprise } as const;

/**
 * The project's own design choices: no Microsoft figure exists for them. They round or
 * complete the design; none of them makes a design smaller than the method asks.
 */
export const DESIGN = {
  /** Memory is handed out in steps of 8 GB (DIMM-friendly). */
  ramStepGB: 8,
  /** vCPU are handed out in pairs, at least 4 per Mailbox server. */
  vcpuStep: 2,
  minVcpuMailbox: 4,
  /** Edge Transport VM: the recommended minimum memory and 4 vCPU. */
  edgeVcpu: 4,
  /** A file-share witness needs little: any file server will do. */
  witnessVcpu: 2,
  witnessRamGB: 8,
  /** OS, binaries and transport database volume per server. */
  systemDiskGB: 200,
  /** Disks are provisioned in 10 GB steps. */
  diskStepGB: 10,
  /**
   * Bytes of message tracking log per message on a server that handles it. No Microsoft figure
   * exists; this project's assumption: a message leaves about a dozen tracking events (RECEIVE,
   * SUBMIT, DELIVER, SEND, shadow redundancy ...) of some 300 bytes each, rounded up.
   */
  trackingLogBytesPerMessage: 4096,
  /** Exchange's default message tracking directory size (MB): never smaller than what it keeps without us. */
  trackingLogDefaultDirectoryMB: 1000,
} as const;
