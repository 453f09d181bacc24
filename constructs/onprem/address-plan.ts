// The plan of static addresses for the DAG members and the witness. Exchange wants a DAG
// member's MAPI address set by hand or by a persistent reservation (source: learn-exchange-plan-ha),
// so the servers do not take DHCP addresses. The plan is derived from the room subnets in the
// organization file, never a per-server list, because the number of servers follows the sizing:
// in each room the n-th server (0, 1, ...) gets host number firstServerHost + n in the room's
// client and replication subnets; the witness gets host firstServerHost of its own network.
// azurerm gives an SCVMM VM no address argument, only ipv4_address_type Static (source:
// azurerm-4-55-scvmm-vm-instance): VMM hands each VM an address from the VM network's static IP
// pool and keeps it for the VM's life, so each room's pool is exactly the plan's range
// (docs/onprem.md, "First deployment").
import { InputError } from "../../model/input-error";

export interface PlannedServer {
  name: string;
  room: string;
  client: string;
  replication?: string;
}

export interface AddressRange {
  room: string;
  network: "client" | "replication";
  subnet: string;
  first: string;
  last: string;
}

export interface AddressPlan {
  servers: PlannedServer[];
  /** The static IP pool each room's VM network needs in VMM (exactly these ranges). */
  pools: AddressRange[];
}

export interface RoomAddressing {
  room: string;
  /** Organization-file path of the room (e.g. sites.primary), named in errors. */
  field: string;
  clientSubnet: string;
  replicationSubnet?: string;
  firstServerHost: number;
  /** Servers of the room in order. */
  servers: readonly string[];
}

function toNumber(address: string): number {
  return address.split(".").reduce((sum, octet) => sum * 256 + Number(octet), 0);
}

function toAddress(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

/** The address with host number `host` in `subnet` (10.10.1.0/24, 10 -> 10.10.1.10), or an InputError naming `field`. */
export function hostAddress(subnet: string, host: number, field: string): string {
  const [network, prefixText] = subnet.split("/");
  const prefix = Number(prefixText);
  const size = 2 ** (32 - prefix);
  const base = toNumber(network!) - (toNumber(network!) % size);
  // The network address and the broadcast address are not hosts.
  if (host < 1 || host > size - 2) {
    throw new InputError(field, String(host), `a host number from 1 to ${size - 2} that fits ${subnet} (the room's servers take the following numbers too)`);
  }
  return toAddress(base + host);
}

export function addressPlan(rooms: readonly RoomAddressing[]): AddressPlan {
  const servers: PlannedServer[] = [];
  const pools: AddressRange[] = [];
  for (const room of rooms) {
    if (room.servers.length === 0) continue;
    const field = `${room.field}.firstServerHost`;
    const last = room.firstServerHost + room.servers.length - 1;
    const networks = [["client", room.clientSubnet], ["replication", room.replicationSubnet]] as const;
    for (const [network, subnet] of networks) {
      if (subnet === undefined) continue;
      pools.push({ room: room.room, network, subnet, first: hostAddress(subnet, room.firstServerHost, field), last: hostAddress(subnet, last, field) });
    }
    room.servers.forEach((name, n) => {
      const host = room.firstServerHost + n;
      servers.push({
        name,
        room: room.room,
        client: hostAddress(room.clientSubnet, host, field),
        ...(room.replicationSubnet === undefined ? {} : { replication: hostAddress(room.replicationSubnet, host, field) }),
      });
    });
  }
  return { servers, pools };
}
