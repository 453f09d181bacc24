// The Exchange organization document as idempotent Exchange Management Shell steps. Every
// step is a guard (`test`: true when the desired state already holds, read-only cmdlets only)
// and a change (`set`) that runs only when the guard is false. Steps over lists run once
// per item, with the item in $item. Values from the document are written with the literal
// functions of model/powershell.ts only; every cmdlet name is written out (no command built
// from a string) and every parameter given by name (no splatting), so the conformance test can
// check each call against the cmdlet reference (sources: learn-exchange-preferred-architecture,
// cmdlet-set-owavirtualdirectory).
import { psDays, psString, psValue, type PsValue } from "../powershell";
import { baselineSteps, baselineVariables } from "./baseline-steps";
import { clientAccessExtraSteps, mailFlowSteps } from "./mail-flow-steps";
import type { OnpremExchangeDocument, VirtualDirectoryKind } from "./document";
import { numberSteps, type ScriptStep, type StepSpec } from "./run-graph";
import { TRANSPORT_LOG_DISK } from "./topology";

type Doc = Omit<OnpremExchangeDocument, "run">;

export type { ScriptStep } from "./run-graph";

/** Each virtual directory's Get- and Set- cmdlet. */
const VDIR_CMDLETS: Record<VirtualDirectoryKind, { get: string; set: string }> = {
  owa: { get: "Get-OwaVirtualDirectory", set: "Set-OwaVirtualDirectory" },
  ecp: { get: "Get-EcpVirtualDirectory", set: "Set-EcpVirtualDirectory" },
  ews: { get: "Get-WebServicesVirtualDirectory", set: "Set-WebServicesVirtualDirectory" },
  mapi: { get: "Get-MapiVirtualDirectory", set: "Set-MapiVirtualDirectory" },
  activesync: { get: "Get-ActiveSyncVirtualDirectory", set: "Set-ActiveSyncVirtualDirectory" },
  oab: { get: "Get-OabVirtualDirectory", set: "Set-OabVirtualDirectory" },
  powershell: { get: "Get-PowerShellVirtualDirectory", set: "Set-PowerShellVirtualDirectory" },
  autodiscover: { get: "Get-AutodiscoverVirtualDirectory", set: "Set-AutodiscoverVirtualDirectory" },
};

/** The variables the script sets once, before the steps: name to PowerShell literal. */
export function scriptVariables(doc: Doc): Record<string, string> {
  return { DagName: psString(doc.dag.name), ...baselineVariables(doc) };
}

const EMS = "ems";
const INSTALLED = "exchange-installed";

