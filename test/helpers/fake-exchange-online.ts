// A local fake of the Exchange Online and Security & Compliance InvokeCommand endpoints,
// over real HTTP on 127.0.0.1 (port 0). It keeps tenant state in memory, answers the
// cmdlets exchange-iac uses the way the service does (OData pages, locations as objects,
// SIT conditions with lower-case keys), rejects what the service rejects (wrong token,
// a cmdlet on the wrong endpoint, duplicates, unknown identities) and records every call.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SECTION_SPECS, type CmdletParameters, type Endpoint, type Item } from "../../model/exchange-online/cmdlets";
import type { SettingsSection, TenantSettings } from "../../model/exchange-online/settings";

export interface RecordedCall {
  endpoint: Endpoint;
  cmdlet: string;
  parameters: CmdletParameters;
  headers: Record<string, string | undefined>;
  tenant: string;
}

export interface FakeOptions {
  tokens?: Record<Endpoint, string>;
  /** Items per OData page of a Get- answer. */
  pageSize?: number;
  initial?: TenantSettings;
}

export const FAKE_TOKENS: Record<Endpoint, string> = { exchange: "exo-token", compliance: "scc-token" };

/** What a new tenant has before anyone configures it. */
export function freshTenant(): TenantSettings {
  return {
    organizationConfig: { AuditDisabled: false, CustomerLockboxEnabled: false },
    adminAuditLogConfig: { UnifiedAuditLogIngestionEnabled: false },
    transportConfig: { SmtpClientAuthenticationDisabled: false, AllowLegacyTLSClients: true },
    externalInOutlook: { Enabled: false, AllowList: [] },
    remoteDomains: [{ Identity: "Default", DomainName: "*", AutoForwardEnabled: true }],
    outboundSpamFilterPolicies: [{ Identity: "Default", AutoForwardingMode: "Automatic" }],
    sharingPolicies: [{ Name: "Default Sharing Policy", Domains: ["*:CalendarSharingFreeBusySimple"], Enabled: true }],
  };
}

class CmdletFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export class FakeExchangeOnline {
  readonly calls: RecordedCall[] = [];
  private readonly state = new Map<SettingsSection, Item[]>();
  private server?: Server;
  private failures: number[] = [];
  baseUrls: Record<Endpoint, string> = { exchange: "", compliance: "" };

