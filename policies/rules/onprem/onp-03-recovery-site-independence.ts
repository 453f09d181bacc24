import { fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Rule } from "../../types";
import { atOnprem, field, onpremDocument, records } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// The DAG protects against losing one room only if one event cannot take both: two rooms in
// one building, on one power feed or one network route are a single failure domain for fire,
// power and fibre cuts (source: learn-exchange-preferred-architecture:
// two well-connected datacenters; NIS2 art. 21(2)(c)).
const ASPECTS = [{ key: "sharedBuilding" }, { key: "sharedPower" }, { key: "sharedNetwork" }] as const;

export const onp03: Rule = {
  id: "ONP-03",
  title: RULE_TEXTS.onp03.title,
  severity: "warning",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(c) (business continuity, disaster recovery); GDPR art. 32(1)(b)-(c)",
  sources: ["eurlex-gdpr", "eurlex-nis2"],
  remediation: RULE_TEXTS.onp03.remediation,
  check: ({ documents }) => {
    const read = onpremDocument(documents, (m) => m.onp03.subject);
    if ("missing" in read) return [read.missing];
    const values = ASPECTS.map((aspect) => ({ ...aspect, value: field(read.document, `roomIndependence.${aspect.key}`) }));
    const unknown = values.filter((aspect) => typeof aspect.value !== "boolean");
    if (unknown.length) {
      return [undecided(say((m) => m.onp03.unknown(unknown.map((a) => m.onp03.aspect[a.key]))), atOnprem("roomIndependence"))];
    }
    const shared = values.filter((aspect) => aspect.value === true).map((aspect) => aspect.key);
    if (shared.length === 0) return [];
    const rooms = ["primary", "recovery"].map((role) => records(field(read.document, "rooms"))?.find((room) => room.role === role)?.name ?? role);
    return [
      fail(
        say((m) => m.onp03.shared(String(rooms[1]), shared.map((key) => m.onp03.aspect[key]), String(rooms[0]))),
        atOnprem("roomIndependence"),
      ),
    ];
  },
};
