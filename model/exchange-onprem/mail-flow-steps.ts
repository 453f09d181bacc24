// Mail flow and the organization's reach outside: the Edge subscriptions (manual, a file
// exchange between the Edge and a Mailbox server), the Internet send connector (the Edge
// subscription's own, never a second `*` connector), TLS required only towards the declared
// partner domains, the transport retry settings, Download Domains, the client names in DNS
// and the proxy to Microsoft's services (sources: learn-exchange-edge-subscriptions,
// cmdlet-set-sendconnector, css-exchange-healthchecker-frequent-issues,
// learn-exchange-download-domains, learn-exchange-emergency-mitigation-service).
import { psString, psValue } from "../powershell";
import type { OnpremExchangeDocument } from "./document";
import type { StepSpec } from "./run-graph";

type Doc = Omit<OnpremExchangeDocument, "run">;

const EMS = "ems";
const INSTALLED = "exchange-installed";

export function mailFlowSteps(doc: Doc): StepSpec[] {
  const internet = doc.transport.internet;
  const viaEdge = internet.route === "edge-subscription";
  const routing = internet.smartHost ? `-SmartHosts ${psString(internet.smartHost)} -DNSRoutingEnabled $false` : "-DNSRoutingEnabled $true";
  const routed = internet.smartHost ? `(@($s.SmartHosts | ForEach-Object { "$_" }) -join ',') -eq ${psString(internet.smartHost)}` : "$s.DNSRoutingEnabled";
  const connector = psString(internet.connector);
  const partnersAfter = viaEdge ? ["edge-subscription"] : [INSTALLED];
  return [
    ...(viaEdge
      ? [
          {
            key: "edge-subscription",
            after: [INSTALLED, "certificate-enabled"],
            title: "Every Edge server is subscribed to the Mailbox servers' AD site (EdgeSync)",
            forEach: doc.transport.edgeSubscriptions.map((s) => ({ Server: s.server, Site: s.adSite })),
            itemLabel: "$item.Server",
            test: "[bool](Get-EdgeSubscription | Where-Object { $_.Name -eq $item.Server })",
            manual: {
              work: "edge-subscription" as const,
              todo: "on the Edge server run New-EdgeSubscription -FileName C:\\EdgeSubscription.xml, copy the file here and run New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes('C:\\EdgeSubscription.xml')) -Site with the AD site named in the step",
            },
          },
        ]
      : []),
    {
      key: "internet-connector",
      after: viaEdge ? ["edge-subscription"] : [INSTALLED],
      title: `Internet mail leaves through ${internet.connector}, with TLS when the receiver offers it${internet.smartHost ? ` and through the DKIM signer ${internet.smartHost}` : ""}`,
      test: `$s = Get-SendConnector -Identity ${connector} -ErrorAction SilentlyContinue
    $s -and $s.Enabled -and -not $s.RequireTLS -and ${routed} -and "$($s.Fqdn)" -eq ${psString(doc.clientAccess.namespace.mail)}`,
      set: viaEdge
        ? `Set-SendConnector -Identity ${connector} -RequireTLS $false -Enabled $true -Fqdn ${psString(doc.clientAccess.namespace.mail)} ${routing}`
        : `if (Get-SendConnector -Identity ${connector} -ErrorAction SilentlyContinue) {
      Set-SendConnector -Identity ${connector} -RequireTLS $false -Enabled $true -Fqdn ${psString(doc.clientAccess.namespace.mail)} ${routing}
    } else {
      New-SendConnector -Name ${connector} -Usage Internet -AddressSpaces 'SMTP:*;1' -SourceTransportServers ${psValue(internet.sourceServers)} -RequireTLS $false -Fqdn ${psString(doc.clientAccess.namespace.mail)} ${routing} | Out-Null
    }`,
    },
    {
      key: "partner-tls-connectors",
      after: partnersAfter,
      title: "Mail to the partner domains that require it goes only over TLS",
      forEach: doc.transport.sendConnectors.map((c) => ({ Name: c.name, AddressSpaces: c.addressSpaces, Sources: c.sourceServers })),
      itemLabel: "$item.Name",
      test: "$s = Get-SendConnector -Identity $item.Name -ErrorAction SilentlyContinue; $s -and $s.RequireTLS -and $s.Enabled",
      set: `if (Get-SendConnector -Identity $item.Name -ErrorAction SilentlyContinue) {
      Set-SendConnector -Identity $item.Name -RequireTLS $true -Enabled $true
    } else {
      New-SendConnector -Name $item.Name -Usage Partner -AddressSpaces $item.AddressSpaces -SourceTransportServers $item.Sources -DNSRoutingEnabled $true -RequireTLS $true | Out-Null
    }`,
    },
    transportRetryStep(doc.servers.mailbox.map((s) => s.name), doc.transport.retry, [INSTALLED]),
  ];
}