export function onpremScriptSteps(doc: Doc): ScriptStep[] {
  const dag = "$DagName";
  const mailbox = doc.baseline.servers.filter((server) => server.role === "mailbox");
  const steps: StepSpec[] = [
    {
      key: EMS,
      after: [],
      title: "Exchange Management Shell is loaded",
      test: "[bool](Get-Command Get-ExchangeServer -ErrorAction SilentlyContinue)",
      set: "Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn",
    },
    {
      key: INSTALLED,
      after: [EMS],
      title: "Exchange Server is installed on every mailbox server",
      forEach: doc.servers.mailbox.map((server) => server.name),
      test: "[bool](Get-ExchangeServer -Identity $item -ErrorAction SilentlyContinue)",
      // Setup needs the installation media; it is a precondition, not something this script does.
      manual: { work: "exchange-setup", todo: "run Setup.exe /Mode:Install /Roles:Mailbox /IAcceptExchangeServerLicenseTerms_DiagnosticDataOFF on the server" },
    },
    ...baselineSteps(doc, mailbox, true, { ems: EMS, installed: INSTALLED }),
    {
      key: "witness-prepared",
      after: [],
      title: `Exchange Trusted Subsystem is in the local Administrators group of the witness ${doc.dag.witness.server}`,
      test: `Invoke-Command -ComputerName ${psString(doc.dag.witness.server)} -ScriptBlock {
      [bool](Get-LocalGroupMember -Group 'Administrators' | Where-Object { $_.Name -like '*\\Exchange Trusted Subsystem' })
    }`,
      // The domain's NetBIOS name as this server knows it: the group lives in the Exchange forest's domain.
      set: `Invoke-Command -ComputerName ${psString(doc.dag.witness.server)} -ArgumentList $env:USERDOMAIN -ScriptBlock {
      param($Domain)
      Add-LocalGroupMember -Group 'Administrators' -Member "$Domain\\Exchange Trusted Subsystem"
    }`,
    },
    {
      key: "dag",
      after: [INSTALLED, "witness-prepared"],
      title: `DAG ${doc.dag.name} exists (IP-less)`,
      test: `[bool](Get-DatabaseAvailabilityGroup -Identity ${dag} -ErrorAction SilentlyContinue)`,
      set: `New-DatabaseAvailabilityGroup -Name ${dag} -WitnessServer ${psString(doc.dag.witness.server)} -WitnessDirectory ${psString(doc.dag.witness.directory)} -DatabaseAvailabilityGroupIpAddresses ([System.Net.IPAddress]::None)`,
    },
    {
      key: "dag-witness",
      after: ["dag"],
      title: `DAG witness is ${doc.dag.witness.server} (${doc.dag.witness.failureDomain}: ${doc.dag.witness.location})`,
      test: `$d = Get-DatabaseAvailabilityGroup -Identity ${dag}; ("$($d.WitnessServer)" -split '\\.')[0] -eq ${psString(doc.dag.witness.server)} -and "$($d.WitnessDirectory)" -eq ${psString(doc.dag.witness.directory)}`,
      set: `Set-DatabaseAvailabilityGroup -Identity ${dag} -WitnessServer ${psString(doc.dag.witness.server)} -WitnessDirectory ${psString(doc.dag.witness.directory)}`,
    },
    {
      key: "dag-members",
      after: ["dag"],
      title: "DAG members",
      forEach: doc.dag.members,
      test: `@((Get-DatabaseAvailabilityGroup -Identity ${dag}).Servers | ForEach-Object { $_.Name }) -contains $item`,
      set: `Add-DatabaseAvailabilityGroupServer -Identity ${dag} -MailboxServer $item`,
    },
    {
      key: "dag-settings",
      after: ["dag-members"],
      title: "DAG in DAC mode, networks configured manually, Replay Lag Manager as designed",
      test: `$d = Get-DatabaseAvailabilityGroup -Identity ${dag}; "$($d.DatacenterActivationMode)" -eq ${psString(doc.dag.datacenterActivationMode)} -and $d.ManualDagNetworkConfiguration -eq $true -and $d.ReplayLagManagerEnabled -eq ${psValue(doc.dag.replayLagManagerEnabled)}`,
      set: `Set-DatabaseAvailabilityGroup -Identity ${dag} -DatacenterActivationMode ${doc.dag.datacenterActivationMode} -ManualDagNetworkConfiguration $true -ReplayLagManagerEnabled ${psValue(doc.dag.replayLagManagerEnabled)}`,
    },
    {
      key: "dag-networks",
      after: ["dag-settings"],
      title: doc.dag.networks.length === 1 ? "One DAG network for clients and replication (the rooms share one network)" : "DAG networks (client/MAPI and replication)",
      forEach: doc.dag.networks.map((n) => ({ Name: n.name, Subnets: n.subnets, Replication: n.replicationEnabled })),
      itemLabel: "$item.Name",
      test: `$n = Get-DatabaseAvailabilityGroupNetwork -Identity "$DagName\\$($item.Name)" -ErrorAction SilentlyContinue
    $n -and $n.ReplicationEnabled -eq $item.Replication -and ((@($n.Subnets | ForEach-Object { "$($_.SubnetId)" }) | Sort-Object) -join ',') -eq ((@($item.Subnets) | Sort-Object) -join ',')`,
      set: `if (Get-DatabaseAvailabilityGroupNetwork -Identity "$DagName\\$($item.Name)" -ErrorAction SilentlyContinue) {
      Set-DatabaseAvailabilityGroupNetwork -Identity "$DagName\\$($item.Name)" -Subnets $item.Subnets -ReplicationEnabled $item.Replication
    } else {
      New-DatabaseAvailabilityGroupNetwork -DatabaseAvailabilityGroup ${dag} -Name $item.Name -Subnets $item.Subnets -ReplicationEnabled $item.Replication
    }`,
    },
    ...replicationAdapterSteps(doc),
    {
      key: "data-volumes",
      after: [],
      // Each copy (and, with a decision on logs, the message tracking logs) has its own disk in
      // the stack (storage_disk, sized in GiB); without this the database would land on the
      // system disk. Only an empty (RAW) disk is ever formatted: the smallest that holds the
      // volume, so a lagged copy (a larger disk) never gets a smaller one. ReFS, 64 KB units,
      // integrity streams off: the storage best practice for database and log volumes
      // (source: learn-exchange-storage-configuration).
      title: "Each database copy has its own ReFS data volume, mounted at the database folder on its server",
      forEach: dataVolumes(doc),
      itemLabel: '"$($item.Volume) on $($item.Server)"',
      test: `Invoke-Command -ComputerName $item.Server -ArgumentList $item.Folder -ScriptBlock {
      param($Folder)
      $partition = Get-Partition | Where-Object { $_.AccessPaths -contains $Folder }
      [bool]($partition -and ($partition | Get-Volume).FileSystem -eq 'ReFS')
    }`,
      set: `Invoke-Command -ComputerName $item.Server -ArgumentList $item.Folder, $item.SizeGB, $item.Volume -ScriptBlock {
      param($Folder, $SizeGB, $Label)
      $disk = Get-Disk | Where-Object { $_.PartitionStyle -eq 'RAW' -and $_.Size -ge [int64]$SizeGB * 1073741824 } | Sort-Object -Property @('Size', 'Number') | Select-Object -First 1
      if (-not $disk) { throw "No empty data disk of $SizeGB GB for $Folder on $($env:COMPUTERNAME): the stack attaches one per database copy (exchange-iac plan shows it); attach it and run this script again" }
      Initialize-Disk -Number $disk.Number -PartitionStyle GPT
      $partition = New-Partition -DiskNumber $disk.Number -UseMaximumSize
      Format-Volume -Partition $partition -FileSystem ReFS -AllocationUnitSize 65536 -SetIntegrityStreams $false -NewFileSystemLabel $Label -Confirm:$false | Out-Null
      New-Item -ItemType Directory -Path $Folder -Force | Out-Null
      Add-PartitionAccessPath -DiskNumber $disk.Number -PartitionNumber $partition.PartitionNumber -AccessPath $Folder
    }`,
    },
    {
      key: "databases",
      after: ["dag-members", "data-volumes"],
      title: "Mailbox databases exist and are mounted",
      forEach: doc.databases.map((db) => ({ Name: db.name, Server: db.copies[0]!.server, Edb: db.edbFilePath, Log: db.logFolderPath })),
      itemLabel: "$item.Name",
      test: `$db = Get-MailboxDatabase -Identity $item.Name -Status -ErrorAction SilentlyContinue; $db -and $db.Mounted`,
      set: `if (-not (Get-MailboxDatabase -Identity $item.Name -ErrorAction SilentlyContinue)) {
      New-MailboxDatabase -Name $item.Name -Server $item.Server -EdbFilePath $item.Edb -LogFolderPath $item.Log | Out-Null
    }
    Mount-Database -Identity $item.Name`,
    },
    {
      key: "database-copies",
      after: ["databases"],
      title: "Database copies in both rooms, with activation preference and replay lag",
      forEach: doc.databases.flatMap((db) =>
        db.copies.map((c) => ({ Db: db.name, Server: c.server, Preference: c.activationPreference, LagDays: c.replayLagDays })),
      ),
      itemLabel: '"$($item.Db)\\$($item.Server)"',
      test: `$db = Get-MailboxDatabase -Identity $item.Db
    $pref = @($db.ActivationPreference | Where-Object { $_.Key.Name -eq $item.Server })
    $lag = @($db.ReplayLagTimes | Where-Object { $_.Key.Name -eq $item.Server })
    $lagDays = if ($lag.Count) { $lag[0].Value.TotalDays } else { 0 }
    $pref.Count -eq 1 -and $pref[0].Value -eq $item.Preference -and $lagDays -eq $item.LagDays`,
      set: `$lagTime = [TimeSpan]::FromDays($item.LagDays)
    if (@((Get-MailboxDatabase -Identity $item.Db).Servers | ForEach-Object { $_.Name }) -notcontains $item.Server) {
      Add-MailboxDatabaseCopy -Identity $item.Db -MailboxServer $item.Server -ActivationPreference $item.Preference -ReplayLagTime $lagTime
    } else {
      Set-MailboxDatabaseCopy -Identity "$($item.Db)\\$($item.Server)" -ActivationPreference $item.Preference -ReplayLagTime $lagTime
    }`,
    },
    {
      key: "witness-in-use",
      after: ["dag-witness", "dag-members"],
      title: `The DAG uses the witness share on ${doc.dag.witness.server}`,
      test: `"$((Get-DatabaseAvailabilityGroup -Identity ${dag} -Status).WitnessShareInUse)" -eq 'Primary'`,
      set: `throw ${psString(`The DAG does not use its witness share: check that ${doc.dag.witness.server} is reachable over SMB from every member and that Exchange Trusted Subsystem is in its local Administrators group`)}`,
    },
    {
      key: "safety-net",
      after: [EMS],
      title: `Safety Net holds mail at least ${doc.dataProtection.safetyNetHoldDays} days (not less than the replay lag)`,
      test: `(Get-TransportConfig).SafetyNetHoldTime.TotalDays -ge ${doc.dataProtection.safetyNetHoldDays}`,
      set: `Set-TransportConfig -SafetyNetHoldTime ${psDays(doc.dataProtection.safetyNetHoldDays)}`,
    },
    ...messageTrackingSteps(doc),
    {
      key: "single-item-recovery",
      after: [EMS],
      title: "Single Item Recovery is on for every mailbox",
      test: "-not (Get-Mailbox -ResultSize Unlimited | Where-Object { -not $_.SingleItemRecoveryEnabled })",
      set: "Get-Mailbox -ResultSize Unlimited | Where-Object { -not $_.SingleItemRecoveryEnabled } | Set-Mailbox -SingleItemRecoveryEnabled $true",
    },
    {
      key: "receive-connectors",
      after: [INSTALLED],
      title: "Internet receive connectors require TLS",
      forEach: doc.transport.receiveConnectors.map((c) => ({ Name: c.name, Server: c.servers[0]!, Auth: c.authMechanism })),
      itemLabel: "$item.Name",
      test: `$r = Get-ReceiveConnector -Identity "$($item.Server)\\$($item.Name)" -ErrorAction SilentlyContinue; $r -and $r.RequireTLS -and "$($r.AuthMechanism)" -eq $item.Auth`,
      set: `Set-ReceiveConnector -Identity "$($item.Server)\\$($item.Name)" -RequireTLS $true -AuthMechanism $item.Auth`,
    },
    {
      key: "client-submission",
      after: [INSTALLED],
      title: "Client submission (SMTP AUTH) connectors are disabled",
      forEach: doc.transport.clientSubmission.connectors.map((name, i) => ({ Name: name, Server: doc.servers.mailbox[i]!.name })),
      itemLabel: "$item.Name",
      test: `$r = Get-ReceiveConnector -Identity "$($item.Server)\\$($item.Name)" -ErrorAction SilentlyContinue; -not $r -or -not $r.Enabled`,
      set: `Set-ReceiveConnector -Identity "$($item.Server)\\$($item.Name)" -Enabled $false`,
    },
    ...mailFlowSteps(doc),
    ...virtualDirectorySteps(doc),
    {
      key: "autodiscover-scp",
      after: [INSTALLED],
      title: "Autodiscover service connection point",
      forEach: groupByServers(
        doc.clientAccess.virtualDirectories.filter((v) => v.kind === "autodiscover").map((v) => ({ server: v.server, value: { Internal: v.internalUrl } })),
      ),
      itemLabel: "$item.Internal",
      test: `-not (@($item.Servers) | Where-Object { "$((Get-ClientAccessService -Identity $_).AutoDiscoverServiceInternalUri)" -ne $item.Internal })`,
      set: "foreach ($server in $item.Servers) { Set-ClientAccessService -Identity $server -AutoDiscoverServiceInternalUri $item.Internal }",
    },
    ...clientAccessExtraSteps(doc),
    ...authenticationSteps(doc),
    {
      key: "amsi",
      after: [EMS],
      title: "AMSI integration is not disabled by a setting override (ONP-04)",
      test: "-not (Get-SettingOverride | Where-Object { $_.ComponentName -eq 'Cafe' -and $_.SectionName -eq 'HttpRequestFiltering' -and ($_.Parameters -join ';') -match 'Enabled=False' })",
      set: "Get-SettingOverride | Where-Object { $_.ComponentName -eq 'Cafe' -and $_.SectionName -eq 'HttpRequestFiltering' -and ($_.Parameters -join ';') -match 'Enabled=False' } | Remove-SettingOverride -Confirm:$false",
    },
    {
      key: "serialization-signing",
      after: [EMS],
      title: "PowerShell serialization payload signing is not disabled by a setting override",
      test: "-not (Get-SettingOverride | Where-Object { $_.SectionName -eq 'EnableSerializationDataSigning' -and ($_.Parameters -join ';') -match 'Enabled=False' })",
      set: "Get-SettingOverride | Where-Object { $_.SectionName -eq 'EnableSerializationDataSigning' -and ($_.Parameters -join ';') -match 'Enabled=False' } | Remove-SettingOverride -Confirm:$false",
    },
    {
      key: "eems-organization",
      after: [EMS],
      title: "Emergency Mitigation service is on for the organization (ONP-04)",
      test: "(Get-OrganizationConfig).MitigationsEnabled -eq $true",
      set: "Set-OrganizationConfig -MitigationsEnabled $true",
    },
    {
      key: "eems-servers",
      after: [INSTALLED],
      title: "Emergency Mitigation service is on for every mailbox server",
      forEach: doc.servers.mailbox.map((server) => server.name),
      test: "(Get-ExchangeServer -Identity $item).MitigationsEnabled -eq $true",
      set: "Set-ExchangeServer -Identity $item -MitigationsEnabled $true",
    },
    {
      key: "admin-audit",
      after: [EMS],
      title: `Admin audit log is on and kept ${doc.audit.adminAuditLog.ageLimitDays} days (EXO-02)`,
      test: `$a = Get-AdminAuditLogConfig; $a.AdminAuditLogEnabled -and $a.AdminAuditLogAgeLimit.TotalDays -ge ${doc.audit.adminAuditLog.ageLimitDays}`,
      set: `Set-AdminAuditLogConfig -AdminAuditLogEnabled $true -AdminAuditLogAgeLimit ${psDays(doc.audit.adminAuditLog.ageLimitDays)}`,
    },
    {
      key: "mailbox-audit",
      after: [EMS],
      title: `Mailbox audit is on for every mailbox and kept ${doc.audit.mailboxAudit.ageLimitDays} days (EXO-02)`,
      test: `-not (Get-Mailbox -ResultSize Unlimited | Where-Object { -not $_.AuditEnabled -or $_.AuditLogAgeLimit.TotalDays -lt ${doc.audit.mailboxAudit.ageLimitDays} })`,
      set: `Get-Mailbox -ResultSize Unlimited | Where-Object { -not $_.AuditEnabled -or $_.AuditLogAgeLimit.TotalDays -lt ${doc.audit.mailboxAudit.ageLimitDays} } | Set-Mailbox -AuditEnabled $true -AuditLogAgeLimit ${psDays(doc.audit.mailboxAudit.ageLimitDays)}`,
    },
    ...doc.transportRules.flatMap(transportRuleSteps),
    {
      key: "retention-tags",
      after: [EMS],
      title: "Retention tags from the deletion decisions (RET-01)",
      forEach: doc.retention.tags.map((t) => ({ Name: t.name, Type: t.type, Days: t.ageLimitDays, Comment: t.comment })),
      itemLabel: "$item.Name",
      test: `$t = Get-RetentionPolicyTag -Identity $item.Name -ErrorAction SilentlyContinue
    $t -and $t.RetentionEnabled -and "$($t.Type)" -eq $item.Type -and $t.AgeLimitForRetention.TotalDays -eq $item.Days -and "$($t.RetentionAction)" -eq 'DeleteAndAllowRecovery'`,
      set: `if (Get-RetentionPolicyTag -Identity $item.Name -ErrorAction SilentlyContinue) {
      Set-RetentionPolicyTag -Identity $item.Name -RetentionEnabled $true -AgeLimitForRetention $item.Days -RetentionAction DeleteAndAllowRecovery -Comment $item.Comment -Confirm:$false
    } else {
      # A tag's type is fixed when it is created; the default policy tag is of type All (source: cmdlet-new-retentionpolicytag).
      New-RetentionPolicyTag -Name $item.Name -Type $item.Type -RetentionEnabled $true -AgeLimitForRetention $item.Days -RetentionAction DeleteAndAllowRecovery -Comment $item.Comment | Out-Null
    }`,
    },
    ...(doc.retention.tags.length === 0 ? [] : retentionPolicySteps(doc)),
    {
      key: "records-access",
      after: [EMS],
      title: "Search, export and hold across all mailboxes are granted to the named role groups (RET-03)",
      forEach: doc.recordsAccess.map((access) => ({ Name: access.roleGroup, Roles: access.roles })),
      itemLabel: "$item.Name",
      test: `$g = Get-RoleGroup -Identity $item.Name -ErrorAction SilentlyContinue
    $g -and -not ($item.Roles | Where-Object { @($g.Roles | ForEach-Object { $_.Name }) -notcontains $_ })`,
      set: `if (Get-RoleGroup -Identity $item.Name -ErrorAction SilentlyContinue) {
      $item.Roles | ForEach-Object { New-ManagementRoleAssignment -SecurityGroup $item.Name -Role $_ -ErrorAction SilentlyContinue | Out-Null }
    } else {
      New-RoleGroup -Name $item.Name -Roles $item.Roles | Out-Null
    }`,
    },
    {
      key: "remote-domains",
      after: [EMS],
      title: "Automatic forwarding to external domains is off (EXO-01)",
      forEach: doc.remoteDomains.map((d) => ({ Name: d.name, AutoReply: d.autoReplyEnabled })),
      itemLabel: "$item.Name",
      test: "$r = Get-RemoteDomain -Identity $item.Name; $r.AutoForwardEnabled -eq $false -and $r.AutoReplyEnabled -eq $item.AutoReply",
      set: "Set-RemoteDomain -Identity $item.Name -AutoForwardEnabled $false -AutoReplyEnabled $item.AutoReply",
    },
    {
      key: "sharing",
      after: [EMS],
      title: "Calendar and contacts are not shared with all domains (EXO-07)",
      test: "-not (Get-SharingPolicy | Where-Object { $_.Enabled -and ($_.Domains -join ';') -match '(^|;)\\*:' })",
      set: "Get-SharingPolicy | Where-Object { $_.Enabled -and ($_.Domains -join ';') -match '(^|;)\\*:' } | Set-SharingPolicy -Enabled $false",
    },
  ];
  return numberSteps(steps);
}

