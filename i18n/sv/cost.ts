// Svenska texter för kostnadsposterna: beskrivning, mängd, anmärkningar och skäl för det som
// prissätts, redan ägs, saknar pris eller är gratis. Talen skrivs på svenska (i18n/format.ts).
import type { CostMessages } from "../catalog";
import { formatFor } from "../format";
import { costReport, planName as plan } from "./cost-report";
import { priceNames } from "./cost-prices";

const f = formatFor("sv");
type Kind = "staff" | "shared" | "resource";

/** "720" eller "720 / 728 / 735": samma tal varje år skrivs en gång. */
const counts = (values: number[]): string => (values.every((v) => v === values[0]) ? f.integer(values[0]!) : values.map(f.integer).join(" / "));
const decimals = (values: number[]): string => {
  const shown = values.map((q) => f.decimal(q, 2));
  return shown.every((q) => q === shown[0]) ? shown[0]! : shown.join(" / ");
};

const MAILBOXES: Record<Kind, string> = { staff: "personalens postlådor", shared: "delade postlådor", resource: "resurspostlådor" };
const EDITION = { standard: "Standard", enterprise: "Enterprise", datacenter: "Datacenter" } as const;
const UNIT = { servers: "servrar", users: "användare" } as const;
const EUR_REASON = {
  "programme-not-stated": () => "inga utökade användningsrättigheter antas: kommunen har inte angett hur licenserna köps",
  "programme-without-rights": (programme: string | undefined) => `inga utökade användningsrättigheter: villkoren för ${programme} ger dem inte för Microsoft 365 E3/E5`,
  "users-without-plan": () => "inga utökade användningsrättigheter: alla som använder servrarna har inte Microsoft 365 E3/E5 (personal, förtroendevalda, tillfälligt anställda, administratörskonton)",
} as const;
const ENTERPRISE_FEATURE = {
  dlp: "transportregeln för dataförlustskydd (DLP-01)",
  "custom-retention": "bevarandetaggarna för gallringsbesluten",
  "information-rights": "krypteringen av personnummer (IRM)",
} as const;

