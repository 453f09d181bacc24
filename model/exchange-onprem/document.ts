// The Exchange organization configuration document for the on-prem option: a typed, pure
// function of the organization file and its sizing. It is written beside the onprem stack
// (exchange-organization.json), rendered as an idempotent Exchange Management Shell script,
// and read by the policy engine, so every fact a policy judges is an explicit field here
// (policies/RULES.md: ONP-01..11, EXO-01/02/04/05/06/07/08, DLP-01, RET-01). Every cmdlet and
// parameter the script uses is checked against the cmdlet reference (model/cmdlet-reference/).
import { logDecisions, logRetentionDays, minimumDaysForYears } from "../retention-periods";
import type { OrganizationFile } from "../schema";
import type { Shortfall } from "../sizing/feasibility";
import type { SizingResult } from "../sizing/sizing";
import { EXPECTED_EXTENDED_PROTECTION, type ExtendedProtection } from "./extended-protection";
import { windowsBaseline, type WindowsBaseline } from "./windows-baseline";
import { runSteps, type RunStep } from "./run-graph";
import { edgeScriptSteps } from "./edge-steps";
import { onpremScriptSteps } from "./script-steps";
import { onpremTopology, primaryDomain, type RoomRole } from "./topology";

export const DOCUMENT_SCHEMA_VERSION = 1;
/** File name of the document beside the onprem stack's cdk.tf.json, where policies read it (same value as stacks/onprem.ts). */
export const ONPREM_DOCUMENT_JSON = "exchange-organization.json";

/** Exchange's built-in sensitive information type; the same id as in Purview (source: learn-exchange-2013-sensitive-information-types). */
export const SWEDEN_NATIONAL_ID = { name: "Sweden National ID", id: "f69aaf40-79be-4fac-8f05-fd1910d272c8" } as const;

/**
 * Exchange Server RBAC roles for public-records requests (TF 2 kap. 15-16 §§; RET-03):
 * search and hold are the roles of the built-in Discovery Management role group, export to PST
 * is Mailbox Import Export (New-MailboxExportRequest).
 */
export const ONPREM_RECORDS_ACCESS_ROLES = ["Mailbox Search", "Legal Hold", "Mailbox Import Export"] as const;

export type VirtualDirectoryKind = "owa" | "ecp" | "ews" | "mapi" | "activesync" | "oab" | "autodiscover" | "powershell";

export interface VirtualDirectorySetting {
  server: string;
  kind: VirtualDirectoryKind;
  internalUrl: string;
  /** null: not published to the internet (ECP and remote PowerShell stay internal, ONP-05). */
  externalUrl: string | null;
  internetReachable: boolean;
  /** Microsoft's expected value for the front-end directory (extended-protection.ts). */
  extendedProtection: ExtendedProtection;
  /** The SPNs clients connect to, where Extended Protection is on (source: cmdlet-set-owavirtualdirectory); none for None. */
  extendedProtectionSPNs: string[];
}

