// The configuration run completes: against the fake Exchange Management Shell the Mailbox
// servers' script and the Edge servers' script reach their last step on the first run, with
// PENDING only on steps that wait for named manual work (directly or through a step that
// does); every independent step runs; a second run changes nothing; once the manual work is
// done the next run finishes the rest. The run graph is the one the document records.
import { describe, expect, it } from "vitest";
import { buildOnpremExchangeDocument, type OnpremExchangeDocument } from "../model/exchange-onprem/document";
import { renderEdgeScript, renderOnpremScript } from "../model/exchange-onprem/render-script";
import { MANUAL_WORK, numberSteps, type ManualWork, type RunStep } from "../model/exchange-onprem/run-graph";
import { declaredSteps, FakeExchangeManagementShell } from "./helpers/fake-exchange-management-shell";
import { orgWith } from "./onprem-helpers";

const VARIANTS: [string, OnpremExchangeDocument][] = [
  ["the example (hybrid, Edge, one shared network)", buildOnpremExchangeDocument(orgWith())],
  [
    "every feature on (AD FS, encryption, partner TLS, proxy, DKIM signer, separate replication network)",
    buildOnpremExchangeDocument(
      orgWith((d) => {
        d.onprem.modernAuthentication = "adfs";
        d.onprem.personalIdentityNumberAction = "encrypt";
        d.onprem.rightsManagement = { template: "Exempelkommun - Konfidentiellt" };
        d.onprem.mailFlow = { requireTlsDomains: ["region.se", "skatteverket.se"] };
        d.onprem.egress = { proxy: "http://proxy.exempelkommun.se:8080" };
        d.onprem.mailAuthentication.signerHost = "smtp-out.exempelkommun.se";
        d.sites.sharedNetwork = false;
      }),
    ),
  ],
  ["no Edge", buildOnpremExchangeDocument(orgWith((d) => (d.onprem.edge.enabled = false)))],
];

/** Steps that wait, directly or through others, for manual work not yet done. */
function blockedByManualWork(steps: RunStep[], done: ReadonlySet<ManualWork>): Set<string> {
  const blocked = new Set<string>();
  for (const step of steps) {
    if ((step.manual && !done.has(step.manual)) || step.after.some((id) => blocked.has(id))) blocked.add(step.id);
  }
  return blocked;
}

const scriptsOf = (doc: OnpremExchangeDocument) => [
  { name: "Mailbox servers", script: renderOnpremScript(doc), graph: doc.run.mailbox },
  ...doc.servers.edge.map((edge) => ({ name: edge.name, script: renderEdgeScript(doc, edge.name), graph: doc.run.edge })),
];

