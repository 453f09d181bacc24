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
  "learn-add-mailboxdatabasecopy": {
    title: "Add-MailboxDatabaseCopy",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/powershell/module/exchangepowershell/add-mailboxdatabasecopy",
    read: "2026-12-01",
    says: "ReplayLagTime: the time the Replication service waits before replaying copied logs; the default 00.00:00:00 means no lag, the maximum is 14 days.",
    primary: true,
  },
} satisfies SourceArea;