export interface OnpremExchangeDocument {
  schemaVersion: typeof DOCUMENT_SCHEMA_VERSION;
  option: "onprem";
  organization: { name: string; acceptedDomains: string[] };
  exchange: { version: OrganizationFile["onprem"]["exchangeVersion"]; edition: OrganizationFile["onprem"]["edition"]; supported: boolean };
  rooms: { role: RoomRole; name: string; adSite: string; clientSubnet: string; replicationSubnet: string }[];
  /** Whether one event can take both rooms down (ONP-03). */
  roomIndependence: { sharedBuilding: boolean; sharedPower: boolean; sharedNetwork: boolean };
  /** How the servers are virtualized (ONP-09): what the stack declares for every VM. */
  virtualization: {
    platform: OrganizationFile["onprem"]["platform"];
    dynamicMemory: false;
    checkpoints: false;
    vhdType: "Fixed";
    /** Highest vCPU per physical core in a room, from the sizing; Microsoft supports at most 2. */
    vcpuPerPhysicalCore: number;
  };
  /** The sizing's utilisation at the planning horizon (ONP-06). */
  capacity: {
    horizonYears: number;
    cpuAtWorstFailure: number;
    storageFreeAfterGrowth: number;
    /** Share of the fuller room's usable host storage left free by the fixed-size disks (ONP-06). */
    hostStorageFree: number;
    worstTolerableFailure: string;
    /** Whether the hosts, Exchange and the edition can carry the design (ONP-12), and what they lack. */
    fits: boolean;
    shortfalls: Shortfall[];
  };
  patching: { maxDaysToApply: number; window: string | null };
  servers: {
    mailbox: { name: string; room: RoomRole; adSite: string; vcpu: number; ramGB: number }[];
    edge: { name: string; room: RoomRole; network: "perimeter"; domainJoined: false }[];
  };
  dag: {
    name: string;
    members: string[];
    /** Servers per room; the DAG spans exactly the two rooms. */
    membersPerRoom: Record<RoomRole, number>;
    ipLess: true;
    replayLagManagerEnabled: boolean;
    witness: {
      server: string;
      directory: string;
      failureDomain: "third-room" | "azure";
      location: string;
      /** Neither server room holds the witness (ONP-02). */
      inServerRoom: false;
      /** A witness that is not an Exchange server needs this group in its local Administrators (source: learn-exchange-create-dags). */
      localAdministrators: "Exchange Trusted Subsystem";
      /** The run checks that the DAG uses the witness share (Get-DatabaseAvailabilityGroup -Status). */
      verifiedInUse: true;
    };
    /** DAC mode: a room that comes back after an outage cannot mount databases on its own (source: learn-exchange-dac-mode). */
    datacenterActivationMode: "DagOnly";
    /** One network when the rooms share one (Preferred Architecture), otherwise MAPI and replication apart. */
    networks: { name: string; role: "mapi" | "replication"; subnets: string[]; replicationEnabled: boolean }[];
    /**
     * With a replication network: its adapters have no gateway and no DNS registration, and each
     * room reaches the other room's replication subnet through a persistent static route
     * (source: learn-exchange-plan-ha). Empty with one network.
     */
    replicationRoutes: { room: RoomRole; destination: string; gateway: string }[];
  };
  databases: {
    name: string;
    edbFilePath: string;
    logFolderPath: string;
    /** The folder the copy's own data volume is mounted at on each server (database, logs, index). */
    volumeFolder: string;
    copies: { server: string; room: RoomRole; activationPreference: number; replayLagDays: number; diskGB: number }[];
  }[];
  dataProtection: {
    laggedCopy: boolean;
    replayLagDays: number;
    backup: { kind: OrganizationFile["onprem"]["backup"]["kind"]; lastRestoreTest: string | null };
    singleItemRecovery: true;
    safetyNetHoldDays: number;
  };
  transport: {
    tls: { minimumVersion: "1.2"; legacyVersionsDisabled: ["TLS 1.0", "TLS 1.1"] };
    receiveConnectors: { name: string; servers: string[]; requireTls: true; authMechanism: string }[];
    /**
     * Internet mail leaves through the Edge subscription's own send connector (EdgeSync creates it)
     * or, without Edge, through one connector from the Mailbox servers; TLS is opportunistic
     * there, required only towards the partner domains (source: cmdlet-set-sendconnector).
     */
    internet: {
      route: "edge-subscription" | "mailbox";
      connector: string;
      sourceServers: string[];
      requireTls: false;
      /** The DKIM signer's host when outbound mail is routed through it; null: DNS routing. */
      smartHost: string | null;
    };
    /** Edge servers subscribed to the Mailbox servers' AD site (New-EdgeSubscription, a manual file exchange). */
    edgeSubscriptions: { server: string; adSite: string }[];
    sendConnectors: { name: string; addressSpaces: string[]; sourceServers: string[]; requireTls: true; viaEdge: boolean }[];
    /** Retry settings HealthChecker expects on every transport service (source: css-exchange-healthchecker-frequent-issues). */
    retry: { maxPerDomainOutboundConnections: number; messageRetryIntervalMinutes: number };
    /**
     * Message tracking logs are kept as long as the longest deletion decision about logs (RET-04),
     * on each Mailbox server's own disk for them (mounted at volumeFolder, sized by the sizing);
     * all null keeps Exchange's default (30 days, 1000 MB, on the system disk). The directory is
     * sized so that size never deletes a log before its age does (source: cmdlet-set-transportservice).
     */
    messageTracking: {
      maxAgeDays: number | null;
      maxDirectorySizeMB: number | null;
      logPath: string | null;
      volumeFolder: string | null;
      diskGB: number | null;
      deletionDecisionIds: string[];
    };
    /** The port-587 "Client Frontend" connectors (SMTP AUTH with Basic) are disabled (EXO-04). */
    clientSubmission: { connectors: string[]; enabled: false };
    safetyNetHoldDays: number;
  };
  clientAccess: {
    namespace: { mail: string; autodiscover: string; bound: false };
    virtualDirectories: VirtualDirectorySetting[];
    /** OWA attachments are served from their own host name (source: learn-exchange-download-domains). */
    downloadDomain: string;
    /** Client access from the internet goes through a reverse proxy / WAF with SSL bridging (a proxy that ends the TLS channel needs the SPNs; source: cmdlet-set-owavirtualdirectory). */
    internetPublishing: "reverse-proxy";
  };
  authentication: {
    /** Recorded in the organization file (onprem.modernAuthentication); the script checks it, it does not set it up. */
    modernAuthentication: boolean;
    modernAuthenticationProvider: "adfs" | "hybrid" | null;
    oauth2ClientProfileEnabled: boolean;
    smtpClientAuthentication: false;
    /** BlockLegacyAuth* also blocks NTLM and Kerberos, so it is set only once modern authentication works (ONP-10). */
    basicAuthenticationBlockedFor: string[];
    policyName: string;
    /**
     * Hybrid only: Exchange Server calls Exchange Online as its own Entra application instead of
     * the shared first-party principal (CVE-2025-53786; source: learn-exchange-hybrid-application),
     * set up with Microsoft's ConfigureExchangeHybridApplication.ps1 after the wizard.
     */
    dedicatedHybridApplication: boolean;
  };
  /** The TLS certificate: from the Key Vault to every server by the Key Vault extension, then bound to IIS and SMTP. */
  certificate: {
    vaultCertificate: string;
    subject: string;
    names: string[];
    delivery: "key-vault-extension";
    servers: string[];
    services: ["IIS", "SMTP"];
    expires: string | null;
    warnDaysBefore: 60;
  };
  /** Windows and Exchange settings HealthChecker checks on every Exchange server, Edge included. */
  baseline: WindowsBaseline;
  /** How the servers reach Microsoft's online services (EEMS, feature flighting, hybrid). */
  egress: { proxy: string | null; endpoints: string[] };
  /** The configuration runs: the Mailbox servers' script and each Edge server's, their steps, what each waits for, and the manual work it may wait on. */
  run: { mailbox: RunStep[]; edge: RunStep[] };
  security: {
    extendedProtection: true;
    amsi: true;
    emergencyMitigationService: true;
    serializationPayloadSigning: true;
  };
  audit: {
    adminAuditLog: { enabled: true; ageLimitDays: number };
    mailboxAudit: { enabled: true; ageLimitDays: number };
  };
  transportRules: {
    name: string;
    purpose: "personal-identity-number" | "external-sender-tag";
    sentToScope?: "NotInOrganization";
    fromScope?: "NotInOrganization";
    sensitiveInformationType?: { name: string; id: string; minCount: number; minConfidence: number };
    action: "reject" | "encrypt" | "prepend-subject";
    /** The AD RMS template the encrypt action applies; null while none is recorded (ONP-11). */
    rmsTemplate?: string | null;
    text: string;
  }[];
  retention: {
    policyName: string;
    /**
     * One tag per decision on mailbox content. The default policy tag (type All, one per policy)
     * is the longest decision without a content query, so nothing goes earlier than any decision
     * allows; the others are personal tags users apply (source: cmdlet-new-retentionpolicytag).
     */
    tags: { name: string; type: "All" | "Personal"; deletionDecisionId: string; ageLimitDays: number; action: "DeleteAndAllowRecovery"; comment: string }[];
    /** The policy is assigned to every mailbox (Set-Mailbox -RetentionPolicy). */
    assignedToAllMailboxes: boolean;
    leaverMailboxes: OrganizationFile["retention"]["leaverMailboxes"];
  };
  /** One role group per named role with search, export and hold across all mailboxes (RET-03). */
  recordsAccess: { role: string; roleGroup: string; roles: string[] }[];
  remoteDomains: { name: string; domain: string; autoForwardEnabled: false; autoReplyEnabled: boolean }[];
  sharing: { defaultPolicyEnabled: false; calendarSharedWithAllDomains: false };
  mailAuthentication: {
    dkim: { signer: string; keyBits: 2048; domains: { domain: string; selector: string; record: string }[] };
    dmarc: { domain: string; policy: "reject" | "quarantine" | "none"; record: string }[];
    spf: { domain: string; record: string }[];
  };
}

