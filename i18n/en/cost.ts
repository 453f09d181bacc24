// English texts of the cost components: descriptions, quantities, notes and reasons of what
// is priced, owned, unpriced or free. These are the strings the JSON output and the English
// reports carry; the Swedish catalog (sv/cost.ts) is typed with this one.
import type { AddOn, EnterpriseFeature, ExtendedUseRightsReason, LicenceNeedId } from "../../model/licences";
import { costReport } from "./cost-report";
import { priceNames } from "./cost-prices";
import { licences } from "./rules/licences";

type Kind = "staff" | "shared" | "resource";
type Edition = "standard" | "enterprise";
type WsEdition = "standard" | "datacenter";
type EurReason = Exclude<ExtendedUseRightsReason, "applies">;

const EUR_REASON: Record<EurReason, (programme: string | undefined) => string> = {
  "programme-not-stated": () => "no Extended Use Rights assumed: the licensing programme is not stated (cost.licensing.programme)",
  "programme-without-rights": (programme) => `no Extended Use Rights: ${programme}'s Product Terms do not carry them for Microsoft 365 E3/E5`,
  "users-without-plan": () => "no Extended Use Rights: not every user of the servers holds Microsoft 365 E3/E5 (staff, and cost.licensing.otherServerUsers)",
};
const ENTERPRISE_FEATURE: Record<EnterpriseFeature, string> = {
  dlp: "the DLP transport rule (DLP-01)",
  "custom-retention": "the retention tags of the deletion decisions",
  "information-rights": "the encryption of personal identity numbers (IRM)",
};

/** "720" or "720 / 728 / 735": the same figure every year is written once. */
const counts = (values: number[]): string => (values.every((v) => v === values[0]) ? String(values[0]) : values.join(" / "));
const fixed = (values: number[]): string => {
  const shown = values.map((q) => (Number.isInteger(q) ? String(q) : q.toFixed(2)));
  return shown.every((q) => q === shown[0]) ? shown[0]! : shown.join(" / ");
};