describe.each(VARIANTS)("the configuration run: %s", (_name, doc) => {
  it("declares in the script exactly the graph the document records, each dependency on an earlier step", async () => {
    for (const { name, script, graph } of scriptsOf(doc)) {
      const declared = await declaredSteps(script);
      expect(declared.map((s) => ({ id: s.id, after: s.after, manual: s.manual })), name).toEqual(graph.map((s) => ({ id: s.id, after: s.after, manual: s.manual })));
      const seen = new Set<string>();
      for (const step of declared) {
        for (const id of step.after) expect(seen.has(id), `${name} ${step.id} waits for ${id}`).toBe(true);
        // A step either changes something, or names the manual work it waits for.
        expect(step.hasChange || step.manual !== null, `${name} ${step.id}`).toBe(true);
        seen.add(step.id);
      }
      for (const step of graph) if (step.manual) expect(MANUAL_WORK).toContain(step.manual);
    }
  });

  it("reaches the last step on the first run, PENDING only behind manual work, and a second run changes nothing", async () => {
    for (const { name, script, graph } of scriptsOf(doc)) {
      const shell = new FakeExchangeManagementShell();
      const first = await shell.run(script);
      expect(first.outcomes.map((o) => o.id), name).toEqual(graph.map((s) => s.id));
      expect(first.exitCode).toBe(0);
      const blocked = blockedByManualWork(graph, shell.manualDone);
      for (const outcome of first.outcomes) expect(outcome.outcome === "pending", `${name} ${outcome.id} ${outcome.why}`).toBe(blocked.has(outcome.id));
      // Steps that need nothing by hand ran: audit, DLP, retention and EEMS do not wait for the wizard.
      expect(first.outcomes.filter((o) => o.outcome === "changed").length).toBeGreaterThan(0);
      const second = await shell.run(script);
      expect(second.outcomes.filter((o) => o.outcome === "changed"), name).toEqual([]);
      expect(second.outcomes.map((o) => o.outcome)).toEqual(first.outcomes.map((o) => (o.outcome === "changed" ? "ok" : o.outcome)));
    }
  });

  it("finishes every step once the manual work is done, then changes nothing", async () => {
    for (const { name, script, graph } of scriptsOf(doc)) {
      const shell = new FakeExchangeManagementShell();
      await shell.run(script);
      for (const work of MANUAL_WORK) shell.manualDone.add(work);
      const third = await shell.run(script);
      expect(third.outcomes.filter((o) => o.outcome === "pending" || o.outcome === "failed"), name).toEqual([]);
      expect(third.outcomes).toHaveLength(graph.length);
      const fourth = await shell.run(script);
      expect(fourth.outcomes.every((o) => o.outcome === "ok"), name).toBe(true);
    }
  });

  it("lets a failed step stop only the steps that wait for it", async () => {
    const { script, graph } = scriptsOf(doc)[0]!;
    const dag = graph.find((s) => s.key === "dag")!;
    const shell = new FakeExchangeManagementShell();
    for (const work of MANUAL_WORK) shell.manualDone.add(work);
    shell.failing.add(dag.id);
    const run = await shell.run(script);
    expect(run.exitCode).toBe(1);
    const dependants = new Set([dag.id]);
    for (const step of graph) if (step.after.some((id) => dependants.has(id))) dependants.add(step.id);
    for (const outcome of run.outcomes) {
      if (outcome.id === dag.id) expect(outcome.outcome).toBe("failed");
      else if (dependants.has(outcome.id)) expect(outcome.outcome, outcome.id).toBe("pending");
      else expect(["changed", "ok"], outcome.id).toContain(outcome.outcome);
    }
    expect(run.outcomes.find((o) => graph.find((s) => s.id === o.id)!.key === "mailbox-audit")!.outcome).toBe("changed");
  });
});

describe("the run graph", () => {
  const doc = VARIANTS[0]![1];
  const key = (k: string) => doc.run.mailbox.find((s) => s.key === k)!;
  const waitsFor = (k: string, on: string) => {
    const target = key(on).id;
    const seen = new Set<string>();
    const visit = (id: string): boolean => {
      if (id === target) return true;
      if (seen.has(id)) return false;
      seen.add(id);
      return doc.run.mailbox.find((s) => s.id === id)!.after.some(visit);
    };
    return key(k).after.some(visit);
  };

  it("orders the work an Exchange engineer would: certificate before the wizard, the wizard before OAuth and the legacy-auth block, the witness before the DAG", () => {
    expect(waitsFor("modern-authentication", "certificate-enabled")).toBe(true);
    expect(waitsFor("modern-authentication", "dns")).toBe(true);
    expect(waitsFor("legacy-authentication-blocked", "modern-authentication")).toBe(true);
    expect(waitsFor("hybrid-application", "modern-authentication")).toBe(true);
    expect(waitsFor("dag", "witness-prepared")).toBe(true);
    expect(waitsFor("witness-in-use", "dag-members")).toBe(true);
    expect(waitsFor("internet-connector", "edge-subscription")).toBe(true);
    expect(waitsFor("edge-subscription", "certificate-enabled")).toBe(true);
    for (const independent of ["mailbox-audit", "admin-audit", "eems-organization", "transport-rule-personal-identity-number", "retention-tags", "remote-domains"]) {
      expect(waitsFor(independent, "modern-authentication"), independent).toBe(false);
      expect(waitsFor(independent, "certificate-installed"), independent).toBe(false);
    }
  });

  it("refuses a dependency on an unknown or later step, a key used twice, and a step with nothing to do", () => {
    const step = (key: string, after: string[] = [], set: string | undefined = "Set-Thing") => ({ key, title: key, after, test: "$true", set });
    expect(() => numberSteps([step("a", ["b"]), step("b")])).toThrow("waits for b, which is not an earlier step");
    expect(() => numberSteps([step("a"), step("a")])).toThrow("used twice");
    expect(() => numberSteps([{ ...step("a"), set: undefined }])).toThrow("neither a change nor manual work");
    // A step over an empty list is left out, and a dependency on it is dropped.
    expect(numberSteps([{ ...step("a"), forEach: [] }, step("b", ["a"])])).toEqual([{ ...step("b"), id: "01", after: [] }]);
  });
});