const TLS_AUTH = "Tls, ExchangeServer";

export function buildOnpremExchangeDocument(org: OrganizationFile, sizing?: SizingResult): OnpremExchangeDocument {
  const topology = onpremTopology(org, sizing);
  const { mailboxServers, edgeServers, witness, databases } = topology;
  const domain = primaryDomain(org);
  const mail = org.onprem.namespace.mail ?? `mail.${domain}`;
  const autodiscover = org.onprem.namespace.autodiscover ?? `autodiscover.${domain}`;
  const roomOf = (role: RoomRole) => (role === "primary" ? org.sites.primary : org.sites.recovery);
  const laggedCopy = topology.sizing.databases.laggedCopy;
  const replayLagDays = laggedCopy ? org.onprem.dag.replayLagDays : 0;
  // SafetyNetHoldTime must be at least the replay lag (S22); the default is 2 days.
  const safetyNetHoldDays = Math.max(2, replayLagDays);
  const mailboxNames = mailboxServers.map((server) => server.name);
  const edgeNames = edgeServers.map((server) => server.name);
  const dagName = org.onprem.naming.dag;
  // Audit logs are logs too: kept at least as long as any deletion decision about logs allows
  // (RET-04; RÅ 1998 ref. 44), like the online option's audit retention.
  const auditDays = logRetentionDays(org);

  const download = org.onprem.namespace.download ?? `download.${domain}`;
  const signerHost = org.onprem.mailAuthentication.signerHost ?? null;
  const document: Omit<OnpremExchangeDocument, "run"> = {
    schemaVersion: DOCUMENT_SCHEMA_VERSION,
    option: "onprem",
    organization: { name: org.organization.name, acceptedDomains: [...org.organization.acceptedDomains] },
    // 2016 and 2019 are out of support since 2025-10-14 (ONP-01).
    exchange: { version: org.onprem.exchangeVersion, edition: org.onprem.edition, supported: org.onprem.exchangeVersion === "SE" },
    rooms: (["primary", "recovery"] as const).map((role) => {
      const room = roomOf(role);
      return { role, name: room.name, adSite: room.adSite, clientSubnet: room.clientSubnet, replicationSubnet: room.replicationSubnet };
    }),
    roomIndependence: { sharedBuilding: org.sites.sharedBuilding, sharedPower: org.sites.sharedPower, sharedNetwork: org.sites.sharedNetwork },
    virtualization: {
      platform: org.onprem.platform,
      dynamicMemory: false,
      checkpoints: false,
      vhdType: "Fixed",
      vcpuPerPhysicalCore: topology.sizing.utilisation.hostVcpuPerPhysicalCore,
    },
    capacity: {
      horizonYears: topology.sizing.horizonYears,
      cpuAtWorstFailure: topology.sizing.utilisation.cpuAtWorstFailure,
      storageFreeAfterGrowth: topology.sizing.utilisation.storageFreeAfterGrowth,
      // The disks are fixed VHDX sized for the horizon, so the rooms' storage must hold them with room to spare (ONP-06).
      hostStorageFree: topology.sizing.utilisation.hostStorageFree,
      worstTolerableFailure: topology.sizing.worstTolerableFailure,
      fits: topology.sizing.feasibility.fits,
      shortfalls: topology.sizing.feasibility.shortfalls,
    },
    patching: { maxDaysToApply: org.onprem.patching.maxDaysToApply, window: org.onprem.patching.window ?? null },
    servers: {
      mailbox: mailboxServers.map((s) => ({ name: s.name, room: s.room, adSite: roomOf(s.room).adSite, vcpu: s.vcpu, ramGB: s.ramGB })),
      edge: edgeServers.map((s) => ({ name: s.name, room: s.room, network: "perimeter" as const, domainJoined: false as const })),
    },
    dag: {
      name: dagName,
      members: mailboxNames,
      membersPerRoom: {
        primary: mailboxServers.filter((s) => s.room === "primary").length,
        recovery: mailboxServers.filter((s) => s.room === "recovery").length,
      },
      // An IP-less DAG has no cluster administrative access point (source: learn-exchange-preferred-architecture).
      ipLess: true,
      replayLagManagerEnabled: laggedCopy,
      witness: {
        server: witness.name,
        directory: `C:\\DAGWitness\\${dagName}`,
        failureDomain: witness.kind === "third-room" ? "third-room" : "azure",
        location: witness.location,
        inServerRoom: false,
        localAdministrators: "Exchange Trusted Subsystem",
        verifiedInUse: true,
      },
      datacenterActivationMode: "DagOnly",
      ...dagNetworks(org),
    },
    databases: databases.map((db) => ({
      name: db.name,
      // Mount points per database, as in the Preferred Architecture's volume layout (source: learn-exchange-preferred-architecture).
      edbFilePath: `C:\\ExchangeDatabases\\${db.name}\\${db.name}.db\\${db.name}.edb`,
      logFolderPath: `C:\\ExchangeDatabases\\${db.name}\\${db.name}.log`,
      volumeFolder: `C:\\ExchangeDatabases\\${db.name}\\`,
      copies: db.copies.map((c) => ({ server: c.server, room: c.room, activationPreference: c.activationPreference, replayLagDays: c.replayLagDays, diskGB: c.diskGB })),
    })),
    dataProtection: {
      laggedCopy,
      replayLagDays,
      backup: { kind: org.onprem.backup.kind, lastRestoreTest: org.onprem.backup.lastRestoreTest ?? null },
      singleItemRecovery: true,
      safetyNetHoldDays,
    },
    transport: {
      tls: { minimumVersion: "1.2", legacyVersionsDisabled: ["TLS 1.0", "TLS 1.1"] },
      receiveConnectors: mailboxNames.map((server) => ({
        name: `Default Frontend ${server}`,
        servers: [server],
        requireTls: true as const,
        authMechanism: TLS_AUTH,
      })),
      // With Edge, New-EdgeSubscription creates the Internet send connector of the subscribed
      // site (source: learn-exchange-edge-subscriptions); a second `*` connector would duplicate it.
      internet: {
        route: edgeNames.length ? "edge-subscription" : "mailbox",
        connector: edgeNames.length ? `EdgeSync - ${org.sites.primary.adSite} to Internet` : "Outbound to Internet",
        sourceServers: edgeNames.length ? edgeNames : mailboxNames,
        requireTls: false,
        smartHost: signerHost,
      },
      edgeSubscriptions: edgeNames.map((server) => ({ server, adSite: org.sites.primary.adSite })),
      sendConnectors: [...new Set(org.onprem.mailFlow.requireTlsDomains)].map((partner) => ({
        name: `TLS to ${partner}`,
        addressSpaces: [`SMTP:${partner};1`],
        sourceServers: edgeNames.length ? edgeNames : mailboxNames,
        requireTls: true as const,
        viaEdge: edgeNames.length > 0,
      })),
      retry: { maxPerDomainOutboundConnections: 40, messageRetryIntervalMinutes: 5 },
      messageTracking: messageTracking(org, topology.sizing),
      clientSubmission: { connectors: mailboxNames.map((server) => `Client Frontend ${server}`), enabled: false },
      safetyNetHoldDays,
    },
    clientAccess: {
      namespace: { mail, autodiscover, bound: false },
      virtualDirectories: mailboxNames.flatMap((server) => virtualDirectories(server, mail, autodiscover)),
      downloadDomain: download,
      internetPublishing: "reverse-proxy",
    },
    authentication: authentication(org),
    certificate: {
      vaultCertificate: org.onprem.certificate.name,
      subject: mail,
      // The Edge servers announce and present the mail name too (Set-SendConnector -Fqdn).
      names: [...new Set([mail, autodiscover, download])],
      delivery: "key-vault-extension",
      servers: [...mailboxNames, ...edgeNames],
      services: ["IIS", "SMTP"],
      expires: org.onprem.certificate.expires ?? null,
      warnDaysBefore: 60,
    },
    baseline: windowsBaseline(topology),
    egress: {
      proxy: org.onprem.egress.proxy ?? null,
      // The Emergency Mitigation service's pattern endpoint (source: learn-exchange-emergency-mitigation-service).
      endpoints: ["https://officeclient.microsoft.com/GetExchangeMitigations"],
    },
    security: { extendedProtection: true, amsi: true, emergencyMitigationService: true, serializationPayloadSigning: true },
    audit: {
      adminAuditLog: { enabled: true, ageLimitDays: auditDays },
      mailboxAudit: { enabled: true, ageLimitDays: auditDays },
    },
    transportRules: [
      {
        name: "Block outbound Swedish personal identity numbers",
        purpose: "personal-identity-number",
        sentToScope: "NotInOrganization",
        sensitiveInformationType: { ...SWEDEN_NATIONAL_ID, minCount: 1, minConfidence: 75 },
        action: org.onprem.personalIdentityNumberAction,
        ...(org.onprem.personalIdentityNumberAction === "encrypt" ? { rmsTemplate: org.onprem.rightsManagement?.template ?? null } : {}),
        text:
          org.onprem.personalIdentityNumberAction === "reject"
            ? "Meddelandet innehåller personnummer och får inte skickas utanför organisationen. / The message contains Swedish personal identity numbers and cannot be sent outside the organization."
            : "Meddelandet innehåller personnummer och krypteras. / The message contains Swedish personal identity numbers and is encrypted.",
      },
      {
        name: "Tag external senders",
        purpose: "external-sender-tag",
        fromScope: "NotInOrganization",
        action: "prepend-subject",
        text: "[Extern] ",
      },
    ],
    retention: retention(org),
    recordsAccess: [...new Set(org.governance.recordsAccessRoles)].map((role) => ({
      role,
      roleGroup: `Records access ${role}`,
      roles: [...ONPREM_RECORDS_ACCESS_ROLES],
    })),
    remoteDomains: [{ name: "Default", domain: "*", autoForwardEnabled: false, autoReplyEnabled: true }],
    sharing: { defaultPolicyEnabled: false, calendarSharedWithAllDomains: false },
    mailAuthentication: mailAuthentication(org),
  };
  return { ...document, run: { mailbox: runSteps(onpremScriptSteps(document)), edge: runSteps(edgeScriptSteps(document)) } };
}

