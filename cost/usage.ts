// Usage assumptions of the cost module, in ONE place, each with its documented default.
// Prices live in the catalog (cost/catalog/prices.yaml); quantities and habits live here.
// The organization file may override any of them under `cost.usage` (same keys). Where a
// default rests on a public source, its description names the sources registry id.
import { z } from "zod";

// Bounded so every estimate stays a finite, meaningful number (docs/security.md, "Input is checked once, at load"): hours and
// days of work at most 100,000, counts and volumes at most what any organization reaches.
const hours = z.number().nonnegative().max(100_000);
/** A quantity (watts, GB or MB a month, operations a month) of at most `max`. */
const quantity = (max: number) => z.number().nonnegative().max(max);
const years = z.number().int().min(1).max(15);

export const usageSchema = z
  .strictObject({
    hardwareLifeYears: years
      .default(5)
      .describe("life over which hosts and disks are amortized (a host price includes 5 years of support)"),
    licenceLifeYears: years.default(5).describe("life over which perpetual licences are amortized; kept equal to the hardware they run on"),
    projectLifeYears: years.default(5).describe("life over which build and migration projects are amortized"),

    onlineMigrationConsultantDays: hours
      .default(5)
      .describe(
        "consultant days to move to Exchange Online: hybrid configuration (HCW and the dedicated hybrid app), migration batches, cut-over of MX/Autodiscover; the rest in-house. Native hybrid moves need no tool licence; 5 days is a minimal hybrid move, a consultant-led move of about 800 mailboxes takes 10-25 days (estimate)",
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
      .describe("rolling DAG maintenance passes a year: about 7 security or hotfix updates plus 2 cumulative updates (source: learn-exchange-build-numbers)"),
    onpremHoursPerServerPerWindow: hours
      .default(2)
      .describe("hours per server per maintenance pass: drain, patch, reboot, verify, rebalance (estimate)"),
    onpremFixedHoursPerYear: hours
      .default(80)
      .describe("certificate renewals (incl. Auth), Health Checker, hybrid app upkeep, AutoReseed disk swaps, EdgeSync, restore tests (estimate)"),
    onlineAdminHoursPerYear: hours
      .default(60)
      .describe("tenant-side mail administration that on-prem does not need in the same form: service health, policy reviews, licence assignment (estimate)"),

    enterpriseCal: z
      .boolean()
      .default(true)
      .describe(
        "on-prem staff without Microsoft 365 E3/E5 need the additive Enterprise CAL: DLP (policy DLP-01) and custom retention (deletion decisions) are Enterprise CAL features (source: microsoft-exchange-licensing-faq). false only where the on-prem organization uses none of them; LIC-05 fails while it does",
      ),
    staffPlanBaseline: z
      .enum(["both-options", "neither-option"])
      .default("both-options")
      .describe(
        "staff keep the suite of online.licences.staff (M365_F3, O365_E3, M365_E3, M365_E5: Office, Teams and the rest are needed anyway) whichever option is chosen, so it is the same in both and no difference between them. both-options: its seats beyond those owned are priced alike in both options; neither-option: left out of both. A mail-only plan (EXO_P1, EXO_P2, EXO_KIOSK) is an online cost only",
      ),
    m365ExtendedUseRights: z
      .boolean()
      .default(true)
      .describe(
        "Microsoft 365 E3/E5 carry Extended Use Rights that license the Exchange Server SE servers too when every staff user holds E3 or E5 (sources: techcommunity-exchange-se-licensing, microsoft-exchange-licensing-faq); set false where your licensing programme's Product Terms do not grant them",
      ),
    exchangeLicensing: z
      .enum(["software-assurance", "subscription"])
      .default("software-assurance")
      .describe("Exchange SE needs licences with active SA or subscription licences for servers and CALs (source: microsoft-product-terms-exchange-server); no public subscription price exists"),
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
    wattsPerHost: quantity(10_000).default(400).describe("typical draw of a 2-socket host, 300-800 W (estimate: plan on 400 W)"),
    powerUsageEffectiveness: z.number().min(1).max(5).default(1.5).describe("cooling and losses on top of IT power, PUE (estimate)"),

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
    logFreeGBPerMonth: quantity(1_000_000).default(5).describe("free Log Analytics ingestion a month (source: monitoringcost-azure-monitor), applied once per option"),
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