/** HealthChecker's retry values on a transport service (Mailbox or Edge). */
export function transportRetryStep(servers: string[], retry: Doc["transport"]["retry"], after: string[]): StepSpec {
  return {
    key: "transport-retry",
    after,
    title: `Transport retries: at least ${retry.maxPerDomainOutboundConnections} connections per domain, every ${retry.messageRetryIntervalMinutes} minutes`,
    forEach: servers,
    test: `$t = Get-TransportService -Identity $item
    ("$($t.MaxPerDomainOutboundConnections)" -eq 'Unlimited' -or [int]"$($t.MaxPerDomainOutboundConnections)" -ge ${retry.maxPerDomainOutboundConnections}) -and $t.MessageRetryInterval -le [TimeSpan]::FromMinutes(${retry.messageRetryIntervalMinutes})`,
    set: `Set-TransportService -Identity $item -MaxPerDomainOutboundConnections ${retry.maxPerDomainOutboundConnections} -MessageRetryInterval ${psString(`00:${String(retry.messageRetryIntervalMinutes).padStart(2, "0")}:00`)}`,
  };
}

/** The client names resolve, Download Domains are on, and the servers reach Microsoft directly or through the declared proxy. */
export function clientAccessExtraSteps(doc: Doc): StepSpec[] {
  const names = psValue([doc.clientAccess.namespace.mail, doc.clientAccess.namespace.autodiscover, doc.clientAccess.downloadDomain]);
  const host = psString(doc.clientAccess.downloadDomain);
  const servers = psValue(doc.servers.mailbox.map((s) => s.name));
  const owa = "Get-OwaVirtualDirectory -Server $_ -ADPropertiesOnly | Where-Object { $_.Name -like '*(Default Web Site)' }";
  const proxy = doc.egress.proxy;
  return [
    {
      key: "dns",
      after: [],
      title: "The client names resolve in DNS",
      test: `-not (${names} | Where-Object { -not (Resolve-DnsName -Name $_ -ErrorAction SilentlyContinue) })`,
      manual: { work: "dns", todo: `publish ${[doc.clientAccess.namespace.mail, doc.clientAccess.namespace.autodiscover, doc.clientAccess.downloadDomain].join(", ")} in internal and external DNS, pointing at the reverse proxy` },
    },
    {
      key: "download-domains",
      after: [INSTALLED],
      title: `OWA serves attachments from ${doc.clientAccess.downloadDomain} (Download Domains, CVE-2021-1730)`,
      test: `(Get-OrganizationConfig).EnableDownloadDomains -and -not (${servers} | Where-Object { $o = ${owa}; "$($o.ExternalDownloadHostName)" -ne ${host} -or "$($o.InternalDownloadHostName)" -ne ${host} })`,
      set: `${servers} | ForEach-Object { $o = ${owa}; Set-OwaVirtualDirectory -Identity $o.Identity -ExternalDownloadHostName ${host} -InternalDownloadHostName ${host} }
    Set-OrganizationConfig -EnableDownloadDomains $true`,
    },
    {
      key: "egress",
      after: [INSTALLED],
      title: proxy ? `The servers reach Microsoft's services through ${proxy}` : "The servers reach Microsoft's services directly (no proxy)",
      forEach: doc.servers.mailbox.map((s) => s.name),
      test: `"$((Get-ExchangeServer -Identity $item).InternetWebProxy)" -eq ${psString(proxy ?? "")}`,
      set: `Set-ExchangeServer -Identity $item -InternetWebProxy ${proxy ? psString(proxy) : "$null"}`,
    },
  ];
}
