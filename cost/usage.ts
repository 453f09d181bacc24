// Usage assumptions of the cost module, in ONE place, each with its documented default.
// Prices live in the catalog (cost/catalog/prices.yaml); quantities and habits live here.
// The organization file may override any of them under `cost.usage` (same keys).
// References: ../shared/reference/prices.md ("Method notes", catalog) and
// ../shared/reference/onprem-exchange.md §7 (operations).
import { z } from "zod";

// Bounded so every estimate stays a finite, meaningful number (README "Hardening"): hours and
// days of work at most 100,000, counts and volumes at most what any organization reaches.
const hours = z.number().nonnegative().max(100_000);
/** A quantity (watts, GB or MB a month, operations a month) of at most `max`. */
const quantity = (max: number) => z.number().nonnegative().max(max);
const years = z.number().int().min(1).max(15);

export const usageSchema = z
  .strictObject({
    hardwareLifeYears: years
      .default(5)
      .describe("life over which hosts and disks are amortized (the server estimate includes 5 years of support, prices.md server_2s_hw)"),
    licenceLifeYears: years.default(5).describe("life over which perpetual licences are amortized; kept equal to the hardware they run on"),
    projectLifeYears: years.default(5).describe("life over which build and migration projects are amortized"),

    onlineMigrationConsultantDays: hours
      .default(5)
      .describe(
        "consultant days to move to Exchange Online: hybrid configuration (HCW and the dedicated hybrid app), migration batches, cut-over of MX/Autodiscover; the rest in-house. prices.md: native hybrid moves need no tool licence; 5 days is minimal hybrid, a consultant-led move of ~800 mailboxes is 10-25 days",
      ),
    onlineMigrationInHouseHoursPerMailbox: hours
      .default(0.25)
      .describe("in-house hours per mailbox for move batches, client profiles and support during the move (estimate)"),
    onpremBuildConsultantDays: hours
      .default(10)
      .describe("consultant days to build Exchange SE: servers, DAG across the rooms, Edge and EdgeSync, certificates, and moving the mailboxes from the current servers side by side (estimate)"),
    onpremBuildInHouseHours: hours.default(120).describe("in-house hours for the on-prem build: VMs, networks, backup, tests (estimate)"),

    onpremMaintenanceWindowsPerYear: z
      .number()
      .int()
      .nonnegative()
      .max(366)
      .default(9)
      .describe("rolling DAG maintenance passes a year: about 7 SU/HU plus 2 CUs (onprem-exchange.md §7)"),
    onpremHoursPerServerPerWindow: hours
      .default(2)
      .describe("hours per server per maintenance pass: drain, patch, reboot, verify, rebalance (estimate)"),
    onpremFixedHoursPerYear: hours
      .default(80)
      .describe("certificate renewals (incl. Auth), Health Checker, hybrid app upkeep, AutoReseed disk swaps, EdgeSync, restore tests (onprem-exchange.md §7; hours estimated)"),
    onlineAdminHoursPerYear: hours
      .default(60)
      .describe("tenant-side mail administration that on-prem does not need in the same form: service health, policy reviews, licence assignment (estimate)"),

    enterpriseCal: z
      .boolean()
      .default(true)
      .describe("on-prem users need the additive Enterprise CAL: DLP (policy DLP-01) and archiving are Enterprise CAL features (onprem-exchange.md §1, S12/S39b)"),
    onpremStaffKeepOnlinePlan: z
      .boolean()
      .default(false)
      .describe(
        "in the on-prem option staff still get the plan of online.licences.staff (e.g. M365 E3 for Office and Teams): its seats count in both options and, for M365 E3/E5, carry the Exchange CAL rights. false: each option prices only what mail needs (on-prem: CALs for staff without owned M365 E3/E5)",
      ),
    exchangeLicensing: z
      .enum(["software-assurance", "subscription"])
      .default("software-assurance")
      .describe("Exchange SE needs licences with active SA or subscription licences for servers and CALs (onprem-exchange.md §1); no public subscription price exists"),
    windowsServerEdition: z
      .enum(["cheapest", "standard", "datacenter"])
      .default("cheapest")
      .describe("Windows Server edition for the Exchange hosts; cheapest compares Standard (2 VMs per licence, stacked) with Datacenter"),
    windowsServerSoftwareAssurance: z.boolean().default(false).describe("add SA to Windows Server licences (not required to run them)"),
    hostsPurchased: z
      .boolean()
      .default(true)
      .describe("the hosts in onprem.hosts are bought for the expansion; the sizing dedicates them to Exchange (false: they exist already)"),
    rawTBPerUsableTB: z
      .number()
      .min(1)
      .max(10)
      .default(2)
      .describe("raw disk per usable TB: mirrored volumes (RAID1/10) for the provisioned Exchange storage of the sizing"),
    wattsPerHost: quantity(10_000).default(400).describe("typical draw of a 2-socket host (prices.md server_power_typ: plan on 400 W)"),
    powerUsageEffectiveness: z.number().min(1).max(5).default(1.5).describe("cooling and losses on top of IT power, PUE (prices.md method notes)"),

    onpremLogGBPerServerMonth: z
      .number()
      .nonnegative()
      .max(1_000_000_000)
      .default(2)
      .describe("Log Analytics ingestion per Arc-managed server a month: Windows security and Exchange events through the monitoring agent (estimate)"),
    onlineEntraLogMBPerUserMonth: z
      .number()
      .nonnegative()
      .max(1_000_000_000)
      .default(20)
      .describe("Entra sign-in and audit logs per staff mailbox a month sent to Log Analytics (estimate); Office 365 audit logs in Sentinel are a free data source"),
    logFreeGBPerMonth: quantity(1_000_000).default(5).describe("free Log Analytics ingestion a month (prices.md la_ingest), applied once per option"),
    keyVaultOperationsPerKeyMonth: z
      .number()
      .nonnegative()
      .max(1_000_000_000)
      .default(10000)
      .describe("cryptographic operations per key a month (Customer Key wrap/unwrap; estimate)"),
    storageGBPerAccount: quantity(1_000_000_000).default(10).describe("data kept in each storage account (Terraform state, exports; estimate)"),
    azureVmHoursPerYear: z.number().nonnegative().max(8784).default(8760).describe("hours a year an Azure VM (the DAG witness) runs"),
  })
  .prefault({});

export type Usage = z.output<typeof usageSchema>;

/** All defaults, as documented above. */
export const DEFAULT_USAGE: Usage = usageSchema.parse(undefined);