/**
 * With a replication network apart from the MAPI network: its adapter has no default gateway
 * and does not register in DNS, and a persistent static route leads to the other room's
 * replication subnet (source: learn-exchange-plan-ha). The adapter is the one with an address
 * in the room's replication subnet.
 */
function replicationAdapterSteps(doc: Doc): StepSpec[] {
  if (doc.dag.replicationRoutes.length === 0) return [];
  const subnetOf = (room: string) => doc.rooms.find((r) => r.role === room)!.replicationSubnet;
  const adapter = `param($Subnet, $Destination, $Gateway)
      $network, $bits = $Subnet -split '/'
      $toNumber = { param($Address) $b = ([System.Net.IPAddress]$Address).GetAddressBytes(); [Array]::Reverse($b); [BitConverter]::ToUInt32($b, 0) }
      $mask = [uint32]([Math]::Pow(2, 32) - [Math]::Pow(2, 32 - [int]$bits))
      $ip = Get-NetIPAddress -AddressFamily IPv4 | Where-Object { ((& $toNumber $_.IPAddress) -band $mask) -eq ((& $toNumber $network) -band $mask) } | Select-Object -First 1`;
  return [
    {
      key: "replication-adapters",
      after: [],
      title: "Replication adapters: no gateway, no DNS registration, a persistent route to the other room's replication subnet",
      forEach: doc.servers.mailbox.map((server) => {
        const route = doc.dag.replicationRoutes.find((r) => r.room === server.room)!;
        return { Name: server.name, Subnet: subnetOf(server.room), Destination: route.destination, Gateway: route.gateway };
      }),
      itemLabel: "$item.Name",
      test: `Invoke-Command -ComputerName $item.Name -ArgumentList $item.Subnet, $item.Destination, $item.Gateway -ScriptBlock {
      ${adapter}
      $ip -and -not (Get-NetRoute -InterfaceIndex $ip.InterfaceIndex -DestinationPrefix '0.0.0.0/0' -ErrorAction SilentlyContinue) -and -not (Get-DnsClient -InterfaceIndex $ip.InterfaceIndex).RegisterThisConnectionsAddress -and [bool](Get-NetRoute -DestinationPrefix $Destination -NextHop $Gateway -PolicyStore PersistentStore -ErrorAction SilentlyContinue)
    }`,
      set: `Invoke-Command -ComputerName $item.Name -ArgumentList $item.Subnet, $item.Destination, $item.Gateway -ScriptBlock {
      ${adapter}
      if (-not $ip) { throw "No network adapter in the replication subnet $Subnet on $($env:COMPUTERNAME): the stack gives each Mailbox server one" }
      Get-NetRoute -InterfaceIndex $ip.InterfaceIndex -DestinationPrefix '0.0.0.0/0' -ErrorAction SilentlyContinue | Remove-NetRoute -Confirm:$false
      Set-DnsClient -InterfaceIndex $ip.InterfaceIndex -RegisterThisConnectionsAddress $false
      if (-not (Get-NetRoute -DestinationPrefix $Destination -NextHop $Gateway -PolicyStore PersistentStore -ErrorAction SilentlyContinue)) {
        New-NetRoute -DestinationPrefix $Destination -InterfaceIndex $ip.InterfaceIndex -NextHop $Gateway -PolicyStore PersistentStore | Out-Null
      }
    }`,
    },
  ];
}