  constructor(private readonly options: FakeOptions = {}) {
    const initial = structuredClone(options.initial ?? freshTenant());
    for (const spec of SECTION_SPECS) {
      const value = initial[spec.section] as unknown;
      this.state.set(spec.section, value === undefined ? [] : ((spec.singleton ? [value] : value) as Item[]));
    }
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request).then(
        ({ status, body, headers }) => {
          response.writeHead(status, { "Content-Type": "application/json", ...headers });
          response.end(JSON.stringify(body));
        },
        (error: Error) => {
          response.writeHead(500, { "Content-Type": "application/json" });
          response.end(JSON.stringify({ error: { message: error.message } }));
        },
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrls = { exchange: `http://127.0.0.1:${port}/exo`, compliance: `http://127.0.0.1:${port}/scc` };
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())) ?? resolve());
  }

  /** The next answers fail with these HTTP statuses (e.g. 429), one per request. */
  failNext(...statuses: number[]): void {
    this.failures.push(...statuses);
  }

  /** The tenant's items of one section (singletons as a one-item list), for assertions and drift. */
  items(section: SettingsSection): Item[] {
    return this.state.get(section)!;
  }

  /** Changes an item behind exchange-iac's back, as an administrator in the portal would. */
  drift(section: SettingsSection, identity: string | undefined, changes: Item): void {
    const spec = SECTION_SPECS.find((candidate) => candidate.section === section)!;
    const item = spec.singleton ? this.items(section)[0] : this.items(section).find((candidate) => candidate[spec.key!] === identity);
    if (!item) throw new Error(`no ${section} item ${identity}`);
    Object.assign(item, changes);
  }

  /** Calls that change something (anything but Get-). */
  writes(): RecordedCall[] {
    return this.calls.filter((call) => !call.cmdlet.startsWith("Get-"));
  }

  private async handle(request: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const match = /^\/(exo|scc)\/adminapi\/beta\/([^/]+)\/InvokeCommand$/.exec(url.pathname);
    if (request.method !== "POST" || !match) return { status: 404, body: { error: { message: `no route ${request.method} ${url.pathname}` } } };
    const endpoint: Endpoint = match[1] === "exo" ? "exchange" : "compliance";
    const failure = this.failures.shift();
    if (failure) return { status: failure, body: { error: { message: "throttled" } }, headers: { "Retry-After": "0" } };
    const tokens = this.options.tokens ?? FAKE_TOKENS;
    if (request.headers.authorization !== `Bearer ${tokens[endpoint]}`) return { status: 401, body: { error: { message: "invalid token" } } };
    const text = await new Promise<string>((resolve) => {
      let data = "";
      request.on("data", (chunk: Buffer) => (data += chunk.toString("utf8")));
      request.on("end", () => resolve(data));
    });
    const input = (JSON.parse(text) as { CmdletInput?: { CmdletName?: string; Parameters?: CmdletParameters } }).CmdletInput;
    const cmdlet = input?.CmdletName ?? "";
    if (request.headers["x-cmdletname"] !== cmdlet) return { status: 400, body: { error: { message: "X-CmdletName does not match the body" } } };
    const parameters = input?.Parameters ?? {};
    const skip = Number(url.searchParams.get("skip") ?? "0");
    if (skip === 0) {
      this.calls.push({
        endpoint,
        cmdlet,
        parameters,
        tenant: decodeURIComponent(match[2]!),
        headers: {
          "x-clientapplication": header(request, "x-clientapplication"),
          "x-responseformat": header(request, "x-responseformat"),
          "x-anchormailbox": header(request, "x-anchormailbox"),
          prefer: header(request, "prefer"),
        },
      });
    }
    try {
      const results = this.run(endpoint, cmdlet, parameters);
      const pageSize = this.options.pageSize ?? 1000;
      const page = results.slice(skip, skip + pageSize);
      const body: Record<string, unknown> = { "@odata.context": "InvokeCommand", value: page };
      if (skip + pageSize < results.length) body["@odata.nextLink"] = `${this.baseUrls[endpoint]}/adminapi/beta/${match[2]}/InvokeCommand?skip=${skip + pageSize}`;
      return { status: 200, body };
    } catch (error) {
      if (error instanceof CmdletFailure) return { status: error.status, body: { error: { code: "BadRequest", message: error.message } } };
      throw error;
    }
  }

  private run(endpoint: Endpoint, cmdlet: string, parameters: CmdletParameters): unknown[] {
    const spec = SECTION_SPECS.find(
      (candidate) => candidate.get === cmdlet || candidate.set === cmdlet || cmdlet === newCmdlet(candidate.section) || (cmdlet === "Rotate-DkimSigningConfig" && candidate.section === "dkimSigningConfigs"),
    );
    if (!spec) throw new CmdletFailure(400, `The term '${cmdlet}' is not recognized as a name of a cmdlet.`);
    if (spec.endpoint !== endpoint) throw new CmdletFailure(400, `The term '${cmdlet}' is not recognized on this endpoint.`);
    const items = this.items(spec.section);
    const find = (identity: CmdletValueLike) => {
      const found = spec.singleton ? items[0] : items.find((item) => String(item[spec.key!]).toLowerCase() === String(identity).toLowerCase());
      if (!found) throw new CmdletFailure(404, `The operation couldn't be performed because object '${String(identity)}' couldn't be found.`);
      return found;
    };
    if (cmdlet === spec.get) {
      const selected = parameters.Identity === undefined ? items : [find(parameters.Identity)];
      return selected.map(serviceShape);
    }
    if (cmdlet === spec.set || cmdlet === "Rotate-DkimSigningConfig") {
      const { Identity, AddExchangeLocation, RemoveExchangeLocation, ...changes } = parameters;
      const item = find(Identity);
      for (const field of Object.keys(changes)) {
        if (cmdlet === spec.set && (spec.createOnly ?? []).includes(field)) throw new CmdletFailure(400, `A parameter cannot be found that matches parameter name '${field}'.`);
      }
      Object.assign(item, changes);
      if (AddExchangeLocation || RemoveExchangeLocation) {
        const locations = new Set((item.ExchangeLocation as string[]) ?? []);
        for (const location of (AddExchangeLocation as string[]) ?? []) locations.add(location);
        for (const location of (RemoveExchangeLocation as string[]) ?? []) locations.delete(location);
        item.ExchangeLocation = [...locations];
      }
      return [];
    }
    // New-: the key arrives as -Name (or -DomainName for DKIM) and service defaults fill the rest.
    const { Name, DomainName, ...rest } = parameters;
    const identity = spec.section === "dkimSigningConfigs" ? DomainName : Name;
    if (items.some((item) => String(item[spec.key!]).toLowerCase() === String(identity).toLowerCase())) {
      throw new CmdletFailure(400, `An object with the name '${String(identity)}' already exists.`);
    }
    const created: Item = { ...DEFAULTS[spec.section], ...rest, [spec.key!]: identity! };
    if (spec.section === "remoteDomains") created.DomainName = DomainName!;
    items.push(created);
    return [serviceShape(created)];
  }
}

type CmdletValueLike = CmdletParameters[string] | undefined;

const DEFAULTS: Partial<Record<SettingsSection, Item>> = {
  remoteDomains: { AutoForwardEnabled: true },
  dataEncryptionPolicies: { Enabled: true, Description: "" },
  outboundSpamFilterPolicies: { AutoForwardingMode: "Automatic" },
  retentionCompliancePolicies: { Enabled: true, Comment: "" },
  retentionComplianceRules: { ContentMatchQuery: "", Comment: "" },
};

function newCmdlet(section: SettingsSection): string | undefined {
  const spec = SECTION_SPECS.find((candidate) => candidate.section === section)!;
  return spec.create?.({ Identity: "x", Name: "x", DomainName: "x" })[0]?.cmdlet;
}

/** The service returns locations as objects and SIT conditions with lower-case string values. */
function serviceShape(item: Item): Record<string, unknown> {
  const shaped: Record<string, unknown> = { ...item, Guid: "00000000-0000-0000-0000-000000000000" };
  if (Array.isArray(item.ExchangeLocation)) shaped.ExchangeLocation = item.ExchangeLocation.map((name) => ({ Name: name, DisplayName: name, Type: "Tenant" }));
  if (Array.isArray(item.ContentContainsSensitiveInformation)) {
    shaped.ContentContainsSensitiveInformation = item.ContentContainsSensitiveInformation.map((type) =>
      Object.fromEntries(Object.entries(type as Record<string, unknown>).map(([key, value]) => [key.toLowerCase(), String(value)])),
    );
  }
  if (item.RetentionDuration !== undefined && /^\d+$/.test(String(item.RetentionDuration)) && "RetentionComplianceAction" in item) {
    shaped.RetentionDuration = Number(item.RetentionDuration);
  }
  if (item.Description === "") shaped.Description = null;
  return shaped;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
