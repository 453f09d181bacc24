// A local fake of Microsoft Graph's Tenant Configuration Management endpoints over real HTTP
// on 127.0.0.1 (port 0), answering as the v1.0 reference documents them: monitors created with
// 201 and updated with 204, the baseline returned by /baseline, drifts listed in OData pages
// with @odata.nextLink, driftedProperties only on $select, $filter on monitorId, an updated
// baseline deleting the monitor's drifts, 30 monitors and 800 monitored resources a day at
// most, bodies checked against the recorded resource types and properties, 401 without a
// valid token, 403 naming the permission a token lacks, and 429 with Retry-After on demand.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { BaselineResource, ConfigurationDrift, TcmMonitorBody } from "../../model/tcm/body";
import { referenceViolations } from "../../model/tcm/conformance";
import { TCM_LIMITS } from "../../model/tcm/reference";

const READ = "ConfigurationMonitoring.Read.All";
const READ_WRITE = "ConfigurationMonitoring.ReadWrite.All";
export const FAKE_GRAPH_TOKENS = { readWrite: "graph-rw-token", readOnly: "graph-ro-token" };
const PERMISSIONS: Record<string, string[]> = { [FAKE_GRAPH_TOKENS.readWrite]: [READ_WRITE], [FAKE_GRAPH_TOKENS.readOnly]: [READ] };
const ROOT = "/v1.0/admin/configurationManagement";
const TENANT_ID = "96bf81b4-2694-42bb-9204-70081135ca61";

interface StoredMonitor {
  id: string;
  displayName: string;
  description: string;
  status: string;
  inactivationReason?: string;
  mode: string;
  monitorRunFrequencyInHours: number;
  tenantId: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  baseline: TcmMonitorBody["baseline"] & { id: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
}

class Failure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeGraphTcm {
  readonly requests: RecordedRequest[] = [];
  readonly monitors: StoredMonitor[] = [];
  readonly drifts: ConfigurationDrift[] = [];
  baseUrl = "";
  /** Paging links point at this origin instead (a misbehaving proxy); the client must not follow them. */
  nextLinkHost?: string;
  private server?: Server;
  private throttled: { count: number; retryAfter: string } = { count: 0, retryAfter: "1" };
  private clock = Date.parse("2026-12-01T06:00:00Z");