/** The DAG's networks: one where the rooms share one network, otherwise MAPI and replication with routes between the replication subnets. */
function dagNetworks(org: OrganizationFile): Pick<OnpremExchangeDocument["dag"], "networks" | "replicationRoutes"> {
  const { primary, recovery } = org.sites;
  if (org.sites.sharedNetwork) {
    return { networks: [{ name: "MapiDagNetwork", role: "mapi", subnets: [primary.clientSubnet, recovery.clientSubnet], replicationEnabled: true }], replicationRoutes: [] };
  }
  return {
    networks: [
      { name: "MapiDagNetwork", role: "mapi", subnets: [primary.clientSubnet, recovery.clientSubnet], replicationEnabled: false },
      { name: "ReplicationDagNetwork", role: "replication", subnets: [primary.replicationSubnet, recovery.replicationSubnet], replicationEnabled: true },
    ],
    // The router of each replication subnet is its first host address.
    replicationRoutes: [
      { room: "primary", destination: recovery.replicationSubnet, gateway: firstHost(primary.replicationSubnet) },
      { room: "recovery", destination: primary.replicationSubnet, gateway: firstHost(recovery.replicationSubnet) },
    ],
  };
}

function firstHost(cidr: string): string {
  const [address] = cidr.split("/");
  const octets = address!.split(".").map(Number);
  octets[3] = octets[3]! + 1;
  return octets.join(".");
}

