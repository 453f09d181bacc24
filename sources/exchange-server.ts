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
  "learn-exchange-plan-ha": {
    title: "Plan for high availability and site resilience (Exchange Server)",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/high-availability/plan-ha",
    read: "2026-12-01",
    says: "A DAG member's MAPI network address is assigned manually or by DHCP with a persistent reservation; APIPA addresses are not supported (Exchange 2019 page; SE follows it).",
    primary: true,
  },
  "learn-exchange-azure-witness": {
    title: "Using a Microsoft Azure VM as a DAG witness server",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/high-availability/manage-ha/azure-vms-as-dag-witness-servers",
    read: "2026-12-01",
    says: "A file share witness on an Azure VM needs a multi-site VPN from both datacenters to its Azure network, with a domain controller and the file server there; it is not the Azure Cloud Witness.",
    primary: true,
  },
  "learn-exchange-virtualization": {
    title: "Exchange Server virtualization",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/plan-and-deploy/virtualization",
    read: "2026-12-01",
    says: "Dynamic memory and snapshots are not supported; at most 2 virtual processors per physical core; Exchange data on fixed-size block-level virtual disks (Exchange 2019 page; SE follows it).",
    primary: true,
  },
  "learn-exchange-preferred-architecture": {
    title: "Exchange Server 2019 preferred architecture",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/plan-and-deploy/deployment-ref/preferred-architecture-2019",
    read: "2026-12-01",
    says: "A DAG spans a site-resilient datacenter pair with equal members in each; its witness sits in a third location (or Azure); servers up to 48 cores and 256 GB.",
    primary: true,
  },
  "learn-exchange-edge-transport": {
    title: "Edge Transport servers",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/architecture/edge-transport-servers/edge-transport-servers",
    read: "2026-12-01",
    says: "Edge Transport servers sit in the perimeter network, are never members of the internal Active Directory forest, and receive recipient and configuration data through EdgeSync.",
    primary: true,
  },
  "learn-exchange-system-requirements": {
    title: "Exchange Server system requirements",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/plan-and-deploy/system-requirements",
    read: "2026-12-01",
    says: "Mailbox servers: 128 GB memory minimum recommended, Edge Transport 64 GB; large memory support up to 256 GB (Exchange 2019 page; SE follows it).",
    primary: true,
  },
  "learn-exchange-dag": {
    title: "Database availability groups",
    publisher: "Microsoft Learn",
    url: "https://learn.microsoft.com/en-us/exchange/high-availability/database-availability-groups/database-availability-groups",
    read: "2026-12-01",
    says: "A DAG is a group of up to 16 Mailbox servers that host a set of databases and recover from failures at database level (Exchange 2019 page; SE follows it).",
    primary: true,
  },
} satisfies SourceArea;