/** The data volumes of each Mailbox server: one per database copy, and the message tracking log volume when a decision on logs keeps them. */
function dataVolumes(doc: Doc): PsValue[] {
  const copies = doc.databases.flatMap((db) => db.copies.map((copy) => ({ Volume: db.name, Server: copy.server, Folder: db.volumeFolder, SizeGB: copy.diskGB })));
  const { volumeFolder, diskGB } = doc.transport.messageTracking;
  if (volumeFolder === null || diskGB === null) return copies;
  return [...copies, ...doc.servers.mailbox.map((server) => ({ Volume: TRANSPORT_LOG_DISK, Server: server.name, Folder: volumeFolder, SizeGB: diskGB }))];
}

/** Age, size and place of the message tracking logs, on every mailbox server, when a decision on logs sets them. */
function messageTrackingSteps(doc: Doc): StepSpec[] {
  const { maxAgeDays, maxDirectorySizeMB, logPath, deletionDecisionIds } = doc.transport.messageTracking;
  if (maxAgeDays === null || maxDirectorySizeMB === null || logPath === null) return [];
  return [
    {
      key: "message-tracking",
      after: [INSTALLED],
      title: `Message tracking logs are kept ${maxAgeDays} days in a directory of ${maxDirectorySizeMB} MB on their own volume (${deletionDecisionIds.join(", ")})`,
      forEach: doc.servers.mailbox.map((server) => server.name),
      test: `$t = Get-TransportService -Identity $item
    $size = $t.MessageTrackingLogMaxDirectorySize
    "$($t.MessageTrackingLogPath)" -eq ${psString(logPath)} -and $t.MessageTrackingLogMaxAge.TotalDays -ge ${maxAgeDays} -and ($size.IsUnlimited -or $size.Value.ToMB() -ge ${maxDirectorySizeMB})`,
      // The directory is sized first: otherwise logs kept longer would be deleted by size.
      set: `Set-TransportService -Identity $item -MessageTrackingLogPath ${psString(logPath)} -MessageTrackingLogMaxDirectorySize ${psString(`${maxDirectorySizeMB}MB`)} -MessageTrackingLogMaxAge ${psDays(maxAgeDays)}`,
    },
  ];
}