export const cost: CostMessages = {
  category: { licences: "licenser", hardware: "hårdvara", azure: "Azure", energy: "energi", consultants: "konsulter", staff: "egen personal" },
  noPrice: (ids) =>
    `Det finns inget offentligt pris för ${f.list(ids.map((id) => priceNames[id as keyof typeof priceNames] ?? id))} (${ids.join(", ")} i cost/catalog/prices.yaml). Ange kommunens pris under cost.priceOverrides.`,
  noRegistryEntry: (type) => `Verktyget kan inte prissätta resurstypen ${type} (den saknas i kostnadsregistret).`,
  owned: {
    notBought: "ägs redan (cost.ownedLicences) och köps inte igen",
    alikeInBoth: "; räknas lika i båda alternativen",
    saStillDue: "ägs redan (cost.ownedLicences) och köps inte igen; Software Assurance ska ändå betalas för Exchange SE",
    cheaperEdition: (edition) => `; ${EDITION[edition]} är den billigare utgåvan när det som redan ägs räknas in`,
  },
  seats: {
    forKind: (id, kind) => `${plan(id)}-licenser för ${MAILBOXES[kind]}`,
    forStaffBaseline: (id) => `${plan(id)}-licenser för personalen (grundnivå: lika i båda alternativen)`,
    ownedFor: (id, kind) => `${plan(id)}-licenser som kommunen redan har, för ${MAILBOXES[kind]}`,
    seats: (n) => `${counts(n)} licenser`,
    bought: (bought, of) => `${counts(bought)} licenser köps (av ${counts(of)})`,
    baselineNote: "personalen behåller sin licens i båda alternativen (cost.usage.staffPlanBaseline: both-options)",
  },
  addOns: {
    name: {
      E5_COMPLIANCE: "Tillägget Microsoft 365 E5 Compliance",
      E5_EDISCOVERY_AUDIT: "Tillägget Microsoft 365 E5 eDiscovery and Audit (Audit Premium)",
      AUDIT_LOG_RETENTION_10_YEARS: "Tillägget 10-Year Audit Log Retention (granskningsloggar i tio år)",
      ADVANCED_DATA_RESIDENCY: "Tillägget Advanced Data Residency",
    },
    declared: "angivet i online.addOns",
    neededBy: (need, auditDays, rule) => {
      const cause = {
        "customer-key": "Customer Key (online.customerKey.enabled)",
        "customer-lockbox": "Customer Lockbox (online.customerLockbox)",
        "audit-premium": `att granskningsloggar sparas i ${f.integer(auditDays)} dagar (retention.auditLogRetentionDays, gallringsbeslut för loggar, minst ett år)`,
        "audit-10-year": `att granskningsloggar sparas i ${f.integer(auditDays)} dagar, längre än det år som Audit Premium sparar`,
        "advanced-data-residency": "Advanced Data Residency (online.advancedDataResidency)",
        "exchange-online-dlp": "DLP-policyn för alla Exchange-postlådor (DLP-01)",
      }[need];
      return `krävs för ${cause} (${rule})`;
    },
    forStaff: (name, why) => `${name} för personalen (${why.join("; ")})`,
    dlp: (id) => `DLP i Exchange Online för personal med ${plan(id)} (LIC-05)`,
    dlpReason: () => "DLP ingår inte i licensen. Det ingår i Exchange Online Plan 2, Office 365 E3, Microsoft 365 E3 och Microsoft 365 E5.",
  },
  licences: {
    mailboxServers: (n) => `${n} postlådeservrar`,
    edgeServers: (n) => `${n} Edge Transport-servrar`,
    exchangeServer: (edition, what) => `Serverlicenser för Exchange Server SE ${EDITION[edition]} (${f.list(what)})`,
    servers: (n) => `${n} servrar`,
    users: (n) => `${counts(n)} användare`,
    extendedUseRights: (programme) => `omfattas av de utökade användningsrättigheterna (Extended Use Rights) i Microsoft 365 E3/E5 genom ${programme}: alla som använder servrarna har E3 eller E5`,
    noExtendedUseRights: (reason, programme) => EUR_REASON[reason](programme),
    calStandard: "Exchange Standard CAL för användare vars licens inte ersätter någon Exchange CAL",
    calEnterprise: "Exchange Enterprise CAL (utöver Standard) för användare vars licens saknar rätten till Enterprise CAL",
    enterpriseFeatures: (features) => `behövs för ${f.list(features.map((x) => ENTERPRISE_FEATURE[x]))}`,
    calRightsOfPlan: (id) => `Exchange CAL-rättigheter i de ${plan(id)}-licenser som personalen behåller`,
    calRightsOwned: "Exchange CAL-rättigheter för personal med egna licenser som ersätter CAL",
    calRightsNote:
      "molntjänstlicenser ersätter Exchange Server CAL: Exchange Online Plan 1 ersätter Standard CAL; Plan 2, Office 365 E3 och Microsoft 365 E3/E5 ersätter båda; inga CAL köps för dessa användare",
    subscriptionNote: (programme) => `prenumerationslicenser varje år${programme ? ` (${programme} säljer ingen Software Assurance)` : ""}`,
    perpetualNote: (version) => `eviga licenser utan Software Assurance, vilket Exchange ${version} tillät (Exchange SE gör det inte)`,
    ownedWithSaNote: (since) => `ägs redan med obruten Software Assurance sedan ${since}: köps inte igen, Software Assurance betalas`,
    ownedSubscriptionNote: (since) => `finns som prenumeration sedan ${since}: avgiften fortsätter och ingår i posten`,
    lapsedNote: (since, n) => `ägs, men Software Assurance upphörde ${since} och kan inte återupptas: licenserna kan inte användas för Exchange SE; ${f.integer(n)} köps nya`,
    boughtAgain: (n, unit) => `${f.integer(n)} ${UNIT[unit]} köps nya: ägda licenser utan aktiv Software Assurance får inte köra Exchange SE`,
    subscription: (description) => `${description}, prenumeration`,
    unitCount: (n, unit) => `${f.integer(n)} ${UNIT[unit]}`,
    neededUnits: (needed, unit, owned) => `${counts(needed)} ${UNIT[unit]}${owned ? ` (${f.integer(owned)} ägs redan)` : ""}`,
    saNote: (percent) => `licensen köps en gång, därefter Software Assurance med ${f.decimal(percent)} % av licenspriset varje år`,
    windowsServer: (edition, hosts, vms) => `Windows Server 2025 ${EDITION[edition]} för ${hosts} värdar (${vms} virtuella servrar per värd när en värd i en serverhall är ur drift)`,
    coresOf: (owned, needed) => `${f.integer(owned)} av ${f.integer(needed)} kärnor`,
    coresBought: (bought, owned) => `${f.integer(bought)} kärnor köps${owned ? ` (${f.integer(owned)} ägs redan)` : ""}`,
    standardNote: (sets, cores) => `Standard ger rätt till 2 virtuella servrar varje gång alla kärnor licensieras: ${sets} x ${cores} kärnor per värd`,
    datacenterNote: (cores) => `Datacenter: ${cores} kärnor per värd, obegränsat antal virtuella servrar`,
    systemCenter: (edition, hosts, vms) => `System Center 2025 ${EDITION[edition]} (VMM) för ${hosts} värdar (${vms} virtuella servrar per värd när en värd i en serverhall är ur drift)`,
    cores: (n) => `${f.integer(n)} kärnor`,
    azureLocal: (physical) => `Värdavgift för Azure Local, ${f.integer(physical)} fysiska kärnor`,
    azureLocalWaived: "avgiften faller bort genom Azure Hybrid Benefit: Windows Server Datacenter med Software Assurance",
  },
  hardware: {
    hosts: (hosts, cores, ram) => `Värdar: ${hosts} servrar med två processorer (${cores} kärnor, ${f.integer(ram)} GB minne)`,
    servers: (n) => `${n} servrar`,
    amortized: (years) => `skrivs av på ${years} år (cost.usage.hardwareLifeYears)`,
    ownedHosts: (n) => `${n} värdar`,
    ownedHostsNote: "ägs redan: värdarna finns (cost.usage.hostsPurchased: false)",
    disks: (usable, raw) => `Diskar för ${f.decimal(usable, 1)} TB lagring för Exchange enligt dimensioneringen (rå kapacitet ${f.decimal(raw)} gånger så stor)`,
    rawTB: (tb) => `${f.decimal(tb, 1)} TB rå kapacitet`,
    power: (hosts) => `El och kyla för ${hosts} värdar`,
    kwh: (kwh, watts, pue) => `${f.integer(kwh)} kWh per år (${f.integer(watts)} W x PUE ${f.decimal(pue, 2)})`,
  },
  people: {
    onlineConsultants: "Flytt till Exchange Online, konsulter",
    onlineInHouse: "Flytt till Exchange Online, egen personal",
    onlineAdmin: "Förvaltning av Exchange Online",
    onpremConsultants: "Uppbyggnad av Exchange SE och flytt av postlådor, konsulter",
    onpremInHouse: "Uppbyggnad av Exchange SE, egen personal",
    onpremOperations: "Drift av Exchange-servrarna: underhållsomgångar, certifikat, hälsokontroller",
    days: (days, hours) => `${f.decimal(days)} dagar (${f.integer(hours)} timmar)`,
    mailboxHours: (mailboxes, hours) => `${f.integer(mailboxes)} postlådor x ${f.decimal(hours, 2)} timmar`,
    hours: (hours) => `${f.integer(hours)} timmar`,
    hoursAYear: (hours) => `${f.integer(hours)} timmar per år`,
    operationsHours: (hours, passes, servers, perServer, fixedHours) =>
      `${f.integer(hours)} timmar per år (${passes} omgångar x ${servers} servrar x ${f.decimal(perServer)} timmar + ${f.integer(fixedHours)} timmar)`,
    passesNote: "underhållsomgångar per år: cost.usage.onpremMaintenanceWindowsPerYear (källa: learn-exchange-build-numbers)",
    training: (option) => (option === "onprem" ? "Utbildning i Exchange SE för den egna driftpersonalen" : "Utbildning i Exchange Online för den egna driftpersonalen"),
    decommissioning: (option) =>
      option === "onprem" ? "Avveckling av nuvarande Exchange-servrar efter flytten till Exchange SE, egen personal" : "Avveckling av alla lokala Exchange-servrar efter flytten till Exchange Online, egen personal",
  },
  extras: {
    backupSoftware: (servers) => `Programvara för säkerhetskopiering av ${servers} postlådeservrar`,
    backupStorage: (activeTB, factor) => `Lagring för säkerhetskopior av ${f.decimal(activeTB, 1)} TB aktiva databaser (x ${f.decimal(factor)}, speglad)`,
    gateway: (signer) => `Utgående e-postgateway som signerar med DKIM (${signer}): Exchange Online Protection för lokala postlådor`,
    certificate: "Publikt TLS-certifikat (SAN) för Exchange-namnen",
    certificatesAYear: (n) => `${n} certifikat per år`,
    endpointProtection: (servers) => `Skydd mot skadlig kod (Defender for Servers Plan 1) för ${servers} Exchange-servrar`,
    coexistence: (servers, months) => `Exchange SE-licenser för ${servers} lokala servrar som har kvar postlådor under flytten (${months} månader)`,
    legacyEnded: "Exchange 2016/2019 kan inte användas i stället: de utökade säkerhetsuppdateringarna upphörde i oktober 2026",
    messageTrace: (days) => `Meddelandespårning som exporteras till Log Analytics och sparas i ${days} dagar (gallringsbeslut om loggar)`,
    messageTraceNote: (onlineDays, kb) => `Exchange Online sparar meddelandespårning i ${onlineDays} dagar; ${f.decimal(kb)} kB per post`,
  },
  azure: {
    quantity: (perMonth, unit) =>
      `${decimals(perMonth)} ${{ hoursAMonth: "timmar per månad", disk: "disk", address: "adress", server: "server", servers: "servrar", key: "nyckel", operations: "x 10 000 operationer per månad", gbAMonth: "GB per månad", gbKept: "GB lagrat per månad", gb: "GB" }[unit]}`,
    windowsVm: (size) => `Virtuell Windows-server ${size}, betalning efter användning`,
    vmHours: (hours) => `${f.integer(hours)} timmar per år (cost.usage.azureVmHoursPerYear)`,
    osDisk: "Hanterad systemdisk",
    disk: "Hanterad disk",
    publicIp: "Publik IP-adress",
    defenderP1Onboarding: "Defender for Servers Plan 1 (anslutning med MDE.Windows)",
    defenderPlan: (p) => `Defender for Servers ${p === "P1" ? "Plan 1" : "Plan 2"}`,
    defenderOtherPlan: (p) => `Defender-planen ${p}`,
    noDefenderEntry: (p) => `Verktyget kan inte prissätta Defender-planen ${p} (den saknas i kostnadsregistret).`,
    extension: (kind) => `tillägget ${kind}`,
    noExtensionEntry: (kind) => `Verktyget kan inte prissätta tilläggstypen ${kind} (den saknas i kostnadsregistret).`,
    hsmKey: (keyType) => `HSM-skyddad nyckel (${keyType})`,
    keyOperations: "Nyckeloperationer",
    operationsNote: (n) => `${f.integer(n)} operationer per månad (cost.usage.keyVaultOperationsPerKeyMonth)`,
    ingestion: "Inläsning av loggar i Log Analytics (Analytics Logs)",
    retention: (days, included) => `Interaktiv lagring i ${f.integer(days)} dagar (utöver ${included} som ingår)`,
    longTerm: (days) => `Långtidslagring till ${f.integer(days)} dagar`,
    steadyState: "beräknat när lagringen är fylld: data för en hel lagringsperiod",
    onpremBasis: (servers, associated, gb) =>
      `${servers} ${associated ? "servrar med en regel för datainsamling" : "Exchange-servrar"} x ${f.decimal(gb, 2)} GB per månad (cost.usage.onpremLogGBPerServerMonth)`,
    onlineBasis: (staff, mb) => `${counts(staff)} postlådor för personal x ${f.decimal(mb, 2)} MB per månad (cost.usage.onlineEntraLogMBPerUserMonth)`,
    billable: (basis, freeGB, workspaces) => `${basis}, minus ${f.decimal(freeGB)} GB som är gratis${workspaces > 1 ? `, fördelat på ${workspaces} arbetsytor` : ""}`,
    sentinel: "Analysnivån i Sentinel utöver inläsningen i Log Analytics",
    sentinelNote: "priset för Sentinel (Log Analytics ingår) minus inläsningen som redan är prissatt på arbetsytan",
    blob: (tier, replication, access) => `Bloblagring ${tier} ${replication} ${access}`,
    storageNote: (gb) => `${f.integer(gb)} GB (cost.usage.storageGBPerAccount)`,
  },
  free: {
    resourceGroup: "en behållare för förvaltning; Azure Resource Manager tar inte betalt för den",
    managementLock: "en inställning i Resource Manager, kostar inget",
    roleAssignment: "behörighetstilldelningar kostar inget",
    identity: "hanterade identiteter kostar inget",
    virtualNetwork: "virtuella nätverk kostar inget; trafik som lämnar dem kostar",
    subnet: "del av ett virtuellt nätverk, kostar inget",
    nsg: "nätverkssäkerhetsgrupper kostar inget",
    association: "en koppling, kostar inget",
    nic: "nätverkskort kostar inget",
    nsgRule: "en regel i en nätverkssäkerhetsgrupp, kostar inget",
    keyVault: "valvet har ingen fast avgift; nycklar och operationer prissätts på azurerm_key_vault_key",
    accessPolicy: "en åtkomstpolicy, kostar inget",
    keyVaultSecret: "en hemlighet har ingen fast avgift; de få läsningarna och skrivningarna är Key Vault-operationer",
    generatedPassword: "skapas av Terraform självt; ingen Azure-resurs, kostar inget",
    entraDiagnostics: "inställningen kostar inget; Entra-loggarna den skickar prissätts som inläsning i Log Analytics-arbetsytan",
    diagnostics: "inställningen kostar inget; loggarna den skickar prissätts på arbetsytan som tar emot dem",
    dcr: "en regel för datainsamling kostar inget; det den samlar in prissätts som inläsning på arbetsytan",
    dcrAssociation: "en koppling, kostar inget; datan prissätts på arbetsytan",
    workspaceTable: "en tabells längre lagring prissätts på arbetsytan, vars långtidslagring räknas till den längsta tabellens",
    storageContainer: "en behållare; lagringen prissätts på azurerm_storage_account",
    arcControlPlane: "styrningen via Azure Arc kostar inget; serverns egna kostnader finns i posterna som beräknas ur modellen",
    arcBridge: "Arc-resursbryggan ingår i styrningen via Azure Arc, som kostar inget",
    customLocation: "en anpassad plats ingår i styrningen via Azure Arc, som kostar inget",
    monitoringAgent: "övervakningsagenten kostar inget; datan den skickar prissätts som inläsning i Log Analytics",
    customScript: "att köra ett skript kostar inget",
    keyVaultAgent: "tillägget kostar inget; dess läsningar av certifikatet är åtgärder i nyckelvalvet och prissätts med valvet",
    dependencyAgent: "beroendeagenten kostar inget; datan den skickar prissätts som inläsning i Log Analytics",
    free: "kostar inget",
    extension: (kind, why) => `${kind}: ${why}`,
    defenderOnboarding: "anslutning till Defender for Endpoint; betalas per server genom resursen för Defender for Servers-planen",
    defenderFreeTier: "Defender-planen på den kostnadsfria nivån",
    sentinelOffice: "granskningsloggar från Office 365 (Exchange, SharePoint, Teams) är en kostnadsfri datakälla i Sentinel",
  },
  priceName: priceNames,
  report: costReport,
};