/** The protocols an authentication policy blocks legacy authentication for (Exchange 2019 CU2 and later, so SE). */
const BLOCKED_LEGACY_AUTH = ["ActiveSync", "Autodiscover", "Imap", "Mapi", "OfflineAddressBook", "Pop", "Rpc", "WebServices"];

function authentication(org: OrganizationFile): OnpremExchangeDocument["authentication"] {
  const provider = org.onprem.modernAuthentication === "none" ? null : org.onprem.modernAuthentication;
  return {
    modernAuthentication: provider !== null,
    modernAuthenticationProvider: provider,
    oauth2ClientProfileEnabled: provider !== null,
    smtpClientAuthentication: false,
    // BlockLegacyAuth* turns off Basic, Digest and Windows (NTLM, Kerberos) authentication for the
    // protocol (source: cmdlet-new-authenticationpolicy): without modern authentication that
    // locks every client out, so nothing is blocked until it is recorded. SMTP AUTH is off because
    // the client submission connectors are disabled.
    basicAuthenticationBlockedFor: provider ? [...BLOCKED_LEGACY_AUTH] : [],
    policyName: "Block Legacy Authentication",
    dedicatedHybridApplication: provider === "hybrid",
  };
}

function retention(org: OrganizationFile): OnpremExchangeDocument["retention"] {
  // Decisions about mailbox content become tags; decisions about logs set log retention below.
  const decisions = org.retention.deletionDecisions.filter((decision) => decision.appliesTo !== "logs");
  const days = (decision: (typeof decisions)[number]) => minimumDaysForYears(decision.retainYears);
  const unscoped = decisions.filter((decision) => decision.contentMatchQuery === undefined);
  const byDefault = unscoped.reduce<(typeof decisions)[number] | undefined>((longest, decision) => (!longest || days(decision) > days(longest) ? decision : longest), undefined);
  return {
    policyName: `${org.organization.name} retention`,
    tags: decisions.map((decision) => ({
      name: `Gallring ${decision.id}`,
      type: decision === byDefault ? ("All" as const) : ("Personal" as const),
      deletionDecisionId: decision.id,
      ageLimitDays: days(decision),
      action: "DeleteAndAllowRecovery" as const,
      comment: `Deletion decision ${decision.id}: ${decision.what}`,
    })),
    assignedToAllMailboxes: decisions.length > 0,
    leaverMailboxes: org.retention.leaverMailboxes,
  };
}

