// English texts of the onprem rules: title, remediation and each message a rule gives.
export const onprem = {
  onp01: {
    title: "Exchange Server is a supported version (Subscription Edition) with at least the June 2026 security update; 2016 and 2019 are out of support since 2025-10-14",
    remediation: "Set onprem.exchangeVersion to SE (upgrade in place from 2019 CU14/CU15, migrate side by side from 2016), install the latest security update (at least 15.2.2562.43, the June 2026 SU) and record the build in onprem.installedBuild.",
  },
  onp02: {
    title: "A DAG keeps at least two copies of every database in at least two server rooms, and its witness is in a third failure domain",
    remediation: "Keep onprem.dag.copiesPerDatabase at 2 or more (4 recommended) so copies land in both rooms, and put the witness in a third room or in Azure (sites.witness).",
  },
  onp03: {
    title: "The recovery site shares a building, power or network with the primary site (a single event can take both down)",
    remediation: "Move the recovery room to another building with its own power and network route, or accept the risk with a waiver; keep the witness outside both rooms.",
  },
  onp04: {
    title: "Extended Protection, AMSI integration and the Emergency Mitigation service are on",
    remediation: "Keep Extended Protection (Require on every virtual directory; publish with SSL bridging, not offloading), AMSI and the Emergency Mitigation service enabled.",
  },
  onp05: {
    title: "The admin center (ECP/EAC) and remote PowerShell are not reachable from the internet; client access from the internet goes through a reverse proxy or WAF; Edge Transport sits in the perimeter network",
    remediation: "Leave ECP and PowerShell without an external URL, publish client protocols only through the reverse proxy/WAF, and keep Edge servers in the perimeter network, outside the domain.",
  },
  onp06: {
    title: "Sizing holds over the planning horizon: storage keeps at least 20 % free after growth, and CPU stays at or below 80 % with the largest failure the design tolerates",
    remediation: "Add mailbox servers or host storage (onprem.hosts.usableStorageTBPerRoom), unpin onprem.mailboxServers so the sizing chooses, or lower quotas, until the utilisation at the horizon fits.",
  },
  onp07: {
    title: "A lagged copy or backup exists, and a restore was tested within the last 12 months",
    remediation: "Keep onprem.dag.laggedCopy on with a replay lag of at least one day (onprem.dag.replayLagDays) or use backup software (onprem.backup.kind), test a restore and record the date in onprem.backup.lastRestoreTest.",
  },
  onp08: {
    title: "Security updates are applied within 14 days of release",
    remediation: "Commit to applying Exchange security updates within 14 days and set onprem.patching.maxDaysToApply to 14 or less.",
  },
  onp09: {
    title: "Virtualized Exchange servers follow Microsoft's support rules: fixed memory (no dynamic memory), checkpoints disabled, at most 2 vCPU per physical core",
    remediation: "Declare a fixed memory_in_mb without dynamic_memory_*, set checkpoint_type = \"Disabled\", and keep onprem.vcpuPerPhysicalCore and the servers' vCPU within 2 per physical core of the room's hosts.",
  },
  onp10: {
    title: "Modern authentication for on-prem clients is recorded as set up, so legacy authentication can be blocked",
    remediation: "Set up modern authentication for Exchange Server (AD FS registered with New-AuthServer -Type ADFS, or hybrid modern authentication through the Hybrid Configuration Wizard), then set onprem.modernAuthentication to adfs or hybrid; the script then turns OAuth on and blocks legacy authentication.",
  },
  onp11: {
    title: "Encrypting personal identity numbers on-prem names the AD RMS template it applies",
    remediation: "Integrate AD RMS with Exchange (IRM) and set onprem.rightsManagement.template to a template Get-RMSTemplate lists, or use personalIdentityNumberAction: reject.",
  },
  onp12: {
    title: "The design fits: the rooms' hosts hold the servers and their disks, and no server exceeds Exchange's limits or the edition's mounted databases (active and passive copies alike)",
    remediation: "Change what the finding names (host storage, cores or memory, onprem.edition, servers per room, or mailbox quotas) to what it says would fit; a waiver does not make hardware fit.",
  },
  onp13: {
    title: "No Exchange 2016 or 2019 server stays beside Exchange SE: SE CU2 will not install while one remains",
    remediation: "Move the mailboxes and connectors off the Exchange 2016/2019 servers and uninstall them before Exchange SE CU2; record the date in onprem.coexistence.decommissionBy and set the counts to 0 when done.",
  },
};
