// What Microsoft's HealthChecker (CSS-Exchange, Diagnostics/HealthChecker) and Microsoft Learn
// expect of an Exchange SE deployment, as far as the generated files decide it: one entry per
// check, the Microsoft source it is read in, and how the generated Mailbox servers' script,
// each Edge server's script, the document and the synthesized onprem stack show it. Ids:
// H = a HealthChecker check, L = a Learn requirement.
import { expect } from "vitest";
import type { OnpremExchangeDocument } from "../../model/exchange-onprem/document";
import { EXPECTED_EXTENDED_PROTECTION } from "../../model/exchange-onprem/extended-protection";
import type { SourceId } from "../../sources";
import type { ParsedPowerShell, PowerShellCommand } from "../helpers/powershell-syntax";

export interface OnpremArtifacts {
  doc: OnpremExchangeDocument;
  script: string;
  parsed: ParsedPowerShell;
  edgeScripts: string[];
  /** The synthesized onprem stack (cdk.tf.json). */
  stack: { resource: Record<string, Record<string, any>> };
}

export interface ConformanceCheck {
  id: string;
  what: string;
  source: SourceId;
  /** Left out: the check applies to every organization. */
  appliesTo?: (doc: OnpremExchangeDocument) => boolean;
  holds: (a: OnpremArtifacts) => void;
}

const calls = (a: OnpremArtifacts, name: string): PowerShellCommand[] => a.parsed.commands.filter((c) => c.name === name);
const param = (command: PowerShellCommand, name: string) => command.parameters.find((p) => p.name === name);
const hasEdge = (doc: OnpremExchangeDocument) => doc.servers.edge.length > 0;
const everyScript = (a: OnpremArtifacts) => [a.script, ...a.edgeScripts];
const extensions = (a: OnpremArtifacts) => Object.values(a.stack.resource.azurerm_arc_machine_extension ?? {});
const instances = (a: OnpremArtifacts) => Object.values(a.stack.resource.azurerm_system_center_virtual_machine_manager_virtual_machine_instance ?? {});
const mailboxInstances = (a: OnpremArtifacts) => instances(a).filter((i) => !/EDGE/.test(i.operating_system.computer_name));

/** The literal a script assigns to $Name at the top. */
const variable = (script: string, name: string) => new RegExp(`^\\$${name} = (.*)$`, "m").exec(script)?.[1] ?? "";

const TLS_VALUES = [
  ...["TLS 1.0", "TLS 1.1"].flatMap((p) => ["Server", "Client"].flatMap((side) => [`${p}\\\\${side}'; Name = 'Enabled'; Value = 0`, `${p}\\\\${side}'; Name = 'DisabledByDefault'; Value = 1`])),
  ...["Server", "Client"].flatMap((side) => [`TLS 1.2\\\\${side}'; Name = 'Enabled'; Value = 1`, `TLS 1.2\\\\${side}'; Name = 'DisabledByDefault'; Value = 0`]),
];