/**
 * URLs and Extended Protection of each virtual directory, one step per kind so every cmdlet is
 * named. Require needs the SPNs clients connect to (source: cmdlet-set-owavirtualdirectory);
 * Set-MapiVirtualDirectory and Set-AutodiscoverVirtualDirectory take the same parameters.
 */
function virtualDirectorySteps(doc: Doc): StepSpec[] {
  const kinds: VirtualDirectoryKind[] = ["owa", "ecp", "ews", "mapi", "activesync", "oab", "powershell", "autodiscover"];
  return kinds.map((kind) => {
    const cmdlets = VDIR_CMDLETS[kind];
    // The Autodiscover directory's URLs are not used (the service connection point is); only its Extended Protection is set.
    const urls = kind !== "autodiscover";
    return {
      key: `virtual-directory-${kind}`,
      after: [INSTALLED],
      title: `${kind} ${urls ? "URLs and " : ""}Extended Protection (Microsoft's value: ${doc.clientAccess.virtualDirectories.find((v) => v.kind === kind)?.extendedProtection ?? "none"})`,
      forEach: groupByServers(
        doc.clientAccess.virtualDirectories
          .filter((v) => v.kind === kind)
          .map((v) => ({ server: v.server, value: { Internal: v.internalUrl, External: v.externalUrl, Protection: v.extendedProtection, Spns: v.extendedProtectionSPNs } })),
      ),
      itemLabel: "$item.Internal",
      test: `-not (@($item.Servers) | Where-Object {
      $v = ${cmdlets.get} -Server $_ -ADPropertiesOnly | Where-Object { $_.Name -like '*(Default Web Site)' }
      -not (${urls ? `"$($v.InternalUrl)" -eq $item.Internal -and "$($v.ExternalUrl)" -eq "$($item.External)" -and ` : ""}"$($v.ExtendedProtectionTokenChecking)" -eq $item.Protection -and (@($v.ExtendedProtectionSPNList) -join ',') -eq (@($item.Spns) -join ','))
    })`,
      // The front-end (Default Web Site) directory: the back end keeps what Setup gave it.
      set: `foreach ($server in $item.Servers) {
      $v = ${cmdlets.get} -Server $server -ADPropertiesOnly | Where-Object { $_.Name -like '*(Default Web Site)' }
      ${cmdlets.set} -Identity $v.Identity${urls ? " -InternalUrl $item.Internal -ExternalUrl $item.External" : ""} -ExtendedProtectionTokenChecking $item.Protection -ExtendedProtectionSPNList $item.Spns
    }`,
    };
  });
}