export const cost = {
  category: { licences: "licences", hardware: "hardware", azure: "azure", energy: "energy", consultants: "consultants", staff: "staff" },
  noPrice: (ids: string[]) => `no price found for ${ids.join(", ")} (cost/catalog/prices.yaml); override it under cost.priceOverrides`,
  noRegistryEntry: (type: string) => `no registry entry for resource type ${type}`,
  owned: {
    notBought: "owned (cost.ownedLicences): not bought again",
    alikeInBoth: "; counted alike in both options",
    saStillDue: "owned (cost.ownedLicences): not bought again; Software Assurance is still due for Exchange SE",
    cheaperEdition: (edition: WsEdition) => `; ${edition} is the cheaper edition counting what is owned`,
  },
  seats: {
    forKind: (plan: string, kind: Kind) => `${plan} seats for ${kind} mailboxes`,
    forStaffBaseline: (plan: string) => `${plan} seats for staff (baseline: the same in both options)`,
    ownedFor: (plan: string, kind: Kind) => `${plan} seats already owned, used by ${kind} mailboxes`,
    seats: (n: number[]) => `${counts(n)} seats`,
    bought: (bought: number[], of: number[]) => `${counts(bought)} seats bought (of ${counts(of)})`,
    baselineNote: "staff keep their plan in either option (cost.usage.staffPlanBaseline: both-options)",
  },
  addOns: {
    name: {
      E5_COMPLIANCE: "Microsoft 365 E5 Compliance add-on",
      E5_EDISCOVERY_AUDIT: "Microsoft 365 E5 eDiscovery and Audit add-on (Audit Premium)",
      AUDIT_LOG_RETENTION_10_YEARS: "10-Year Audit Log Retention add-on",
      ADVANCED_DATA_RESIDENCY: "Advanced Data Residency add-on",
    } satisfies Record<AddOn, string>,
    declared: "declared in online.addOns",
    /** What asks for the add-on, in the licence rules' words (i18n/en/rules/licences.ts). */
    neededBy: (need: LicenceNeedId, auditDays: number, rule: string) => `needed by ${licences.licenceNeed[need].cause(auditDays)} (${rule})`,
    forStaff: (name: string, why: string[]) => `${name} for staff (${why.join("; ")})`,
    dlp: (plan: string) => `DLP for Exchange Online for staff on ${plan} (LIC-05)`,
    dlpReason: () => `the plan does not include it; ${licences.licenceNeed["exchange-online-dlp"].providedBy} do`,
  },
  licences: {
    mailboxServers: (n: number) => `${n} mailbox servers`,
    edgeServers: (n: number) => `${n} Edge Transport servers`,
    exchangeServer: (edition: Edition, what: string[]) => `Exchange Server SE ${edition} server licences (${what.join(", ")})`,
    servers: (n: number) => `${n} servers`,
    users: (n: number[]) => `${counts(n)} users`,
    extendedUseRights: (programme: string) => `licensed by the Extended Use Rights of Microsoft 365 E3/E5 under ${programme}: every user of the servers holds E3 or E5 (cost.licensing)`,
    noExtendedUseRights: (reason: EurReason, programme: string | undefined) => EUR_REASON[reason](programme),
    calStandard: "Exchange Standard CALs for users whose plan stands in for no Exchange CAL",
    calEnterprise: "Exchange Enterprise CALs (additive) for users whose plan lacks the Enterprise CAL rights",
    enterpriseFeatures: (features: EnterpriseFeature[]) => `needed by ${features.map((f) => ENTERPRISE_FEATURE[f]).join(", ")}`,
    calRightsOfPlan: (plan: string) => `Exchange CAL rights of the ${plan} seats staff keep`,
    calRightsOwned: "Exchange CAL rights of staff holding owned plans that stand in for the CALs",
    calRightsNote: "Online Services plans stand in for Exchange Server CALs (CAL equivalency): Exchange Online Plan 1 for the Standard CAL; Plan 2, Office 365 E3 and Microsoft 365 E3/E5 for both: no CALs bought for these users",
    subscriptionNote: (programme: string | undefined) => `subscription licences every year${programme ? ` (${programme} sells no Software Assurance)` : ""}`,
    perpetualNote: (version: string) => `perpetual licences without Software Assurance, as Exchange ${version} allowed (Exchange SE does not)`,
    ownedWithSaNote: (since: string) => `owned, Software Assurance unbroken since ${since}: not bought again, SA still due`,
    ownedSubscriptionNote: (since: string) => `held as subscriptions since ${since}: the fee continues and is in the component`,
    lapsedNote: (since: string, n: number) => `owned, but Software Assurance lapsed on ${since} and cannot be resumed: worth nothing for Exchange SE; ${n} bought new`,
    boughtAgain: (n: number, unit: "servers" | "users") => `${n} ${unit} bought new: owned licences without active Software Assurance do not run Exchange SE`,
    subscription: (description: string) => `${description}, subscription`,
    unitCount: (n: number, unit: "servers" | "users") => `${n} ${unit}`,
    neededUnits: (needed: number[], unit: "servers" | "users", owned: number) => `${counts(needed)} ${unit}${owned ? ` (${owned} owned)` : ""}`,
    saNote: (percent: number) => `licence once, then Software Assurance ${percent} % of the licence price every year`,
    windowsServer: (edition: WsEdition, hosts: number, vmsPerHost: number) => `Windows Server 2025 ${edition} for ${hosts} hosts (${vmsPerHost} VMs per host with one host of a room down)`,
    coresOf: (owned: number, needed: number) => `${owned} of ${needed} cores`,
    coresBought: (bought: number, owned: number) => `${bought} cores bought${owned ? ` (${owned} owned)` : ""}`,
    standardNote: (sets: number, coresPerHost: number) => `Standard covers 2 VMs per licensing of all cores: ${sets} x ${coresPerHost} cores per host`,
    datacenterNote: (coresPerHost: number) => `Datacenter: ${coresPerHost} cores per host, unlimited VMs`,
    systemCenter: (edition: WsEdition, hosts: number, vmsPerHost: number) => `System Center 2025 ${edition} (VMM) for ${hosts} hosts (${vmsPerHost} VMs per host with one host of a room down)`,
    cores: (n: number) => `${n} cores`,
    azureLocal: (physical: number) => `Azure Local host fee, ${physical} physical cores`,
    azureLocalWaived: "waived by Azure Hybrid Benefit: Windows Server Datacenter with Software Assurance",
  },
  hardware: {
    hosts: (hosts: number, cores: number, ramGB: number) => `Hosts: ${hosts} two-socket servers (${cores} cores, ${ramGB} GB)`,
    servers: (n: number) => `${n} servers`,
    amortized: (years: number) => `amortized over ${years} years (cost.usage.hardwareLifeYears)`,
    ownedHosts: (n: number) => `${n} hosts`,
    ownedHostsNote: "owned: the hosts exist already (cost.usage.hostsPurchased: false)",
    disks: (usableTB: number, rawFactor: number) => `Disks for ${usableTB.toFixed(1)} TB provisioned Exchange storage (sizing), ${rawFactor}x raw`,
    rawTB: (tb: number) => `${tb.toFixed(1)} TB raw`,
    power: (hosts: number) => `Power and cooling for ${hosts} hosts`,
    kwh: (kwh: number, watts: number, pue: number) => `${Math.round(kwh).toLocaleString("en-US")} kWh a year (${watts} W x PUE ${pue})`,
  },
  people: {
    onlineConsultants: "Migration to Exchange Online, consultants",
    onlineInHouse: "Migration to Exchange Online, in-house staff",
    onlineAdmin: "Exchange Online administration",
    onpremConsultants: "Exchange SE build and mailbox moves, consultants",
    onpremInHouse: "Exchange SE build, in-house staff",
    onpremOperations: "Exchange server operations: maintenance passes, certificates, health checks",
    days: (days: number, hours: number) => `${days} days (${hours} h)`,
    mailboxHours: (mailboxes: number, hours: number) => `${mailboxes} mailboxes x ${hours} h`,
    hours: (hours: number) => `${hours} h`,
    hoursAYear: (hours: number) => `${hours} h a year`,
    operationsHours: (hours: number, passes: number, servers: number, perServer: number, fixedHours: number) =>
      `${hours} h a year (${passes} passes x ${servers} servers x ${perServer} h + ${fixedHours} h)`,
    passesNote: "maintenance passes per year: cost.usage.onpremMaintenanceWindowsPerYear (source: learn-exchange-build-numbers)",
    training: (option: "onprem" | "online"): string => (option === "onprem" ? "Exchange SE training for the in-house administrators" : "Exchange Online training for the in-house administrators"),
    decommissioning: (option: "onprem" | "online"): string =>
      option === "onprem" ? "Retiring the current Exchange servers after the move to Exchange SE, in-house staff" : "Retiring every on-prem Exchange server after the move to Exchange Online, in-house staff",
  },
  extras: {
    backupSoftware: (servers: number) => `Backup software for ${servers} Exchange mailbox servers`,
    backupStorage: (activeTB: number, factor: number) => `Backup storage for ${activeTB.toFixed(1)} TB of active databases (x ${factor}, mirrored)`,
    gateway: (signer: string) => `Outbound mail gateway that signs DKIM (${signer}): Exchange Online Protection for on-prem mailboxes`,
    certificate: "Public TLS certificate (SAN) for the Exchange namespaces",
    certificatesAYear: (n: number) => `${n} certificate a year`,
    endpointProtection: (servers: number) => `Endpoint protection (Defender for Servers Plan 1) for ${servers} Exchange servers`,
    coexistence: (servers: number, months: number) => `Exchange SE licences for ${servers} on-prem servers that keep mailboxes during the ${months}-month move`,
    legacyEnded: "Exchange 2016/2019 servers cannot serve instead: their extended security updates ended in October 2026",
    messageTrace: (days: number) => `Message trace exported to Log Analytics and kept ${days} days (decisions on logs)`,
    messageTraceNote: (onlineDays: number, kb: number) => `Exchange Online keeps message trace ${onlineDays} days; ${kb} KB a record (cost.usage.messageTraceKBPerMessage)`,
  },
  azure: {
    quantity: (perMonth: number[], unit: AzureUnit) => `${fixed(perMonth)} ${azureUnits[unit]}`,
    windowsVm: (size: string) => `Windows VM ${size}, pay-as-you-go`,
    vmHours: (hours: number) => `${hours} hours a year (cost.usage.azureVmHoursPerYear)`,
    osDisk: "Managed OS disk",
    disk: "Managed disk",
    publicIp: "Public IP address",
    defenderP1Onboarding: "Defender for Servers Plan 1 (MDE.Windows onboarding)",
    defenderPlan: (plan: "P1" | "P2") => `Defender for Servers ${plan === "P1" ? "Plan 1" : "Plan 2"}`,
    defenderOtherPlan: (plan: string) => `Defender plan ${plan}`,
    noDefenderEntry: (plan: string) => `no registry entry for Defender plan ${plan}`,
    extension: (kind: string) => `extension ${kind}`,
    noExtensionEntry: (kind: string) => `no registry entry for extension type ${kind}`,
    hsmKey: (keyType: string) => `HSM-protected key (${keyType})`,
    keyOperations: "Key operations",
    operationsNote: (n: number) => `${n} operations a month (cost.usage.keyVaultOperationsPerKeyMonth)`,
    ingestion: "Log Analytics ingestion (Analytics Logs)",
    retention: (days: number, included: number) => `Interactive retention ${days} days (beyond ${included} included)`,
    longTerm: (days: number) => `Long-term retention to ${days} days`,
    steadyState: "steady state: a full retention window of data",
    onpremBasis: (servers: number, associated: boolean, gb: number) =>
      `${servers} ${associated ? "machines with a data collection rule" : "Exchange servers"} x ${gb} GB a month (cost.usage.onpremLogGBPerServerMonth)`,
    onlineBasis: (staff: number[], mb: number) => `${staff.join(" / ")} staff mailboxes x ${mb} MB a month (cost.usage.onlineEntraLogMBPerUserMonth)`,
    billable: (basis: string, freeGB: number, workspaces: number) => `${basis}, less ${freeGB} GB free${workspaces > 1 ? `, split over ${workspaces} workspaces` : ""}`,
    sentinel: "Sentinel analytics tier on top of Log Analytics ingestion",
    sentinelNote: "Sentinel price (including Log Analytics) less the ingestion priced on the workspace",
    blob: (tier: string, replication: string, access: string) => `Blob storage ${tier} ${replication} ${access}`,
    storageNote: (gb: number) => `${gb} GB (cost.usage.storageGBPerAccount)`,
  },
  free: {
    resourceGroup: "a management container; Azure Resource Manager does not bill it",
    managementLock: "a Resource Manager setting, not billed",
    roleAssignment: "access control assignments are not billed",
    identity: "managed identities are not billed",
    virtualNetwork: "virtual networks are free; traffic that leaves them is billed",
    subnet: "part of a virtual network, free",
    nsg: "network security groups are free",
    association: "an association, free",
    nic: "network interfaces are free",
    nsgRule: "a rule of a free network security group",
    keyVault: "the vault has no fixed fee; keys and operations are priced on azurerm_key_vault_key",
    accessPolicy: "an access policy, free",
    keyVaultSecret: "a secret has no fixed fee; its few reads and writes are Key Vault operations",
    generatedPassword: "generated by Terraform itself; no Azure resource, free",
    entraDiagnostics: "the setting is free; the Entra logs it sends are priced as ingestion on the Log Analytics workspace",
    diagnostics: "the setting is free; the logs it sends are priced on the receiving workspace",
    dcr: "a data collection rule is free; the data it collects is priced as ingestion on the workspace",
    dcrAssociation: "an association, free; the data is priced on the workspace",
    workspaceTable: "a table's longer retention is priced on its workspace, whose long-term retention runs to the longest table's",
    storageContainer: "a container; storage is priced on azurerm_storage_account",
    arcControlPlane: "the Arc control plane is free; the VM's own cost is in the model-derived components",
    arcBridge: "the Arc resource bridge is part of the free control plane",
    customLocation: "a custom location is part of the free Arc control plane",
    monitoringAgent: "the monitoring agent is free; its data is priced as Log Analytics ingestion",
    customScript: "running a script is free",
    keyVaultAgent: "the agent is free; its reads of the certificate are Key Vault operations, priced with the vault",
    dependencyAgent: "the dependency agent is free; its data is priced as Log Analytics ingestion",
    free: "free",
    extension: (kind: string, why: string) => `${kind}: ${why}`,
    defenderOnboarding: "Defender for Endpoint onboarding; billed per server through the Defender for Servers plan resource",
    defenderFreeTier: "Defender plan on the Free tier",
    sentinelOffice: "Office 365 audit logs (Exchange, SharePoint, Teams) are a free data source in Sentinel",
  },
  priceName: priceNames,
  report: costReport,
};

export type AzureUnit = "hoursAMonth" | "disk" | "address" | "server" | "servers" | "key" | "operations" | "gbAMonth" | "gbKept" | "gb";
const azureUnits: Record<AzureUnit, string> = {
  hoursAMonth: "hours a month",
  disk: "disk",
  address: "address",
  server: "server",
  servers: "servers",
  key: "key",
  operations: "x 10k operations a month",
  gbAMonth: "GB a month",
  gbKept: "GB kept a month",
  gb: "GB",
};