export const ONPREM_CONFORMANCE: ConformanceCheck[] = [
  {
    id: "H05 / L11",
    what: "Extended Protection on each front-end virtual directory is Microsoft's value, no higher and no lower",
    source: "css-exchange-extended-protection-table",
    holds: (a) => {
      for (const v of a.doc.clientAccess.virtualDirectories) expect(v.extendedProtection, `${v.kind} ${v.server}`).toBe(EXPECTED_EXTENDED_PROTECTION[v.kind]);
      for (const [kind, value] of Object.entries(EXPECTED_EXTENDED_PROTECTION)) {
        const step = a.script.split(/^# --- step /m).find((chunk) => chunk.includes(`: ${kind} `) && chunk.includes("Extended Protection"))!;
        expect(step, kind).toContain(`Protection = '${value}'`);
        expect(step).not.toMatch(new RegExp(`Protection = '(?!${value}')`));
      }
    },
  },
  {
    id: "H12 / H64 / L13",
    what: "Download Domains on, with a host name of its own (CVE-2021-1730)",
    source: "learn-exchange-download-domains",
    holds: (a) => {
      expect(calls(a, "Set-OrganizationConfig").some((c) => param(c, "EnableDownloadDomains")?.value === "$true")).toBe(true);
      const owa = calls(a, "Set-OwaVirtualDirectory").find((c) => param(c, "ExternalDownloadHostName"))!;
      expect(param(owa, "ExternalDownloadHostName")!.value).toBe(`'${a.doc.clientAccess.downloadDomain}'`);
      expect(a.doc.clientAccess.downloadDomain).not.toBe(a.doc.clientAccess.namespace.mail);
      expect(a.doc.certificate.names).toContain(a.doc.clientAccess.downloadDomain);
    },
  },
  {
    id: "H15 / L16",
    what: "The dedicated Exchange hybrid application is in place before OAuth is relied on (CVE-2025-53786)",
    source: "css-exchange-healthchecker-hybrid-application",
    appliesTo: (doc) => doc.authentication.modernAuthenticationProvider === "hybrid",
    holds: (a) => {
      expect(a.script).toContain("$_.SectionName -eq 'ExchangeOnpremAsThirdPartyAppId'");
      expect(a.script).toContain("-Manual 'hybrid-application'");
    },
  },
  {
    id: "H20",
    what: "One fixed page file of 25 % of memory on every Exchange server",
    source: "css-exchange-healthchecker-os",
    holds: (a) => {
      for (const server of a.doc.baseline.servers) expect(server.pageFileMB, server.name).toBe((server.ramGB * 1024) / 4);
      for (const script of everyScript(a)) expect(script).toContain("InitialSize = [uint32]$MB; MaximumSize = [uint32]$MB");
      expect(a.script).toContain(`Name = '${a.doc.servers.mailbox[0]!.name}'; PageFileMB = ${a.doc.servers.mailbox[0]!.ramGB * 256}`);
    },
  },
  {
    id: "H21",
    what: "High performance power plan on every Exchange server",
    source: "css-exchange-healthchecker-os",
    holds: (a) => {
      for (const script of everyScript(a)) expect(script).toContain("powercfg.exe /setactive $Guid");
      for (const script of everyScript(a)) expect(script).toContain("'8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c'");
    },
  },
  {
    id: "H22",
    what: "Visual C++ 2012 and 2013 runtimes checked on every Exchange server (installed by hand: PENDING until they are)",
    source: "learn-exchange-system-requirements",
    holds: (a) => {
      for (const script of everyScript(a)) {
        expect(script).toContain("-Manual 'visual-cpp'");
        expect(variable(script, "VisualCpp")).toContain("Microsoft Visual C++ 2013 x64*");
      }
    },
  },
  {
    id: "H25",
    what: "Application and System event logs large enough for a week",
    source: "css-exchange-healthchecker-os",
    holds: (a) => {
      for (const script of everyScript(a)) {
        expect(script).toContain("Limit-EventLog -LogName $log.Name");
        expect(variable(script, "EventLogs")).toBe("@(@{ Name = 'Application'; MB = 2048 }, @{ Name = 'System'; MB = 2048 })");
      }
    },
  },
  {
    id: "H35",
    what: "TCP KeepAliveTime between 15 and 30 minutes",
    source: "css-exchange-healthchecker-frequent-issues",
    holds: (a) => {
      const setting = a.doc.baseline.registry.find((s) => s.name === "KeepAliveTime")!;
      expect(setting.value).toBeGreaterThanOrEqual(900_000);
      expect(setting.value).toBeLessThanOrEqual(1_800_000);
      for (const script of everyScript(a)) expect(variable(script, "Registry")).toContain("Name = 'KeepAliveTime'; Value = 1800000");
    },
  },
  {
    id: "H37",
    what: "Credential Guard off (on by default on domain-joined Windows Server 2025)",
    source: "css-exchange-healthchecker-credential-guard",
    holds: (a) => {
      for (const script of everyScript(a)) expect(variable(script, "Registry")).toContain("Control\\Lsa'; Name = 'LsaCfgFlags'; Value = 0");
    },
  },
  {
    id: "H42",
    what: "Transport retry: at least 40 connections per domain, retry every 5 minutes, on Mailbox and Edge",
    source: "css-exchange-healthchecker-frequent-issues",
    holds: (a) => {
      for (const script of everyScript(a)) expect(script).toContain("Set-TransportService -Identity $item -MaxPerDomainOutboundConnections 40 -MessageRetryInterval '00:05:00'");
    },
  },
  {
    id: "H44 / H45 / H46 / H48 / H49 / H50 / L12",
    what: "TLS 1.0 and 1.1 off and every TLS 1.2 value written, client and server alike, .NET strong crypto in both views, on every Exchange server, Edge included",
    source: "learn-exchange-tls-configuration",
    holds: (a) => {
      for (const script of everyScript(a)) {
        const registry = variable(script, "Registry");
        for (const value of TLS_VALUES) expect(registry, value).toContain(value.replace(/\\\\/g, "\\"));
        for (const view of ["SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319", "SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework\\v4.0.30319"]) {
          expect(registry).toContain(`${view}'; Name = 'SystemDefaultTlsVersions'; Value = 1`);
          expect(registry).toContain(`${view}'; Name = 'SchUseStrongCrypto'; Value = 1`);
        }
      }
      expect(a.edgeScripts).toHaveLength(a.doc.servers.edge.length);
    },
  },
  {
    id: "H54 / L17",
    what: "The CA certificate reaches every Mailbox and Edge server from the Key Vault and is enabled for IIS and SMTP",
    source: "learn-key-vault-extension-windows",
    holds: (a) => {
      const vault = extensions(a).filter((e) => e.type === "KeyVaultForWindows");
      expect(vault).toHaveLength(a.doc.servers.mailbox.length + a.doc.servers.edge.length);
      for (const e of vault) expect(JSON.parse(e.settings).secretsManagementSettings.observedCertificates[0]).toMatchObject({ certificateStoreName: "MY", certificateStoreLocation: "LocalMachine", url: expect.stringContaining(`secrets/${a.doc.certificate.vaultCertificate}`) });
      const readers = Object.values(a.stack.resource.azurerm_role_assignment ?? {}).filter((r) => r.role_definition_name === "Key Vault Secrets User");
      expect(readers.length).toBeGreaterThanOrEqual(a.doc.certificate.servers.length);
      expect(a.script).toContain("Enable-ExchangeCertificate -Server $item.Name -Thumbprint $c.Thumbprint -Services $item.Services -Force");
      expect(a.script).toContain("Services = 'IIS, SMTP'");
      for (const edge of a.edgeScripts) expect(edge).toContain("Services = 'SMTP'");
    },
  },
  {
    id: "H03 / H62",
    what: "The servers reach Microsoft's services (Emergency Mitigation, flighting) directly or through the declared proxy",
    source: "learn-exchange-emergency-mitigation-service",
    holds: (a) => {
      const set = calls(a, "Set-ExchangeServer").find((c) => param(c, "InternetWebProxy"))!;
      expect(set).toBeDefined();
      expect(param(set, "InternetWebProxy")!.value).toBe(a.doc.egress.proxy ? `'${a.doc.egress.proxy}'` : "$null");
      expect(calls(a, "Set-OrganizationConfig").some((c) => param(c, "MitigationsEnabled")?.value === "$true")).toBe(true);
    },
  },
  {
    id: "L04",
    what: "Four copies over two rooms, the lagged copy with Replay Lag Manager, Single Item Recovery, ReFS data volumes",
    source: "learn-exchange-preferred-architecture",
    holds: (a) => {
      expect(a.script).toContain("-ReplayLagManagerEnabled $true");
      expect(a.script).toContain("Set-Mailbox -SingleItemRecoveryEnabled $true");
      expect(a.script).toContain("-FileSystem ReFS -AllocationUnitSize 65536 -SetIntegrityStreams $false");
      for (const db of a.doc.databases) expect(new Set(db.copies.map((c) => c.room)).size).toBe(2);
    },
  },
  {
    id: "L05",
    what: "One network and one adapter per Mailbox server where the rooms share one network",
    source: "learn-exchange-plan-ha",
    appliesTo: (doc) => doc.roomIndependence.sharedNetwork,
    holds: (a) => {
      expect(a.doc.dag.networks).toEqual([expect.objectContaining({ role: "mapi", replicationEnabled: true })]);
      for (const instance of mailboxInstances(a)) expect(instance.network_interface).toHaveLength(1);
      expect(a.script).not.toContain("New-NetRoute");
    },
  },
  {
    id: "L06",
    what: "A replication network apart: no gateway, no DNS registration, persistent static routes between the rooms' replication subnets",
    source: "learn-exchange-plan-ha",
    appliesTo: (doc) => !doc.roomIndependence.sharedNetwork,
    holds: (a) => {
      for (const instance of mailboxInstances(a)) expect(instance.network_interface).toHaveLength(2);
      expect(a.script).toContain("Set-DnsClient -InterfaceIndex $ip.InterfaceIndex -RegisterThisConnectionsAddress $false");
      expect(a.script).toContain("Remove-NetRoute -Confirm:$false");
      expect(a.script).toContain("New-NetRoute -DestinationPrefix $Destination -InterfaceIndex $ip.InterfaceIndex -NextHop $Gateway -PolicyStore PersistentStore");
      expect(a.doc.dag.replicationRoutes.map((r) => r.destination).sort()).toEqual(a.doc.rooms.map((r) => r.replicationSubnet).sort());
    },
  },
  {
    id: "L07",
    what: "DAC mode on the DAG that spans two rooms",
    source: "learn-exchange-dac-mode",
    holds: (a) => {
      const set = calls(a, "Set-DatabaseAvailabilityGroup").find((c) => param(c, "DatacenterActivationMode"))!;
      expect(param(set, "DatacenterActivationMode")!.value).toBe("DagOnly");
    },
  },
  {
    id: "L08",
    what: "The witness prepared (Exchange Trusted Subsystem in its local Administrators) before the DAG, and its share verified in use",
    source: "learn-exchange-create-dags",
    holds: (a) => {
      expect(a.script).toContain("Add-LocalGroupMember -Group 'Administrators' -Member \"$Domain\\Exchange Trusted Subsystem\"");
      expect(a.script).toContain("(Get-DatabaseAvailabilityGroup -Identity $DagName -Status).WitnessShareInUse)\" -eq 'Primary'");
      const order = (text: string) => a.script.indexOf(text);
      expect(order("Add-LocalGroupMember")).toBeLessThan(order("New-DatabaseAvailabilityGroup"));
    },
  },
  {
    id: "L18",
    what: "Internet mail leaves through the Edge subscription's own connector; no second `*` connector",
    source: "learn-exchange-edge-subscriptions",
    holds: (a) => {
      const everywhere = calls(a, "New-SendConnector").filter((c) => /\*/.test(param(c, "AddressSpaces")?.value ?? ""));
      if (hasEdge(a.doc)) {
        expect(everywhere).toEqual([]);
        expect(a.script).toContain("-Manual 'edge-subscription'");
        expect(a.script).toContain(`Set-SendConnector -Identity 'EdgeSync - ${a.doc.rooms[0]!.adSite} to Internet' -RequireTLS $false`);
      } else {
        expect(everywhere).toHaveLength(1);
        expect(param(everywhere[0]!, "RequireTLS")!.value).toBe("$false");
      }
    },
  },
  {
    id: "L19",
    what: "RequireTLS only on connectors to the declared partner domains; TLS when offered elsewhere",
    source: "cmdlet-set-sendconnector",
    holds: (a) => {
      for (const command of [...calls(a, "New-SendConnector"), ...calls(a, "Set-SendConnector")]) {
        if (param(command, "RequireTLS")?.value !== "$true") continue;
        // Only the partner step sets it, over its own list of partner address spaces.
        expect(command.parameters.map((p) => p.value).join(" "), command.name).toMatch(/\$item\.(Name|AddressSpaces)/);
      }
      expect(a.doc.transport.sendConnectors.every((c) => c.addressSpaces.every((space) => !space.includes("*")))).toBe(true);
    },
  },
  {
    id: "Edge addresses",
    what: "Edge Transport servers have fixed addresses (NAT, MX and SPF point at them)",
    source: "learn-exchange-edge-transport",
    appliesTo: hasEdge,
    holds: (a) => {
      const edges = instances(a).filter((i) => /EDGE/.test(i.operating_system.computer_name));
      expect(edges).toHaveLength(a.doc.servers.edge.length);
      for (const edge of edges) expect(edge.network_interface.map((nic: { ipv4_address_type: string }) => nic.ipv4_address_type)).toEqual(["Static"]);
    },
  },
  {
    id: "DKIM on the path",
    what: "Outbound Internet mail routed through the declared DKIM signer when one is declared",
    source: "cmdlet-set-sendconnector",
    appliesTo: (doc) => doc.transport.internet.smartHost !== null,
    holds: (a) => {
      expect(a.script).toContain(`-SmartHosts '${a.doc.transport.internet.smartHost}' -DNSRoutingEnabled $false`);
    },
  },
];