  constructor(private readonly options: { pageSize?: number } = {}) {}

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request).then(
        ({ status, body, headers }) => {
          response.writeHead(status, { ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers });
          response.end(body === undefined ? undefined : JSON.stringify(body));
        },
        (error: Error) => {
          response.writeHead(500, { "Content-Type": "application/json" });
          response.end(JSON.stringify({ error: { code: "InternalServerError", message: error.message } }));
        },
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1.0`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())) ?? resolve());
  }

  /** The next `count` requests are throttled: 429 with this Retry-After (seconds). */
  throttle(count: number, retryAfterSeconds: number): void {
    this.throttled = { count, retryAfter: String(retryAfterSeconds) };
  }

  /** A monitor someone else made (another tool or an administrator), with one resource. */
  addForeignMonitor(displayName: string): StoredMonitor {
    return this.store({
      displayName,
      description: "made elsewhere",
      baseline: { displayName, description: "", resources: [{ displayName: "Default remote domain", resourceType: "microsoft.exchange.remotedomain", properties: { Identity: "Default", AutoForwardEnabled: false } }] },
    });
  }

  /**
   * What a monitor run records when the tenant no longer matches one property: an active drift
   * whose desired value is the baseline's, rendered as the service renders scalars ("False", "732").
   */
  injectDrift(monitorId: string, resourceDisplayName: string, propertyName: string, currentValue: unknown): ConfigurationDrift {
    const monitor = this.monitors.find((candidate) => candidate.id === monitorId)!;
    const resource = monitor.baseline.resources.find((candidate) => candidate.displayName === resourceDisplayName);
    if (!resource) throw new Error(`no baseline resource ${resourceDisplayName}`);
    const desired = resource.properties[propertyName];
    const drift: ConfigurationDrift = {
      id: randomUUID(),
      monitorId,
      tenantId: TENANT_ID,
      resourceType: resource.resourceType,
      baselineResourceDisplayName: resource.displayName,
      firstReportedDateTime: this.now(),
      status: "active",
      resourceInstanceIdentifier: identifierOf(resource),
      driftedProperties: [{ propertyName, desiredValue: serviceValue(desired), currentValue: serviceValue(currentValue) }],
    };
    this.drifts.push(drift);
    return drift;
  }

  /** Requests that change something. */
  writes(): RecordedRequest[] {
    return this.requests.filter((request) => request.method !== "GET");
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private store(body: TcmMonitorBody): StoredMonitor {
    const now = this.now();
    const monitor: StoredMonitor = {
      id: randomUUID(),
      displayName: body.displayName,
      description: body.description ?? "",
      status: "active",
      mode: "monitorOnly",
      monitorRunFrequencyInHours: TCM_LIMITS.runEveryHours,
      tenantId: TENANT_ID,
      createdDateTime: now,
      lastModifiedDateTime: now,
      baseline: { id: randomUUID(), displayName: body.baseline.displayName, description: body.baseline.description ?? "", resources: structuredClone(body.baseline.resources) },
    };
    this.monitors.push(monitor);
    return monitor;
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const text = await new Promise<string>((resolve) => {
      let data = "";
      request.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
      request.on("end", () => resolve(data));
    });
    this.requests.push({ method: request.method ?? "", path: url.pathname, query: url.searchParams });
    if (this.throttled.count > 0) {
      this.throttled.count--;
      return { status: 429, headers: { "Retry-After": this.throttled.retryAfter }, body: { error: { code: "TooManyRequests", message: "Too many requests. Retry after the time in the Retry-After header." } } };
    }
    try {
      return this.route(request.method ?? "", url, request.headers.authorization, text);
    } catch (error) {
      if (error instanceof Failure) return { status: error.status, body: { error: { code: error.code, message: error.message } } };
      throw error;
    }
  }

  private route(method: string, url: URL, authorization: string | undefined, text: string): { status: number; body?: unknown } {
    const path = url.pathname;
    const monitorPath = /^\/v1\.0\/admin\/configurationManagement\/configurationMonitors\/([^/]+)(\/baseline)?$/.exec(path);
    if (path === `${ROOT}/configurationMonitors` && method === "GET") {
      this.authorize(authorization, READ);
      return { status: 200, body: this.page(url, this.monitors.map(({ baseline: _baseline, ...monitor }) => monitor)) };
    }
    if (path === `${ROOT}/configurationMonitors` && method === "POST") {
      this.authorize(authorization, READ_WRITE);
      const body = this.validBody(text, undefined);
      if (this.monitors.length >= TCM_LIMITS.monitorsPerTenant) throw new Failure(400, "BadRequest", `The tenant has reached the maximum number of monitors (${TCM_LIMITS.monitorsPerTenant}).`);
      const { baseline: _baseline, ...monitor } = this.store(body);
      return { status: 201, body: { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#admin/configurationManagement/configurationMonitors/$entity", ...monitor, parameters: {} } };
    }
    if (monitorPath) {
      const monitor = this.monitors.find((candidate) => candidate.id === decodeURIComponent(monitorPath[1]!));
      if (monitorPath[2] && method === "GET") {
        this.authorize(authorization, READ);
        if (!monitor) throw new Failure(404, "NotFound", "The monitor was not found.");
        return { status: 200, body: { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#admin/configurationManagement/configurationMonitors('id')/baseline/$entity", ...monitor.baseline, parameters: [] } };
      }
      if (!monitorPath[2] && method === "PATCH") {
        this.authorize(authorization, READ_WRITE);
        if (!monitor) throw new Failure(404, "NotFound", "The monitor was not found.");
        const patch = JSON.parse(text) as Partial<TcmMonitorBody>;
        if (patch.baseline) {
          this.validBody(text, monitor.id);
          monitor.baseline = { ...monitor.baseline, displayName: patch.baseline.displayName, description: patch.baseline.description ?? "", resources: structuredClone(patch.baseline.resources) };
          // "When an administrator updates the baseline of an existing monitor, all previously generated
          // monitoring results and detected drifts for that monitor are automatically deleted."
          for (let index = this.drifts.length - 1; index >= 0; index--) if (this.drifts[index]!.monitorId === monitor.id) this.drifts.splice(index, 1);
        }
        const status = (patch as { status?: string }).status;
        if (status !== undefined) {
          if (!["active", "inactive"].includes(status)) throw new Failure(400, "BadRequest", `Invalid value '${status}' for status.`);
          monitor.status = status;
          delete monitor.inactivationReason;
        }
        if (patch.displayName !== undefined) monitor.displayName = patch.displayName;
        if (patch.description !== undefined) monitor.description = patch.description;
        monitor.lastModifiedDateTime = this.now();
        return { status: 204 };
      }
    }
    if (path === `${ROOT}/configurationDrifts` && method === "GET") {
      this.authorize(authorization, READ);
      const filter = url.searchParams.get("$filter");
      const monitorId = filter ? /^monitorId eq '([^']*)'$/.exec(filter)?.[1] : undefined;
      if (filter && monitorId === undefined) throw new Failure(400, "BadRequest", `Invalid filter clause: ${filter}`);
      const select = url.searchParams.get("$select")?.split(",");
      const drifts = this.drifts
        .filter((drift) => monitorId === undefined || drift.monitorId === monitorId)
        .map((drift) => Object.fromEntries(Object.entries(drift).filter(([key]) => (select ? select.includes(key) : key !== "driftedProperties" && key !== "resourceInstanceIdentifier"))));
      return { status: 200, body: this.page(url, drifts) };
    }
    throw new Failure(404, "UnknownError", `no route ${method} ${path}`);
  }

  private authorize(authorization: string | undefined, needed: string): void {
    const token = /^Bearer (.+)$/.exec(authorization ?? "")?.[1];
    const granted = token === undefined ? undefined : PERMISSIONS[token];
    if (!granted) throw new Failure(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
    const satisfied = needed === READ ? granted.includes(READ) || granted.includes(READ_WRITE) : granted.includes(READ_WRITE);
    if (!satisfied) throw new Failure(403, "Forbidden", `Missing role permissions on the request. API requires one of '${needed}'. Roles on the request '${granted.join(", ")}'.`);
  }

  /** A body as the service takes it: known types and properties, a unique name per resource, within the daily quota. */
  private validBody(text: string, replacing: string | undefined): TcmMonitorBody {
    const body = JSON.parse(text) as TcmMonitorBody;
    if (!body.displayName) throw new Failure(400, "BadRequest", "The displayName property is required.");
    const problems = referenceViolations(body);
    if (problems.length) throw new Failure(400, "BadRequest", `The baseline is not valid: ${problems[0]}`);
    const names = body.baseline.resources.map((resource) => resource.displayName);
    if (new Set(names).size !== names.length) throw new Failure(400, "BadRequest", "Baseline resource display names must be unique.");
    const others = this.monitors.filter((monitor) => monitor.id !== replacing).reduce((sum, monitor) => sum + monitor.baseline.resources.length, 0);
    if ((others + names.length) * TCM_LIMITS.runsPerDay > TCM_LIMITS.monitoredResourcesPerDay) {
      throw new Failure(400, "BadRequest", `The tenant would monitor more than ${TCM_LIMITS.monitoredResourcesPerDay} resources a day.`);
    }
    return body;
  }

  /** One OData page; the next one is named by an absolute @odata.nextLink that keeps the query. */
  private page<T>(url: URL, items: T[]): { "@odata.context": string; value: T[]; "@odata.nextLink"?: string } {
    const size = Math.min(Number(url.searchParams.get("$top") ?? this.options.pageSize ?? 100), 999);
    const skip = Number(url.searchParams.get("$skiptoken") ?? "0");
    const body: { "@odata.context": string; value: T[]; "@odata.nextLink"?: string } = { "@odata.context": `https://graph.microsoft.com/v1.0/$metadata#${url.pathname}`, value: items.slice(skip, skip + size) };
    if (skip + size < items.length) {
      const next = new URL(url.pathname + url.search, this.nextLinkHost ?? this.baseUrl);
      next.searchParams.set("$skiptoken", String(skip + size));
      body["@odata.nextLink"] = next.toString();
    }
    return body;
  }
}

function identifierOf(resource: BaselineResource): Record<string, unknown> {
  for (const key of ["Identity", "Name", "DisplayName"]) if (resource.properties[key] !== undefined) return { [key]: resource.properties[key] };
  return {};
}

/** Scalars come back as the strings PowerShell prints: True/False, numbers as digits. */
function serviceValue(value: unknown): unknown {
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return String(value);
  return value;
}
