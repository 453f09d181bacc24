// The steps that bring one Exchange server's Windows and certificate to the baseline: run
// from the first Mailbox server over remote PowerShell for the Mailbox servers, and locally
// on each Edge server (a workgroup machine the Mailbox servers cannot reach that way). The
// values come from windows-baseline.ts and the document's certificate.
import { psString, psValue } from "../powershell";
import type { OnpremExchangeDocument } from "./document";

type Doc = Omit<OnpremExchangeDocument, "run">;
import type { StepSpec } from "./run-graph";

type Server = Doc["baseline"]["servers"][number];

/** Invoke-Command on the item's server (remote) or here (local), with arguments. */
function onServer(remote: boolean, args: string, body: string): string {
  return `Invoke-Command ${remote ? "-ComputerName $item.Name " : ""}-ArgumentList ${args} -ScriptBlock {
      ${body.trim()}
    }`;
}

/** The variables the baseline steps read (set once at the top of the script). */
export function baselineVariables(doc: Doc): Record<string, ReturnType<typeof psValue>> {
  return {
    Registry: psValue(doc.baseline.registry.map((s) => ({ Path: s.path, Name: s.name, Value: s.value }))),
    EventLogs: psValue(doc.baseline.eventLogs.map((log) => ({ Name: log.name, MB: log.maxSizeMB }))),
    VisualCpp: psValue(doc.baseline.visualCppRuntimes.map((r) => r.displayNameLike)),
  };
}

export function baselineSteps(doc: Doc, servers: Server[], remote: boolean, after: { ems: string; installed: string }): StepSpec[] {
  const items = servers.map((s) => ({ Name: s.name, PageFileMB: s.pageFileMB, Services: s.role === "edge" ? "SMTP" : doc.certificate.services.join(", ") }));
  const plan = doc.baseline.powerPlan;
  const certificate = `Get-ExchangeCertificate -Server $item.Name | Where-Object { $_.CertificateDomains -contains ${psString(doc.certificate.subject)} -and -not $_.IsSelfSigned -and $_.NotAfter -gt (Get-Date).AddDays(1) } | Sort-Object -Property NotAfter | Select-Object -Last 1`;
  return [
    {
      key: "baseline-registry",
      title: "TLS 1.0 and 1.1 off, every TLS 1.2 value set, .NET strong crypto, TCP KeepAliveTime, Credential Guard off (EXO-08)",
      after: [],
      forEach: items,
      itemLabel: "$item.Name",
      test: onServer(remote, "(,$Registry)", `param($Settings)
      -not ($Settings | Where-Object { (Get-ItemProperty -Path $_.Path -Name $_.Name -ErrorAction SilentlyContinue).($_.Name) -ne $_.Value })`),
      set: `${onServer(remote, "(,$Registry)", `param($Settings)
      foreach ($s in $Settings) {
        if (-not (Test-Path -Path $s.Path)) { New-Item -Path $s.Path -Force | Out-Null }
        New-ItemProperty -Path $s.Path -Name $s.Name -Value $s.Value -PropertyType DWord -Force | Out-Null
      }`)}
    Write-Warning "$($item.Name) needs a restart for the TLS and Credential Guard settings to take effect"`,
    },
    {
      key: "baseline-page-file",
      title: "One fixed page file of 25 % of memory",
      after: [],
      forEach: items,
      itemLabel: "$item.Name",
      test: onServer(remote, "$item.PageFileMB", `param($MB)
      $files = @(Get-CimInstance -ClassName Win32_PageFileSetting)
      -not (Get-CimInstance -ClassName Win32_ComputerSystem).AutomaticManagedPagefile -and $files.Count -eq 1 -and $files[0].InitialSize -eq $MB -and $files[0].MaximumSize -eq $MB`),
      set: onServer(remote, "$item.PageFileMB", `param($MB)
      Get-CimInstance -ClassName Win32_ComputerSystem | Set-CimInstance -Property @{ AutomaticManagedPagefile = $false }
      Get-CimInstance -ClassName Win32_PageFileSetting | Where-Object { $_.Name -notlike 'C:\\*' } | Remove-CimInstance
      $file = Get-CimInstance -ClassName Win32_PageFileSetting | Where-Object { $_.Name -like 'C:\\*' }
      if (-not $file) { $file = New-CimInstance -ClassName Win32_PageFileSetting -Property @{ Name = 'C:\\pagefile.sys' } }
      $file | Set-CimInstance -Property @{ InitialSize = [uint32]$MB; MaximumSize = [uint32]$MB }`),
    },
    {
      key: "baseline-power-plan",
      title: `Power plan ${plan.name}`,
      after: [],
      forEach: items,
      itemLabel: "$item.Name",
      test: onServer(remote, psString(plan.guid), `param($Guid)
      "$(powercfg.exe /getactivescheme)" -match $Guid`),
      set: onServer(remote, psString(plan.guid), `param($Guid)
      powercfg.exe /setactive $Guid`),
    },
    {
      key: "baseline-event-logs",
      title: "Application and System event logs hold at least a week",
      after: [],
      forEach: items,
      itemLabel: "$item.Name",
      test: onServer(remote, "(,$EventLogs)", `param($Logs)
      -not ($Logs | Where-Object { (Get-WinEvent -ListLog $_.Name).MaximumSizeInBytes -lt [int64]$_.MB * 1048576 })`),
      set: onServer(remote, "(,$EventLogs)", `param($Logs)
      foreach ($log in $Logs) { Limit-EventLog -LogName $log.Name -MaximumSize ([int64]$log.MB * 1048576) }`),
    },
    {
      key: "baseline-visual-cpp",
      title: "Visual C++ 2012 and 2013 runtimes are installed",
      after: [],
      forEach: items,
      itemLabel: "$item.Name",
      manual: { work: "visual-cpp", todo: "install the Visual C++ 2012 and 2013 x64 redistributables (Exchange Server prerequisites) on this server" },
      test: onServer(remote, "(,$VisualCpp)", `param($Patterns)
      $names = @(Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*', 'HKLM:\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*' -ErrorAction SilentlyContinue | ForEach-Object { $_.DisplayName })
      -not ($Patterns | Where-Object { $pattern = $_; -not ($names | Where-Object { $_ -like $pattern }) })`),
    },
    {
      key: "certificate-installed",
      title: `The certificate for ${doc.certificate.subject} from the Key Vault is on the server`,
      after: [after.ems, after.installed],
      forEach: items,
      itemLabel: "$item.Name",
      manual: {
        work: "certificate",
        todo: `import the certificate (SAN ${doc.certificate.names.join(", ")}) into the Key Vault as ${doc.certificate.vaultCertificate}; the Key Vault extension installs it on the server within its polling interval`,
      },
      test: `[bool](${certificate})`,
    },
    {
      key: "certificate-enabled",
      title: "The certificate is enabled for the server's services",
      after: ["certificate-installed"],
      forEach: items,
      itemLabel: "$item.Name",
      test: `$c = ${certificate}
    $services = "$($c.Services)"
    $c -and -not (($item.Services -split ', ') | Where-Object { $services -notmatch $_ })`,
      set: `$c = ${certificate}
    Enable-ExchangeCertificate -Server $item.Name -Thumbprint $c.Thumbprint -Services $item.Services -Force`,
    },
  ];
}