/**
 * Legacy authentication is blocked only when modern authentication is recorded, and in order:
 * the authorization server it needs exists (set up by hand: AD FS, or hybrid modern
 * authentication through the Hybrid Configuration Wizard), OAuth is on for the organization, and
 * only then the policy that blocks Basic, NTLM and Kerberos becomes the default (sources:
 * cmdlet-new-authenticationpolicy, cmdlet-set-organizationconfig).
 */
function authenticationSteps(doc: Doc): StepSpec[] {
  const auth = doc.authentication;
  if (!auth.modernAuthenticationProvider) return [];
  const type = auth.modernAuthenticationProvider === "adfs" ? "ADFS" : "AzureAD";
  const how =
    auth.modernAuthenticationProvider === "adfs"
      ? "register AD FS with New-AuthServer -Type ADFS as the default authorization endpoint"
      : "run the Hybrid Configuration Wizard for hybrid modern authentication";
  const policy = psString(auth.policyName);
  const switches = (value: boolean | null) => auth.basicAuthenticationBlockedFor.map((protocol) => `-BlockLegacyAuth${protocol}${value === null ? "" : `:${psValue(value)}`}`).join(" ");
  return [
    {
      key: "modern-authentication",
      // The wizard needs the certificate on the servers and the client names in DNS.
      after: [EMS, "certificate-enabled", "dns"],
      title: `Modern authentication is set up (${type} authorization server)`,
      test: `[bool](Get-AuthServer | Where-Object { "$($_.Type)" -eq ${psString(type)} -and $_.Enabled${type === "ADFS" ? " -and $_.IsDefaultAuthorizationEndpoint" : ""} })`,
      manual: { work: type === "ADFS" ? "adfs" : "hybrid-wizard", todo: how },
    },
    ...(auth.dedicatedHybridApplication
      ? [
          {
            key: "hybrid-application",
            after: ["modern-authentication"],
            title: "Exchange Server uses its dedicated hybrid application in Entra ID (CVE-2025-53786)",
            test: "[bool](Get-SettingOverride | Where-Object { $_.ComponentName -eq 'Global' -and $_.SectionName -eq 'ExchangeOnpremAsThirdPartyAppId' -and ($_.Parameters -join ';') -match 'Enabled=True' })",
            manual: {
              work: "hybrid-application" as const,
              todo: "run Microsoft's ConfigureExchangeHybridApplication script (CSS-Exchange) with -FullyConfigureExchangeHybridApplication, then with -ResetFirstPartyServicePrincipalKeyCredentials",
            },
          },
        ]
      : []),
    {
      key: "oauth",
      after: ["modern-authentication"],
      title: "OAuth (modern authentication) is on for the organization",
      test: "(Get-OrganizationConfig).OAuth2ClientProfileEnabled -eq $true",
      set: "Set-OrganizationConfig -OAuth2ClientProfileEnabled $true",
    },
    {
      key: "legacy-authentication-blocked",
      after: ["oauth"],
      title: `Authentication policy ${auth.policyName} blocks legacy authentication and is the default (EXO-04)`,
      test: `$p = Get-AuthenticationPolicy -Identity ${policy} -ErrorAction SilentlyContinue
    $p -and -not (${psValue(auth.basicAuthenticationBlockedFor)} | Where-Object { -not $p."BlockLegacyAuth$_" }) -and "$((Get-OrganizationConfig).DefaultAuthenticationPolicy)" -eq ${policy}`,
      set: `if (Get-AuthenticationPolicy -Identity ${policy} -ErrorAction SilentlyContinue) { Set-AuthenticationPolicy -Identity ${policy} ${switches(true)} }
    else { New-AuthenticationPolicy -Name ${policy} ${switches(null)} | Out-Null }
    Set-OrganizationConfig -DefaultAuthenticationPolicy ${policy}`,
    },
  ];
}

