import { fail, undecided } from "../../outcome";
import { say } from "../../say";
import type { Outcome, Rule } from "../../types";
import { atOnprem, field, onpremDocument, records } from "./document";
import { rules as RULE_TEXTS } from "../../../i18n/en/rules";

// The admin surfaces (ECP/EAC, remote PowerShell) stay internal; client protocols reach the
// internet only through a reverse proxy or WAF (with SSL bridging, which Extended Protection
// needs); Edge Transport sits in the perimeter network and is not domain-joined
// (sources: learn-exchange-extended-protection, learn-exchange-edge-transport).
const ADMIN_SURFACES = ["ecp", "powershell"];
const PUBLISHING = ["reverse-proxy", "waf"];

export const onp05: Rule = {
  id: "ONP-05",
  title: RULE_TEXTS.onp05.title,
  severity: "error",
  appliesTo: "onprem",
  basis: "NIS2 art. 21(2)(e) and (i); GDPR art. 32; Exchange Edge Transport and hardening guidance",
  sources: ["eurlex-gdpr", "eurlex-nis2", "learn-exchange-edge-transport"],
  remediation: RULE_TEXTS.onp05.remediation,
  check: ({ documents }) => {
    const read = onpremDocument(documents, (m) => m.onp05.subject);
    if ("missing" in read) return [read.missing];
    const outcomes: Outcome[] = [];
    const directories = records(field(read.document, "clientAccess.virtualDirectories"));
    if (!directories) outcomes.push(undecided(say((m) => m.onp05.noDirectories), atOnprem("clientAccess.virtualDirectories")));
    directories?.forEach((directory, i) => {
      const surface = String(directory.kind);
      if (ADMIN_SURFACES.includes(surface) && (directory.internetReachable !== false || (directory.externalUrl ?? null) !== null)) {
        outcomes.push(
          fail(say((m) => m.onp05.published(m.onp05.surface[surface]!, String(directory.server), String(directory.externalUrl ?? "internetReachable"))), atOnprem(`clientAccess.virtualDirectories.${i}`)),
        );
      }
    });
    if (directories?.some((directory) => directory.internetReachable === true)) {
      const publishing = field(read.document, "clientAccess.internetPublishing");
      if (!PUBLISHING.includes(publishing as string)) {
        outcomes.push(fail(say((m) => m.onp05.notThroughProxy(JSON.stringify(publishing ?? null))), atOnprem("clientAccess.internetPublishing")));
      }
    }
    const edges = records(field(read.document, "servers.edge"));
    if (!edges) outcomes.push(undecided(say((m) => m.onp05.noEdges), atOnprem("servers.edge")));
    edges?.forEach((edge, i) => {
      if (edge.network !== "perimeter") outcomes.push(fail(say((m) => m.onp05.edgeNetwork(String(edge.name), String(edge.network))), atOnprem(`servers.edge.${i}.network`)));
      if (edge.domainJoined !== false) outcomes.push(fail(say((m) => m.onp05.edgeJoined(String(edge.name))), atOnprem(`servers.edge.${i}.domainJoined`)));
    });
    return outcomes;
  },
};
