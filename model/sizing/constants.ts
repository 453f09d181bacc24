// Constants of Microsoft's Exchange sizing method. Source keys (S15, S16, ...) refer to
// ../shared/reference/onprem-exchange.md, which lists the documents; [V] read in the
// source, [U] right source but the passage was not read (verify before buying on it),
// [D] derived.

/** Megacycles per active mailbox per message sent+received a day: 2.99 at 50 ... 29.85 at 500 (S23 [V], linear [D]). */
export const MCYCLES_ACTIVE_PER_MESSAGE = 0.0597;
/** Megacycles per passive copy per message a day: 0.70 at 50 ... 7.00 at 500 (S23 [V]). */
export const MCYCLES_PASSIVE_PER_MESSAGE = 0.014;
/** SPECint_rate2006 per core of the baseline server behind the megacycle table (S23 [V]). */
export const BASELINE_SPECINT_PER_CORE = 33.75;
/** Megacycles of one baseline core: available Mcycles = SPECint per core x 2000 / 33.75 (S25 [V]). */
export const BASELINE_MCYCLES_PER_CORE = 2000;
/** Utilisation ceiling in the worst failure the design tolerates (S16 [V]). */
export const WORST_FAILURE_UTILISATION = 0.8;
/** CPU overhead of the hypervisor on a virtualized Exchange server (S24 [U]). */
export const HYPERVISOR_OVERHEAD = 0.1;
/** Exchange 2019 / SE limits per server (S16, S26 [V]). */
export const MAX_CORES_PER_SERVER = 48;
export const MAX_RAM_GB_PER_SERVER = 256;
/** Recommended minimum memory for a Mailbox server and an Edge server, 2019 / SE (S15 [V]). */
export const MIN_RAM_GB_MAILBOX = 128;
export const MIN_RAM_GB_EDGE = 64;
/** Memory per active mailbox: 0.24 MB per message a day (S24 [U]). */
export const MEMORY_MB_PER_MESSAGE = 0.24;
/** Memory is handed out in steps of 8 GB (a DIMM-friendly granularity, [D]). */
export const RAM_STEP_GB = 8;
/** Supported vCPU per physical core; 1 is recommended (S17 [V]). */
export const MAX_VCPU_PER_CORE = 2;
/** vCPUs a host keeps for itself (S17 [V]). */
export const HOST_RESERVED_VCPU = 2;
/** Database IOPS per mailbox per message a day, then +20 % headroom (S24 [U]). */
export const IOPS_PER_MESSAGE = 0.00067;
export const IOPS_HEADROOM = 1.2;
/** Transaction logs: 0.2 one-megabyte logs per message a day (S24 [U]). */
export const LOG_MB_PER_MESSAGE = 0.2;
/** Days of logs a volume must hold if truncation stops (backup or copy failure) (storage design docs [U]). */
export const LOG_TRUNCATION_FAILURE_DAYS = 3;
/** Deleted-item retention window used by the dumpster estimate (S22 [V]). */
export const DELETED_ITEM_RETENTION_DAYS = 14;
/** Dumpster share of the quota: 1.2 % single item recovery + 5.8 % calendar logging (storage docs [U]). */
export const DUMPSTER_QUOTA_SHARE = 0.012 + 0.058;
/** Database overhead on top of mailbox size on disk (storage docs [U]). */
export const DATABASE_OVERHEAD = 1.2;
/** Content index as a share of the database, 2013/2016 figure (S24 [U]; 2019 rebuilt search). */
export const CONTENT_INDEX_SHARE = 0.2;
/** Largest database in a DAG (S18 [V]). */
export const MAX_DATABASE_GB = 2000;
/** Free space a volume keeps after growth; ONP-06 in ../shared/docs/policy-catalog.md. */
export const MIN_FREE_STORAGE_SHARE = 0.2;
/** DAG limits: members and copies per database (S19 [V]). */
export const MAX_DAG_MEMBERS = 16;
/** Mounted databases per server by edition (S12 [V]). */
export const MAX_MOUNTED_DATABASES = { standard: 5, enterprise: 100 } as const;
/** Edge Transport VM: the sizing gives it the recommended minimum memory and 4 vCPU ([D]). */
export const EDGE_VCPU = 4;
/** A file-share witness needs little: 2 vCPU, 8 GB ([D]; PA S16 allows any file server). */
export const WITNESS_VCPU = 2;
export const WITNESS_RAM_GB = 8;
/** OS, binaries and transport database volume per server (RAID1 pair in the PA, S16 [V]; size [D]). */
export const SYSTEM_DISK_GB = 200;
