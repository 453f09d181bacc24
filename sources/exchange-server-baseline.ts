// Exchange Server SE on-prem: the configuration Microsoft's HealthChecker and Learn pages
// expect of a first deployment (certificates, Extended Protection values, DAG, mail flow,
// the Windows baseline, the dedicated hybrid application). HealthChecker facts are read in
// microsoft/CSS-Exchange at commit f88378b (2026-04-02).
import type { SourceArea } from "./types";

const CSS = "https://github.com/microsoft/CSS-Exchange/blob/f88378b1e7a252e413cb2e579e88411393737c11";
const READ = "2026-12-07";

export const exchangeServerBaselineSources = {
  "css-exchange-extended-protection-table": {
    title: "Extended Protection configuration table, Get-ExtendedProtectionConfigurationResult (CSS-Exchange)",
    publisher: "Microsoft (CSS-Exchange)",
    url: `${CSS}/Shared/IISFunctions/ExtendedProtection/Get-ExtendedProtectionConfigurationResult.ps1`,
    read: READ,
    says: "Expected Extended Protection on the Default Web Site: Autodiscover None, PowerShell None, EWS/ActiveSync/OAB Allow (OAB for Outlook for Mac), OWA/ECP/MAPI/RPC/API Require; the back end Require.",
    primary: true,
  },
  "css-exchange-healthchecker-frequent-issues": {
    title: "HealthChecker analyzer Invoke-AnalyzerFrequentConfigurationIssues (CSS-Exchange)",
    publisher: "Microsoft (CSS-Exchange)",
    url: `${CSS}/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerFrequentConfigurationIssues.ps1`,
    read: READ,
    says: "KeepAliveTime (HKLM\\SYSTEM\\CurrentControlSet\\Services\\TcpIp\\Parameters) not set is an error (defaults to two hours); 900000-1800000 ms is the recommended range; MaxPerDomainOutboundConnections below 40 and MessageRetryInterval above 5 minutes are warnings.",
    primary: true,
  },
  "css-exchange-healthchecker-credential-guard": {
    title: "Credential Guard check (HealthChecker)",
    publisher: "Microsoft (CSS-Exchange)",
    url: `${CSS}/docs/Diagnostics/HealthChecker/CredentialGuardCheck.md`,
    read: READ,
    says: "Credential Guard is not supported on an Exchange server; Windows Server 2025 enables it by default; HealthChecker reads LsaCfgFlags under HKLM\\SYSTEM\\CurrentControlSet\\Control\\LSA.",
    primary: true,
  },
  "css-exchange-healthchecker-os": {
    title: "HealthChecker analyzer Invoke-AnalyzerOsInformation (CSS-Exchange)",
    publisher: "Microsoft (CSS-Exchange)",
    url: `${CSS}/Diagnostics/HealthChecker/Analyzer/Invoke-AnalyzerOsInformation.ps1`,
    read: READ,
    says: "A power plan other than High Performance is an error; a page file that is system-managed, of another size than 25 % of memory for Exchange 2019/SE, or more than one, is flagged; a full Application or System log holding less than 7 days is an error.",
    primary: true,
  },
  "css-exchange-healthchecker-hybrid-application": {
    title: "Exchange hybrid application check (HealthChecker)",
    publisher: "Microsoft (CSS-Exchange)",
    url: `${CSS}/docs/Diagnostics/HealthChecker/ExchangeHybridApplicationCheck.md`,
    read: READ,
    says: "With hybrid OAuth, Exchange Server should use the dedicated hybrid application: a Global setting override of section ExchangeOnpremAsThirdPartyAppId, set by the ConfigureExchangeHybridApplication script.",
    primary: true,
  },
  "learn-exchange-hybrid-application": {
    title: "ConfigureExchangeHybridApplication script documentation (CSS-Exchange)",
    publisher: "Microsoft (CSS-Exchange)",
    url: `${CSS}/docs/Hybrid/ConfigureExchangeHybridApplication.md`,
    read: READ,
    says: "-FullyConfigureExchangeHybridApplication creates the dedicated application and the setting override; -ResetFirstPartyServicePrincipalKeyCredentials removes the certificates from the shared first-party principal (CVE-2025-53786).",
    primary: true,
  },
  "learn-exchange-tls-configuration": {
    title: "Exchange Server TLS configuration best practices",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/plan-and-deploy/post-installation-tasks/security-best-practices/exchange-tls-configuration",
    read: READ,
    says: "TLS 1.2 Enabled=1 and DisabledByDefault=0 for client and server, TLS 1.0/1.1 off, and SystemDefaultTlsVersions and SchUseStrongCrypto set for .NET in both registry views, on every Exchange server.",
    primary: false,
  },
  "learn-exchange-download-domains": {
    title: "Configure Download Domains in Exchange Server",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/plan-and-deploy/post-installation-tasks/security-best-practices/exchange-download-domains",
    read: READ,
    says: "Set-OrganizationConfig -EnableDownloadDomains $true and an internal/external download host name on the OWA directories, different from the OWA host, mitigate CVE-2021-1730.",
    primary: false,
  },
  "learn-exchange-dac-mode": {
    title: "Datacenter Activation Coordination mode",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/high-availability/database-availability-groups/dac-mode",
    read: READ,
    says: "DAC mode is off by default and should be on for every DAG of two or more members with continuous replication; it keeps a recovering datacenter from mounting databases on its own.",
    primary: true,
  },
  "learn-exchange-create-dags": {
    title: "Create a database availability group",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/high-availability/manage-ha/create-dags",
    read: READ,
    says: "A witness server that is not an Exchange server needs the Exchange Trusted Subsystem group in its local Administrators group.",
    primary: true,
  },
  "learn-exchange-emergency-mitigation-service": {
    title: "Exchange Emergency Mitigation (EM) service",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/exchange-emergency-mitigation-service",
    read: READ,
    says: "The service fetches mitigations from https://officeclient.microsoft.com/GetExchangeMitigations, through the server's InternetWebProxy when one is set.",
    primary: true,
  },
  "cmdlet-set-sendconnector": {
    title: "Set-SendConnector",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/powershell/module/exchangepowershell/set-sendconnector",
    read: READ,
    says: "RequireTLS $true makes every message through the connector use TLS; SmartHosts with DNSRoutingEnabled $false route through a smart host.",
    primary: true,
  },
  "cmdlet-enable-exchangecertificate": {
    title: "Enable-ExchangeCertificate",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/powershell/module/exchangepowershell/enable-exchangecertificate",
    read: READ,
    says: "Assigns a certificate in the server's store to Exchange services such as IIS and SMTP, by -Thumbprint and -Services.",
    primary: true,
  },
  "learn-key-vault-extension-windows": {
    title: "Azure Key Vault virtual machine extension for Windows",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/azure/virtual-machines/extensions/key-vault-windows",
    read: READ,
    says: "The KeyVaultForWindows extension (publisher Microsoft.Azure.KeyVault) polls observed certificates and installs new versions in a LocalMachine store; it also runs on Azure Arc-enabled servers.",
    primary: false,
  },
} satisfies SourceArea;
