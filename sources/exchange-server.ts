// Exchange Server SE: lifecycle, architecture, sizing method, hardening, cmdlet reference (on-prem).
import type { SourceArea } from "./types";

export const exchangeServerSources = {
  "learn-exchange-editions": {
    title: "Exchange Server editions and versions",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/plan-and-deploy/deployment-ref/editions-and-versions",
    read: "2026-12-01",
    says: "Standard edition mounts at most 5 databases per server, Enterprise 100; a mounted database is an active or a passive copy, the recovery database excluded.",
    primary: true,
  },
  "learn-exchange-dag": {
    title: "Database availability groups",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/high-availability/database-availability-groups/database-availability-groups",
    read: "2026-12-01",
    says: "A DAG keeps quorum with a majority of voters; with an even number of members a witness server gives the tie-breaking vote.",
    primary: true,
  },
  "learn-exchange-datacenter-switchovers": {
    title: "Datacenter switchovers",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/high-availability/manage-ha/datacenter-switchovers",
    read: "2026-12-01",
    says: "Automatic recovery from the loss of a whole site needs three locations: DAG members in two and the witness in a third.",
    primary: true,
  },
  "learn-exchange-disaster-recovery": {
    title: "Disaster recovery in Exchange Server",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/high-availability/disaster-recovery/disaster-recovery",
    read: "2026-12-01",
    says: "Microsoft considers moving away from traditional backups only with at least three mailbox database copies (Exchange native data protection).",
    primary: true,
  },
  "learn-exchange-preferred-architecture": {
    title: "Exchange Server preferred architecture",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/plan-and-deploy/deployment-ref/preferred-architecture-2019",
    read: "2026-12-01",
    says: "Mailbox servers in two datacenters, four copies of each database (one lagged), the witness in a third datacenter, no single building or power feed shared.",
    primary: true,
  },
  "learn-exchange-build-numbers": {
    title: "Exchange Server build numbers and release dates",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/new-features/build-numbers-and-release-dates",
    read: "2026-12-01",
    says: "Exchange Server gets cumulative updates about twice a year and security or hotfix updates in between; only the latest cumulative update (and the one before) receives security updates.",
    primary: false,
  },
  "learn-exchange-2019-lifecycle": {
    title: "Exchange Server 2019 lifecycle",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/lifecycle/products/exchange-server-2019",
    read: "2026-12-01",
    says: "Exchange Server 2016 and 2019 reached end of support on 14 October 2025; Exchange Server Subscription Edition is the supported successor.",
    primary: false,
  },
  "learn-add-mailboxdatabasecopy": {
    title: "Add-MailboxDatabaseCopy",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/powershell/module/exchangepowershell/add-mailboxdatabasecopy",
    read: "2026-12-01",
    says: "ReplayLagTime: the time the Replication service waits before replaying copied logs; the default 00.00:00:00 means no lag, the maximum is 14 days.",
    primary: true,
  },
} satisfies SourceArea;
