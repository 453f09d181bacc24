// `tenant monitor` and `tenant drift` against a local fake of Graph's Tenant Configuration
// Management endpoints over real HTTP on 127.0.0.1: the first run creates the monitor, a
// second changes nothing, a changed organization file updates the baseline in place, an
// injected drift is reported with the field it comes from (exit 1); paging, throttling and a
// refused permission behave as Graph documents them.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGraphClient, GraphError } from "../adapters/graph/graph-client";
import { createTcmAdapter } from "../adapters/graph/tcm";
import { runCli, tempFile } from "./helpers/cli";
import { exampleWith } from "./helpers/example";
import { FAKE_GRAPH_TOKENS, FakeGraphTcm } from "./helpers/fake-graph-tcm";

const NAME = "exchange-iac Exempelkommun";
const saved = { token: process.env.EXCHANGE_IAC_GRAPH_TOKEN, url: process.env.EXCHANGE_IAC_GRAPH_URL };
let fake: FakeGraphTcm;

const reportOnly = tempFile("report-only.yaml", exampleWith((data) => (data.identity.conditionalAccessState = "enabledForReportingButNotEnforced")));

function useToken(token: string) {
  process.env.EXCHANGE_IAC_GRAPH_TOKEN = token;
  process.env.EXCHANGE_IAC_GRAPH_URL = fake.baseUrl;
}

