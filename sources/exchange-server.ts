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
  "learn-exchange-build-numbers": {
    title: "Exchange Server build numbers and release dates",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/new-features/build-numbers-and-release-dates",
    read: "2026-12-01",
    says: "Every cumulative update and security update of Exchange Server with its release date: a few CUs and several SUs a year, each a rolling pass over the DAG.",
    primary: true,
  },
} satisfies SourceArea;