/** Items with the same settings become one item with the list of servers they apply to. */
function groupByServers(entries: { server: string; value: Record<string, PsValue> }[]): PsValue[] {
  const groups = new Map<string, { Servers: string[]; value: Record<string, PsValue> }>();
  for (const { server, value } of entries) {
    const key = JSON.stringify(value);
    const group = groups.get(key) ?? { Servers: [], value };
    group.Servers.push(server);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ Servers: group.Servers, ...group.value }));
}

function transportRuleSteps(rule: Doc["transportRules"][number]): StepSpec[] {
  const name = psString(rule.name);
  if (rule.purpose === "personal-identity-number") {
    const type = rule.sensitiveInformationType!;
    const classification = `@(@{ Name = ${psString(type.name)}; MinCount = '${type.minCount}'; MinConfidence = '${type.minConfidence}' })`;
    // Encryption on-prem applies an AD RMS template, which needs AD RMS integrated with Exchange
    // (source: cmdlet-new-transportrule); rejection needs nothing more.
    const template = rule.rmsTemplate ?? null;
    const action =
      rule.action === "encrypt"
        ? `-ApplyRightsProtectionTemplate ${psString(template ?? "")}`
        : `-RejectMessageReasonText ${psString(rule.text)} -RejectMessageEnhancedStatusCode '5.7.1'`;
    const rms: StepSpec[] =
      rule.action !== "encrypt"
        ? []
        : [
            {
              key: "rms-template",
              after: [EMS],
              title: `The AD RMS template ${template ?? "(not recorded)"} exists (ONP-11)`,
              test: template === null ? "$false" : `[bool](Get-RMSTemplate -Identity ${psString(template)} -ErrorAction SilentlyContinue)`,
              manual: {
                work: "rms-template",
                todo:
                  template === null
                    ? "No AD RMS template is recorded: set onprem.rightsManagement.template to a template Get-RMSTemplate lists (ONP-11) and synthesize again"
                    : "integrate AD RMS with Exchange (IRM) so that Get-RMSTemplate lists the template (ONP-11)",
              },
            },
          ];
    return [
      ...rms,
      {
      key: "transport-rule-personal-identity-number",
      after: rule.action === "encrypt" ? ["rms-template"] : [EMS],
      title: `Transport rule: outbound mail with Swedish personal identity numbers is ${rule.action === "encrypt" ? "encrypted" : "rejected"} (DLP-01)`,
      test: `$r = Get-TransportRule -Identity ${name} -ErrorAction SilentlyContinue
    $r -and "$($r.State)" -eq 'Enabled' -and "$($r.Mode)" -eq 'Enforce' -and "$($r.SentToScope)" -eq 'NotInOrganization' -and "$($r.MessageContainsDataClassifications)" -match ${psString(type.name)} -and ${rule.action === "encrypt" ? `"$($r.ApplyRightsProtectionTemplate)" -eq ${psString(template ?? "")}` : "[bool]$r.RejectMessageReasonText"}`,
      set: `if (Get-TransportRule -Identity ${name} -ErrorAction SilentlyContinue) { Remove-TransportRule -Identity ${name} -Confirm:$false }
    New-TransportRule -Name ${name} -Priority 0 -Mode Enforce -SentToScope NotInOrganization -MessageContainsDataClassifications ${classification} ${action} | Out-Null`,
      },
    ];
  }
  return [{
    key: "transport-rule-external-sender",
    after: [EMS],
    title: "Transport rule: external senders are tagged (EXO-06)",
    test: `$r = Get-TransportRule -Identity ${name} -ErrorAction SilentlyContinue
    $r -and "$($r.State)" -eq 'Enabled' -and "$($r.FromScope)" -eq 'NotInOrganization' -and $r.PrependSubject -eq ${psString(rule.text)}`,
    set: `if (Get-TransportRule -Identity ${name} -ErrorAction SilentlyContinue) { Remove-TransportRule -Identity ${name} -Confirm:$false }
    New-TransportRule -Name ${name} -Mode Enforce -FromScope NotInOrganization -PrependSubject ${psString(rule.text)} -ExceptIfSubjectContainsWords ${psString(rule.text.trim())} | Out-Null`,
  }];
}

