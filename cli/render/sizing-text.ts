import type { SizingResult } from "../../model/sizing/sizing";
import { gb, percent, table } from "./table";

export function renderSizingText(s: SizingResult): string {
  const [primary, recovery] = s.rooms;
  const storageShort = s.feasibility.shortfalls.find((shortfall) => shortfall.resource === "storage");
  const lines = [
    `Exchange sizing for ${s.mailboxesAtHorizon} mailboxes after ${s.horizonYears} years (${s.mailboxesToday} today), ${s.messagesPerDay} messages a day`,
    `Worst failure the copy layout survives: ${s.worstTolerableFailure}`,
    `CPU: ${s.cpu.specIntRate2006PerCore} SPECint_rate2006 per core, ${s.cpu.megacyclesPerCore.toLocaleString("en-US")} megacycles per core`,
    `Design: ${s.feasibility.fits ? "fits the hosts" : `does NOT fit (${s.feasibility.shortfalls.map((shortfall) => shortfall.resource).join(", ")}; see ONP-12 below)`}`,
    "",
    table([
      ["Servers per site", "mailbox", "edge", "DB copies/server", "storage"],
      [primary.name, String(primary.mailboxServers), String(s.edge.perRoom), String(primary.databaseCopiesPerServer), gb(primary.provisionedStorageGB)],
      [recovery.name, String(recovery.mailboxServers), String(s.edge.perRoom), String(recovery.databaseCopiesPerServer), gb(recovery.provisionedStorageGB)],
      [`Witness (${s.witness.location})`, "", "", "", ""],
    ]),
    "",
    table([
      ["Mailbox server", ""],
      ["vCPU", String(s.mailboxServers.vcpu)],
      ["Cores needed at the worst failure", s.mailboxServers.coresNeededAtWorstFailure.toFixed(2)],
      ["Active mailboxes at the worst failure", s.worstFailure.activeMailboxesPerServer.toLocaleString("en-US")],
      ["RAM", `${s.mailboxServers.ramGB} GB`],
      ["System disk", gb(s.storage.systemDiskGB)],
      ["Database copy disk", gb(s.storage.databaseCopyDiskGB)],
      ["Lagged copy disk", s.storage.laggedCopyDiskGB ? gb(s.storage.laggedCopyDiskGB) : "none"],
      ["Message tracking log disk", s.storage.messageTracking.diskGB ? `${gb(s.storage.messageTracking.diskGB)} (${s.storage.messageTracking.days} days)` : "none (Exchange's default on the system disk)"],
      ["Data storage per server", gb(s.storage.perServerGB)],
      ["Design", s.mailboxServers.pinned ? "pinned in the organization file" : "smallest that holds"],
    ]),
    "",
    table([
      ["Databases", ""],
      ["Count", String(s.databases.count)],
      ["Size each", gb(s.databases.sizeGB)],
      ["Copies each", `${s.databases.copiesPerDatabase}${s.databases.laggedCopy ? " (one lagged)" : ""}`],
      ["Mounted per server (active and passive)", `${s.databases.mountedCopiesPerServer} of at most ${s.databases.mountedLimit}`],
      ["Data of all copies (databases, index, logs)", gb(s.storage.requiredDataGB)],
      ["Log space of all copies", gb(s.storage.logSpaceGB)],
      ["IOPS of all copies", s.iops.total.toFixed(1)],
      ["IOPS per server at worst failure", s.iops.perServerAtWorstFailure.toFixed(1)],
    ]),
    "",
    table([
      ["Utilisation", ""],
      ["CPU at worst tolerable failure", percent(s.utilisation.cpuAtWorstFailure)],
      ["CPU in normal operation", percent(s.utilisation.cpuNormal)],
      ["Database volume free after growth", percent(s.utilisation.storageFreeAfterGrowth)],
      ["Host storage free (fullest room)", storageShort ? `does not fit: needs ${storageShort.need.toFixed(1)} TB, has ${storageShort.have} TB` : percent(s.utilisation.hostStorageFree)],
      ["vCPU per physical core", s.utilisation.hostVcpuPerPhysicalCore.toFixed(2)],
    ]),
    "",
  ];
  return lines.join("\n");
}
