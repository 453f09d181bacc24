// The database availability group as infrastructure: its members are Mailbox servers split
// equally over the two rooms, at most 16, and every database has copies in both rooms
// (source: learn-exchange-preferred-architecture; ONP-02). The DAG's Exchange-side settings
// are in the configuration document (model/exchange-onprem/).
import { Construct } from "constructs";
import { MailboxServer } from "./mailbox-server";
import type { VirtualMachinePlatform } from "./platform";
import { ConstructPropsError } from "./validation";

/** Largest DAG: 16 Mailbox servers (source: learn-exchange-dag). */
export const MAX_DAG_MEMBERS = 16;

export interface DagMember {
  readonly name: string;
  readonly room: "primary" | "recovery";
  readonly vcpu: number;
  readonly ramGB: number;
  readonly copies: readonly { database: string; diskGB: number }[];
  /** The disk of the message tracking logs; 0 or absent: none. */
  readonly transportLogDiskGB?: number;
}

export interface DatabaseAvailabilityGroupProps {
  readonly platform: VirtualMachinePlatform;
  readonly members: readonly DagMember[];
  /** A replication network apart from the client network; false where the rooms share one network (Preferred Architecture: one adapter). */
  readonly replicationNetwork?: boolean;
}

export class DatabaseAvailabilityGroup extends Construct {
  readonly servers: MailboxServer[];

  constructor(scope: Construct, id: string, props: DatabaseAvailabilityGroupProps) {
    super(scope, id);
    const { members } = props;
    const perRoom = (room: string) => members.filter((m) => m.room === room).length;
    if (members.length < 2 || members.length > MAX_DAG_MEMBERS) {
      throw new ConstructPropsError(this, "members", members.length, `2 to ${MAX_DAG_MEMBERS} mailbox servers`);
    }
    if (perRoom("primary") !== perRoom("recovery")) {
      throw new ConstructPropsError(this, "members", { primary: perRoom("primary"), recovery: perRoom("recovery") }, "the same number of members in each room");
    }
    const rooms = new Map<string, Set<string>>();
    for (const member of members) for (const copy of member.copies) rooms.set(copy.database, (rooms.get(copy.database) ?? new Set()).add(member.room));
    for (const [database, where] of rooms) {
      if (where.size < 2) throw new ConstructPropsError(this, `copies of ${database}`, [...where], "copies in both rooms");
    }
    this.servers = members.map(
      (member) =>
        new MailboxServer(this, member.name.toLowerCase(), {
          platform: props.platform,
          name: member.name,
          room: member.room,
          vcpu: member.vcpu,
          ramGB: member.ramGB,
          databaseDisks: member.copies.map((copy) => ({ name: copy.database, sizeGB: copy.diskGB })),
          transportLogDiskGB: member.transportLogDiskGB,
          replicationNetwork: props.replicationNetwork ?? true,
        }),
    );
  }
}