beforeEach(async () => {
  fake = await new FakeGraphTcm({ pageSize: 2 }).start();
  useToken(FAKE_GRAPH_TOKENS.readWrite);
});
afterEach(async () => {
  await fake.stop();
});
afterAll(() => {
  for (const [name, value] of [["EXCHANGE_IAC_GRAPH_TOKEN", saved.token], ["EXCHANGE_IAC_GRAPH_URL", saved.url]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("tenant monitor", () => {
  it("creates the monitor, changes nothing on a second run, and updates the baseline in place when the organization file changes", async () => {
    // Monitors made elsewhere share the tenant; with two a page, the list is read across pages.
    for (const name of ["Defender baseline", "Intune baseline", "Teams baseline"]) fake.addForeignMonitor(name);

    const first = await runCli(["tenant", "monitor"]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Created the TCM monitor "${NAME}"`);
    const ours = fake.monitors.find((monitor) => monitor.displayName === NAME)!;
    const exported = JSON.parse((await runCli(["export", "tcm"])).stdout);
    expect(ours.baseline.resources).toEqual(exported.baseline.resources);
    expect(fake.writes().map((request) => `${request.method} ${request.path}`)).toEqual(["POST /v1.0/admin/configurationManagement/configurationMonitors"]);

    const second = await runCli(["tenant", "monitor"]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("nothing changed");
    expect(fake.writes()).toHaveLength(1);

    const drift = fake.injectDrift(ours.id, "Remote domain: Default", "AutoForwardEnabled", true);
    const changed = await runCli(["--config", reportOnly, "--format", "json", "tenant", "monitor"]);
    expect(changed.code, changed.stderr).toBe(0);
    expect(JSON.parse(changed.stdout)).toMatchObject({ action: "updated", monitor: { id: ours.id, displayName: NAME } });
    expect(fake.monitors.filter((monitor) => monitor.displayName === NAME)).toHaveLength(1);
    expect(fake.writes().map((request) => `${request.method} ${request.path}`).at(-1)).toBe(`PATCH /v1.0/admin/configurationManagement/configurationMonitors/${ours.id}`);
    const policy = ours.baseline.resources.find((resource) => resource.displayName === "Conditional Access: CA01 Block legacy authentication")!;
    expect(policy.properties.State).toBe("enabledForReportingButNotEnforced");
    // The service deletes a monitor's drifts when its baseline is updated.
    expect(fake.drifts).not.toContainEqual(drift);
    expect((await runCli(["--config", reportOnly, "tenant", "monitor"])).stdout).toContain("nothing changed");
  });

  it("refuses without the write permission, naming it, and never prints the token", async () => {
    useToken(FAKE_GRAPH_TOKENS.readOnly);
    const result = await runCli(["tenant", "monitor"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: Graph POST \/admin\/configurationManagement\/configurationMonitors failed with HTTP 403 Forbidden: .*ConfigurationMonitoring\.ReadWrite\.All/);
    expect(result.stderr).toContain("needs the Graph application permission ConfigurationMonitoring.ReadWrite.All");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout + result.stderr).not.toContain(FAKE_GRAPH_TOKENS.readOnly);
    expect(fake.monitors).toHaveLength(0);
  });

  it("refuses a 31st monitor and two monitors of the same name (exit 2)", async () => {
    for (let index = 0; index < 30; index++) fake.addForeignMonitor(`Other ${index}`);
    const full = await runCli(["tenant", "monitor"]);
    expect(full.code).toBe(2);
    expect(full.stderr).toContain("already has 30 monitors");

    fake.monitors.splice(0);
    fake.addForeignMonitor(NAME);
    fake.addForeignMonitor(NAME);
    const twice = await runCli(["tenant", "monitor"]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`2 monitors are named "${NAME}"`);
  });

  it("says so in one line when Graph cannot be reached (exit 3: the service failed, not the input)", async () => {
    await fake.stop();
    const result = await runCli(["tenant", "drift"]);
    fake = await new FakeGraphTcm().start();
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error: Graph GET \/admin\/configurationManagement\/configurationMonitors\?\$select=[^ ]+ failed: could not reach http:\/\/127\.0\.0\.1:\d+ \(.+\)\.\n$/);
  });

  it("needs a token from the environment, naming the least permission each command needs", async () => {
    delete process.env.EXCHANGE_IAC_GRAPH_TOKEN;
    const drift = await runCli(["tenant", "drift"]);
    expect(drift.code).toBe(2);
    expect(drift.stderr).toMatch(/^error: EXCHANGE_IAC_GRAPH_TOKEN: received nothing.* with ConfigurationMonitoring\.Read\.All,/);
    const monitor = await runCli(["tenant", "monitor"]);
    expect(monitor.code).toBe(2);
    expect(monitor.stderr).toMatch(/^error: EXCHANGE_IAC_GRAPH_TOKEN: received nothing.* with ConfigurationMonitoring\.ReadWrite\.All,/);
  });
});

describe("tenant drift", () => {
  let monitorId: string;
  beforeEach(async () => {
    expect((await runCli(["tenant", "monitor"])).code).toBe(0);
    monitorId = fake.monitors[0]!.id;
  });

  it("reports each drifted property with desired and current value and the organization-file field, and exits 1", async () => {
    fake.injectDrift(monitorId, "Conditional Access: CA01 Block legacy authentication", "State", "disabled");
    // The example signs with DKIM (its CNAMEs are published); someone turned it off by hand.
    fake.injectDrift(monitorId, "DKIM signing: exempelkommun.se", "Enabled", false);
    // Drifts of other monitors and drifts already fixed are not ours to report.
    fake.drifts.push({ ...fake.drifts[0]!, id: "other", monitorId: "another-monitor" });
    fake.drifts.push({ ...fake.drifts[1]!, id: "fixed", status: "fixed" });

    const json = await runCli(["--format", "json", "tenant", "drift"]);
    expect(json.code, json.stderr).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.monitor).toEqual({ id: monitorId, displayName: NAME });
    expect(report.drifted).toEqual([
      expect.objectContaining({ resource: "Conditional Access: CA01 Block legacy authentication", property: "State", desired: "enabled", current: "disabled", field: "identity.conditionalAccessState" }),
      expect.objectContaining({ resource: "DKIM signing: exempelkommun.se", property: "Enabled", desired: "True", current: "False", field: "online.manualSteps.dkimCnamesPublished", instance: { Identity: "exempelkommun.se" } }),
    ]);
    // The drift list is read across pages (two a page) with driftedProperties selected.
    const reads = fake.requests.filter((request) => request.path.endsWith("/configurationDrifts"));
    expect(reads.length).toBeGreaterThan(1);
    expect(reads[0]!.query.get("$select")).toContain("driftedProperties");
    expect(reads[0]!.query.get("$filter")).toBe(`monitorId eq '${monitorId}'`);

    const text = await runCli(["tenant", "drift"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("2 drifted properties in 2 resources");
    expect(text.stdout).toContain("State: desired enabled, current disabled; organization file: identity.conditionalAccessState");

    const markdown = await runCli(["--format", "markdown", "tenant", "drift"]);
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toMatch(/^<!-- exchange-iac-drift -->\n## Tenant drift: exchange-iac Exempelkommun/);
    expect(markdown.stdout).toContain("| DKIM signing: exempelkommun.se | Enabled | True | False | online.manualSteps.dkimCnamesPublished |");
  });

  it("refuses to call an inactive monitor's silence no drift, and tenant monitor makes it active again", async () => {
    Object.assign(fake.monitors[0]!, { status: "inactive", inactivationReason: "The service principal lacks permissions." });
    const silent = await runCli(["tenant", "drift"]);
    expect(silent.code).toBe(2);
    expect(silent.stderr).toContain(`the monitor "${NAME}" is inactive (The service principal lacks permissions.) and checks nothing`);

    const reactivated = await runCli(["--format", "json", "tenant", "monitor"]);
    expect(JSON.parse(reactivated.stdout).action).toBe("updated");
    expect(fake.monitors[0]!.status).toBe("active");
    expect((await runCli(["tenant", "drift"])).code).toBe(0);
  });

  it("exits 0 without drift, 2 without its monitor, and 2 for a format it does not write", async () => {
    const clean = await runCli(["tenant", "drift"]);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toContain("No drift");

    const other = await runCli(["--config", tempFile("other.yaml", exampleWith((data) => (data.organization.name = "Annankommun"))), "tenant", "drift"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('no monitor named "exchange-iac Annankommun"');

    expect((await runCli(["--format", "sarif", "tenant", "drift"])).code).toBe(2);
  });
});

describe("Graph client", () => {
  it("waits as long as Retry-After says when throttled, then succeeds", async () => {
    const waits: number[] = [];
    const graph = createGraphClient({ token: FAKE_GRAPH_TOKENS.readWrite, baseUrl: fake.baseUrl, sleep: async (ms) => void waits.push(ms) });
    fake.addForeignMonitor("Intune baseline");
    fake.throttle(2, 7);
    const monitor = await createTcmAdapter(graph).findMonitor("Intune baseline");
    expect(monitor?.displayName).toBe("Intune baseline");
    expect(waits).toEqual([7000, 7000]);
    expect(fake.requests.filter((request) => request.method === "GET")).toHaveLength(3);
  });

  it("gives up after its retries with the service's error", async () => {
    const graph = createGraphClient({ token: FAKE_GRAPH_TOKENS.readWrite, baseUrl: fake.baseUrl, maxRetries: 1, sleep: async () => undefined });
    fake.throttle(5, 1);
    const error = await createTcmAdapter(graph).findMonitor("x").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).status).toBe(429);
    expect((error as GraphError).message).toContain("TooManyRequests");
  });

  it("does not send the token to another host named by a paging link", async () => {
    const graph = createGraphClient({ token: FAKE_GRAPH_TOKENS.readWrite, baseUrl: fake.baseUrl });
    for (const name of ["A", "B", "C"]) fake.addForeignMonitor(name);
    fake.nextLinkHost = "http://127.0.0.2:9";
    const error = await createTcmAdapter(graph).findMonitor("C").catch((caught: unknown) => caught);
    expect((error as GraphError).message).toContain("refused to follow a link to another host (http://127.0.0.2:9)");
    expect(fake.requests).toHaveLength(1);
  });
});

describe("the user workflow", () => {
  const workflow = parse(readFileSync(new URL("../.github/workflows/exchange-iac.yml", import.meta.url), "utf8"));
  const runs = (job: string) => (workflow.jobs[job].steps as { run?: string }[]).map((step) => step.run ?? "").join("\n");

  it("reads the drift daily into the job summary and fails on it, and never deploys on the schedule", () => {
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    expect(workflow.jobs.drift.if).toContain("github.event_name == 'schedule'");
    expect(runs("drift")).toContain('--format markdown tenant drift > out/tenant-drift.md || code=$?');
    expect(runs("drift")).toContain('cat out/tenant-drift.md >> "$GITHUB_STEP_SUMMARY"');
    expect(runs("drift")).toContain('record "the tenant" "$code"');
    expect(runs("drift")).toContain('echo "::add-mask::$graph_token"');
    expect(workflow.jobs["deploy-plan"].if).not.toContain("schedule");
    expect(workflow.jobs["deploy-plan"].if).toContain("github.event_name == 'push'");
    expect(runs("deploy")).toContain('tenant monitor');
  });
});