/** Where each Mailbox server mounts its message tracking log disk. */
const TRANSPORT_LOG_FOLDER = "C:\\ExchangeLogs\\";

function messageTracking(org: OrganizationFile, sizing: SizingResult): OnpremExchangeDocument["transport"]["messageTracking"] {
  const decisions = logDecisions(org);
  const { days, directoryMB, diskGB } = sizing.storage.messageTracking;
  if (decisions.length === 0 || days === 0) return { maxAgeDays: null, maxDirectorySizeMB: null, logPath: null, volumeFolder: null, diskGB: null, deletionDecisionIds: [] };
  return {
    maxAgeDays: days,
    maxDirectorySizeMB: directoryMB,
    logPath: `${TRANSPORT_LOG_FOLDER}MessageTracking`,
    volumeFolder: TRANSPORT_LOG_FOLDER,
    diskGB,
    deletionDecisionIds: decisions.map((d) => d.id),
  };
}

function virtualDirectories(server: string, mail: string, autodiscover: string): VirtualDirectorySetting[] {
  const internal = (path: string) => `https://${mail}${path}`;
  // Published through the reverse proxy: the client protocols. ECP and remote PowerShell are not (ONP-05).
  const entries: [VirtualDirectoryKind, string, boolean][] = [
    ["owa", "/owa", true],
    ["ecp", "/ecp", false],
    ["ews", "/EWS/Exchange.asmx", true],
    ["mapi", "/mapi", true],
    ["activesync", "/Microsoft-Server-ActiveSync", true],
    ["oab", "/OAB", true],
    ["powershell", "/powershell", false],
  ];
  // The namespace clients use: Require checks the channel binding against these SPNs.
  const spns = [`HTTP/${mail}`];
  const protection = (kind: VirtualDirectoryKind, names: string[]) => ({
    extendedProtection: EXPECTED_EXTENDED_PROTECTION[kind],
    extendedProtectionSPNs: EXPECTED_EXTENDED_PROTECTION[kind] === "None" ? [] : names,
  });
  const directories: VirtualDirectorySetting[] = entries.map(([kind, path, published]) => ({
    server,
    kind,
    internalUrl: kind === "powershell" ? `http://${mail}${path}` : internal(path),
    externalUrl: published ? internal(path) : null,
    internetReachable: published,
    ...protection(kind, spns),
  }));
  directories.push({
    server,
    kind: "autodiscover",
    internalUrl: `https://${autodiscover}/Autodiscover/Autodiscover.xml`,
    externalUrl: `https://${autodiscover}/Autodiscover/Autodiscover.xml`,
    internetReachable: true,
    ...protection("autodiscover", [`HTTP/${autodiscover}`]),
  });
  return directories;
}

function mailAuthentication(org: OrganizationFile): OnpremExchangeDocument["mailAuthentication"] {
  const settings = org.onprem.mailAuthentication;
  const domains = org.organization.acceptedDomains;
  const rua = settings.dmarcReportAddress ? `; rua=mailto:${settings.dmarcReportAddress}` : "";
  return {
    // Exchange Server has no DKIM signing of its own: the signer publishes these selectors with 2048-bit keys.
    dkim: {
      signer: settings.dkimSigner,
      keyBits: 2048,
      domains: domains.flatMap((domain) =>
        settings.dkimSelectors.map((selector) => ({ domain, selector, record: `${selector}._domainkey.${domain}` })),
      ),
    },
    dmarc: domains.map((domain) => ({ domain, policy: settings.dmarcPolicy, record: `v=DMARC1; p=${settings.dmarcPolicy}${rua}` })),
    spf: domains.map((domain) => ({ domain, record: "v=spf1 mx -all" })),
  };
}
