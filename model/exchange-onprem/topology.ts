// Where every Exchange server and database copy goes, derived from the organization file and
// its sizing. The cdktf stack (virtual machines, disks) and the Exchange configuration document
// (DAG members, database copies) both read this one layout, so they cannot disagree.
// Layout rules follow the Preferred Architecture (source: learn-exchange-preferred-architecture):
// copies split across the two rooms, active copies spread evenly, the lagged copy in the
// recovery room, at most 16 DAG members.
import type { OrganizationFile } from "../schema";
import { sizeOrganization, type SizingResult } from "../sizing/sizing";

export type RoomRole = "primary" | "recovery";

export interface DatabaseCopyPlacement {
  database: string;
  server: string;
  room: RoomRole;
  /** 1 = the preferred active copy. */
  activationPreference: number;
  replayLagDays: number;
  /** Size of the disk that holds this copy (database, content index, logs; 20 % free). */
  diskGB: number;
}

export interface MailboxServerPlacement {
  name: string;
  room: RoomRole;
  vcpu: number;
  ramGB: number;
  copies: DatabaseCopyPlacement[];
  /** The disk of the server's message tracking logs (a decision on logs keeps them); 0: none. */
  transportLogDiskGB: number;
}

export interface EdgeServerPlacement {
  name: string;
  room: RoomRole;
  vcpu: number;
  ramGB: number;
}

export interface WitnessPlacement {
  name: string;
  kind: "third-room" | "azure-vm";
  /** The third room's name, or the Azure region. */
  location: string;
  vcpu: number;
  ramGB: number;
}

export interface OnpremTopology {
  sizing: SizingResult;
  mailboxServers: MailboxServerPlacement[];
  edgeServers: EdgeServerPlacement[];
  witness: WitnessPlacement;
  databases: { name: string; copies: DatabaseCopyPlacement[] }[];
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The name of a Mailbox server's message tracking log disk (the Exchange script mounts it by size). */
export const TRANSPORT_LOG_DISK = "TransportLogs";

/**
 * Servers are numbered alternately through the rooms: the primary room holds 01, 03, 05, ...,
 * the recovery room 02, 04, 06, ... So a scale-out adds new names at the end of each room and
 * every existing server keeps its name, room and address (numbering room by room would move
 * server n+1 from the recovery room to the primary one: a new VM in place of a data-bearing one).
 */
const serverNumber = (roomIndex: number, inRoom: number) => inRoom * 2 + roomIndex + 1;

export function onpremTopology(org: OrganizationFile, sizing: SizingResult = sizeOrganization(org)): OnpremTopology {
  const prefix = org.onprem.naming.serverPrefix;
  const perRoom = sizing.mailboxServers.perRoom;
  const rooms: RoomRole[] = ["primary", "recovery"];
  const mailboxServers: MailboxServerPlacement[] = rooms.flatMap((room, r) =>
    Array.from({ length: perRoom }, (_, i) => ({
      name: `${prefix}MBX${pad(serverNumber(r, i))}`,
      room,
      vcpu: sizing.mailboxServers.vcpu,
      ramGB: sizing.mailboxServers.ramGB,
      copies: [] as DatabaseCopyPlacement[],
      transportLogDiskGB: sizing.storage.messageTracking.diskGB,
    })),
  );
  const inRoom = (room: RoomRole) => mailboxServers.filter((server) => server.room === room);
  const [primaryCopies, recoveryCopies] = [sizing.rooms[0].copiesPerDatabase, sizing.rooms[1].copiesPerDatabase];
  const laggedInRecovery = sizing.databases.laggedCopy;

  const databases = Array.from({ length: sizing.databases.count }, (_, d) => {
    const name = `DB${pad(d + 1)}`;
    const copies: DatabaseCopyPlacement[] = [];
    let preference = 1;
    // Rotating the first server by database index spreads active (and lagged) copies evenly.
    const place = (room: RoomRole, count: number, laggedLast: boolean) => {
      const servers = inRoom(room);
      for (let k = 0; k < count; k++) {
        const server = servers[(d + k) % servers.length]!;
        const lagged = laggedLast && k === count - 1;
        const copy: DatabaseCopyPlacement = {
          database: name,
          server: server.name,
          room,
          activationPreference: preference++,
          replayLagDays: lagged ? org.onprem.dag.replayLagDays : 0,
          diskGB: lagged ? sizing.storage.laggedCopyDiskGB : sizing.storage.databaseCopyDiskGB,
        };
        copies.push(copy);
        server.copies.push(copy);
      }
    };
    place("primary", primaryCopies, false);
    place("recovery", recoveryCopies, laggedInRecovery);
    return { name, copies };
  });

  const edgeServers: EdgeServerPlacement[] = rooms.flatMap((room, r) =>
    Array.from({ length: sizing.edge.perRoom }, (_, i) => ({
      name: `${prefix}EDGE${pad(serverNumber(r, i))}`,
      room,
      vcpu: sizing.edge.vcpu,
      ramGB: sizing.edge.ramGB,
    })),
  );

  const witnessSite = org.sites.witness;
  const witness: WitnessPlacement = {
    name: `${prefix}FSW01`,
    kind: witnessSite.kind,
    location: witnessSite.kind === "third-room" ? witnessSite.name : witnessSite.region,
    vcpu: sizing.witness.vcpu,
    ramGB: sizing.witness.ramGB,
  };
  return { sizing, mailboxServers, edgeServers, witness, databases };
}

/** The first accepted domain: the default for the namespace and the VMM server's domain. */
export function primaryDomain(org: OrganizationFile): string {
  return org.organization.acceptedDomains[0]!;
}
