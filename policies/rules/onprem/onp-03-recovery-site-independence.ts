import { fail, undecided } from "../../outcome";
import type { Rule } from "../../types";
import { atOnprem, field, onpremDocument, records } from "./document";

// The DAG protects against losing one room only if one event cannot take both: two rooms in
// one building, on one power feed or one network route are a single failure domain for fire,
// power and fibre cuts (source: learn-exchange-preferred-architecture:
// two well-connected datacenters; NIS2 art. 21(2)(c)).
const ASPECTS = [
  { key: "sharedBuilding", what: "a building" },
  { key: "sharedPower", what: "power" },
  { key: "sharedNetwork", what: "the network" },
] as const;

export const onp03: Rule = {
  id: "ONP-03",
  title: "The recovery site shares a building, power or network with the primary site (a single event can take both down)",
  severity: "warning",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(c) (business continuity, disaster recovery); GDPR art. 32(1)(b)-(c)",
  sources: ["eurlex-gdpr", "eurlex-nis2"],
  remediation: "Move the recovery room to another building with its own power and network route, or accept the risk with a waiver; keep the witness outside both rooms.",
  check: ({ documents }) => {
    const read = onpremDocument(documents, "the independence of the two rooms");
    if ("missing" in read) return [read.missing];
    const values = ASPECTS.map((aspect) => ({ ...aspect, value: field(read.document, `roomIndependence.${aspect.key}`) }));
    const unknown = values.filter((aspect) => typeof aspect.value !== "boolean");
    if (unknown.length) {
      return [undecided(`the document does not say whether the rooms share ${unknown.map((a) => a.what).join(", ")}`, atOnprem("roomIndependence"))];
    }
    const shared = values.filter((aspect) => aspect.value === true).map((aspect) => aspect.what);
    if (shared.length === 0) return [];
    const rooms = ["primary", "recovery"].map((role) => records(field(read.document, "rooms"))?.find((room) => room.role === role)?.name ?? role);
    return [
      fail(
        `the recovery room (${String(rooms[1])}) shares ${joinList(shared)} with the primary room (${String(rooms[0])}): a single event can take both down`,
        atOnprem("roomIndependence"),
      ),
    ];
  },
};

function joinList(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
