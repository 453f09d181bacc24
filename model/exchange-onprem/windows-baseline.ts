// The Windows settings every Exchange server needs, Edge included, as HealthChecker checks
// them (source ids per setting below): TLS 1.0/1.1 off and every TLS 1.2 value written (an
// absent value is an error to HealthChecker), .NET using the system's TLS with strong
// crypto, TCP KeepAliveTime within 15-30 minutes, Credential Guard off (on by default on
// domain-joined Windows Server 2025, unsupported with Exchange), a fixed page file of 25 %
// of memory, the High performance power plan, event logs large enough for a week, and the
// Visual C++ runtimes Exchange needs.
import type { SourceId } from "../../sources";
import type { OnpremTopology } from "./topology";

export interface RegistrySetting {
  path: string;
  name: string;
  value: number;
  /** The source id that says so. */
  source: SourceId;
}

export interface WindowsBaseline {
  servers: { name: string; role: "mailbox" | "edge"; ramGB: number; pageFileMB: number }[];
  registry: RegistrySetting[];
  /** The High performance plan's fixed GUID (powercfg /list). */
  powerPlan: { name: "High performance"; guid: "8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c"; source: SourceId };
  eventLogs: { name: "Application" | "System"; maxSizeMB: number; source: SourceId }[];
  /** Visual C++ runtimes checked by display name; installing them is manual (they come from Microsoft's download site). */
  visualCppRuntimes: { name: string; displayNameLike: string; source: SourceId }[];
}

const SCHANNEL = "HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols";
const TLS_SOURCE = "learn-exchange-tls-configuration";

function tlsSettings(): RegistrySetting[] {
  const settings: RegistrySetting[] = [];
  for (const [protocol, on] of [["TLS 1.0", false], ["TLS 1.1", false], ["TLS 1.2", true]] as const) {
    for (const side of ["Server", "Client"]) {
      const path = `${SCHANNEL}\\${protocol}\\${side}`;
      settings.push({ path, name: "Enabled", value: on ? 1 : 0, source: TLS_SOURCE }, { path, name: "DisabledByDefault", value: on ? 0 : 1, source: TLS_SOURCE });
    }
  }
  for (const version of ["v4.0.30319", "v2.0.50727"]) {
    for (const root of ["HKLM:\\SOFTWARE\\Microsoft\\.NETFramework", "HKLM:\\SOFTWARE\\Wow6432Node\\Microsoft\\.NETFramework"]) {
      const path = `${root}\\${version}`;
      settings.push({ path, name: "SystemDefaultTlsVersions", value: 1, source: TLS_SOURCE }, { path, name: "SchUseStrongCrypto", value: 1, source: TLS_SOURCE });
    }
  }
  return settings;
}

export function windowsBaseline(topology: OnpremTopology): WindowsBaseline {
  const servers = [
    ...topology.mailboxServers.map((s) => ({ name: s.name, role: "mailbox" as const, ramGB: s.ramGB })),
    ...topology.edgeServers.map((s) => ({ name: s.name, role: "edge" as const, ramGB: s.ramGB })),
  ];
  return {
    // Exchange 2019 and SE: one fixed page file of 25 % of the memory (source: learn-exchange-system-requirements).
    servers: servers.map((s) => ({ ...s, pageFileMB: s.ramGB * 1024 / 4 })),
    registry: [
      ...tlsSettings(),
      // 30 minutes, the top of HealthChecker's 15-30 minute range.
      { path: "HKLM:\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters", name: "KeepAliveTime", value: 1_800_000, source: "css-exchange-healthchecker-frequent-issues" },
      { path: "HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Lsa", name: "LsaCfgFlags", value: 0, source: "css-exchange-healthchecker-credential-guard" },
      { path: "HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\DeviceGuard", name: "LsaCfgFlags", value: 0, source: "css-exchange-healthchecker-credential-guard" },
    ],
    powerPlan: { name: "High performance", guid: "8c5e7fda-e8bf-4a96-9a85-a6e23a8c635c", source: "css-exchange-healthchecker-os" },
    eventLogs: [
      { name: "Application", maxSizeMB: 2048, source: "css-exchange-healthchecker-os" },
      { name: "System", maxSizeMB: 2048, source: "css-exchange-healthchecker-os" },
    ],
    visualCppRuntimes: [
      { name: "Visual C++ 2012 x64", displayNameLike: "Microsoft Visual C++ 2012 x64*", source: "learn-exchange-system-requirements" },
      { name: "Visual C++ 2013 x64", displayNameLike: "Microsoft Visual C++ 2013 x64*", source: "learn-exchange-system-requirements" },
    ],
  };
}