/** The retention policy with the tags, assigned to every mailbox (RET-01). */
function retentionPolicySteps(doc: Doc): StepSpec[] {
  return [
    {
      key: "retention-policy",
      after: ["retention-tags"],
      title: `Retention policy ${doc.retention.policyName} links the tags`,
      test: `$p = Get-RetentionPolicy -Identity ${psString(doc.retention.policyName)} -ErrorAction SilentlyContinue
    $p -and -not (${psValue(doc.retention.tags.map((t) => t.name))} | Where-Object { @($p.RetentionPolicyTagLinks | ForEach-Object { $_.Name }) -notcontains $_ })`,
      set: `$links = ${psValue(doc.retention.tags.map((t) => t.name))}
    if (Get-RetentionPolicy -Identity ${psString(doc.retention.policyName)} -ErrorAction SilentlyContinue) { Set-RetentionPolicy -Identity ${psString(doc.retention.policyName)} -RetentionPolicyTagLinks $links -Confirm:$false }
    else { New-RetentionPolicy -Name ${psString(doc.retention.policyName)} -RetentionPolicyTagLinks $links | Out-Null }`,
    },
    {
      key: "retention-policy-assigned",
      after: ["retention-policy"],
      // The deletion decisions are enforced only on mailboxes that have the policy.
      title: `Every mailbox has the retention policy ${doc.retention.policyName} (RET-01)`,
      test: `-not (Get-Mailbox -ResultSize Unlimited | Where-Object { "$($_.RetentionPolicy)" -ne ${psString(doc.retention.policyName)} })`,
      set: `Get-Mailbox -ResultSize Unlimited | Where-Object { "$($_.RetentionPolicy)" -ne ${psString(doc.retention.policyName)} } | Set-Mailbox -RetentionPolicy ${psString(doc.retention.policyName)}`,
    },
  ];
}
