import { fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument, records } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// Preferred Architecture: the DAG spans two datacenters with copies in both, and the witness
// sits in a third location (or an Azure VM file-share witness) so that losing one room fails
// over automatically (source: learn-exchange-preferred-architecture).
const THIRD_FAILURE_DOMAINS = ["third-room", "azure"];

export const onp02: Rule = {
  id: "ONP-02",
  title: RULE_TEXTS.onp02.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "GDPR art. 32(1)(b)-(c) (availability and resilience); NIS2 art. 21(2)(c) (business continuity); Exchange Preferred Architecture",
  sources: ["eurlex-gdpr", "eurlex-nis2", "learn-exchange-preferred-architecture"],
  remediation: RULE_TEXTS.onp02.remediation,
  check: ({ documents }) => {
    const read = onpremDocument(documents, (m) => m.onp02.subject);
    if ("missing" in read) return [read.missing];
    const document = read.document;
    const outcomes: Outcome[] = [];

    const databases = records(field(document, "databases"));
    if (!databases) outcomes.push(undecided(say((m) => m.onp02.noDatabases), atOnprem("databases")));
    else if (databases.length === 0) outcomes.push(fail(say((m) => m.onp02.emptyDag), atOnprem("databases")));
    databases?.forEach((database, i) => {
      const copies = records(database.copies);
      if (!copies) {
        outcomes.push(undecided(say((m) => m.onp02.copiesUnlisted(String(database.name))), atOnprem(`databases.${i}.copies`)));
        return;
      }
      const rooms = [...new Set(copies.map((copy) => String(copy.room)))].sort();
      if (copies.length < 2 || rooms.length < 2) {
        outcomes.push(
          fail(
            say((m) => m.onp02.tooFewCopies(String(database.name), copies.length, rooms)),
            atOnprem(`databases.${i}.copies`),
          ),
        );
      }
    });

    const witness = field(document, "dag.witness");
    if (typeof witness !== "object" || witness === null) {
      outcomes.push(undecided(say((m) => m.onp02.noWitness), atOnprem("dag.witness")));
      return outcomes;
    }
    const domain = field(witness, "failureDomain");
    if (typeof domain !== "string" || !THIRD_FAILURE_DOMAINS.includes(domain)) {
      outcomes.push(fail(say((m) => m.onp02.witnessDomain(JSON.stringify(domain))), atOnprem("dag.witness.failureDomain")));
    }
    if (field(witness, "inServerRoom") !== false) outcomes.push(fail(say((m) => m.onp02.witnessInRoom), atOnprem("dag.witness.inServerRoom")));
    // The stated location must not be a server room, whatever the flags say.
    const location = field(witness, "location");
    const roomNames = (records(field(document, "rooms")) ?? []).map((room) => room.name);
    if (roomNames.includes(location)) {
      outcomes.push(fail(say((m) => m.onp02.witnessPlacedInRoom(String(location))), atOnprem("dag.witness.location")));
    }
    const members = field(document, "dag.members");
    if (Array.isArray(members) && members.includes(field(witness, "server"))) {
      outcomes.push(fail(say((m) => m.onp02.witnessIsMember(String(field(witness, "server")))), atOnprem("dag.witness.server")));
    }
    return outcomes;
  },
};
