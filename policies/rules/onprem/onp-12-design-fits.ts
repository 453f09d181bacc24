import { say } from "../../say";
import type { Shortfall } from "../../../model/sizing/feasibility";
import { fail, undecided } from "../../outcome";
import type { Rule } from "../../types";
import { atOnprem, field, onpremDocument } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// The sizing's feasibility result (model/sizing/feasibility.ts): the design must fit the rooms'
// hosts (cores, memory, storage), Exchange's limits per server and per DAG, and the edition's
// mounted-database limit, where every active and passive copy counts (source: learn-exchange-editions).
// `sizing`, `cost` and `compare` print these same findings and exit 1.
export const onp12: Rule = {
  id: "ONP-12",
  title: RULE_TEXTS.onp12.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "GDPR art. 32(1)(b) (availability); Microsoft: Exchange Server editions (5 mounted databases on Standard, 100 on Enterprise), preferred architecture (48 cores, 256 GB), DAG of at most 16 members",
  sources: ["learn-exchange-editions", "learn-exchange-preferred-architecture", "learn-exchange-dag", "learn-exchange-virtualization", "eurlex-gdpr"],
  remediation: RULE_TEXTS.onp12.remediation,
  check: ({ documents }) => {
    const read = onpremDocument(documents, (m) => m.onp12.subject);
    if ("missing" in read) return [read.missing];
    const fits = field(read.document, "capacity.fits");
    const shortfalls = field(read.document, "capacity.shortfalls");
    if (typeof fits !== "boolean" || !Array.isArray(shortfalls)) return [undecided(say((m) => m.onp12.unknown), atOnprem("capacity.fits"))];
    if (!fits && shortfalls.length === 0) return [undecided(say((m) => m.onp12.noShortfall), atOnprem("capacity.shortfalls"))];
    return (shortfalls as Shortfall[]).map((s, i) => fail(say((m) => m.onp12.shortfall(s.problem, s.fits)), atOnprem(`capacity.shortfalls[${i}]`)));
  },
};
