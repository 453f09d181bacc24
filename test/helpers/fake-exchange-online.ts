// A local fake of the Exchange Online and Security & Compliance InvokeCommand endpoints,
// over real HTTP on 127.0.0.1 (port 0). It keeps tenant state in memory and answers the
// cmdlets exchange-iac uses the way the service does: OData pages, the documented property
// names of the Get- cmdlets (Get-DkimSigningConfig's Selector1KeySize/Selector2KeySize and
// Selector1CNAME/Selector2CNAME, never a KeySize; Get-Mailbox's DataEncryptionPolicy),
// locations as objects, SIT conditions with lower-case keys. It rejects what the service
// rejects: a wrong token, a cmdlet on the wrong endpoint, a cmdlet or parameter the cmdlet
// reference does not have for that product, duplicates, unknown identities, enabling DKIM
// before its CNAMEs resolve. Every call is recorded.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { checkCall, jsonCall } from "./cmdlet-conformance";
import { SECTION_SPECS, type CmdletParameters, type CmdletValue, type Endpoint, type Item } from "../../model/exchange-online/cmdlets";
import type { SettingsSection, TenantSettings } from "../../model/exchange-online/settings";
import { REQUIRED_ALERTS } from "../../model/exchange-online/threat-protection";

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
  /** The tenant's mailboxes (their DataEncryptionPolicy starts empty). */
  mailboxes?: string[];
  /** Domains whose DKIM selector CNAMEs resolve in DNS; DKIM cannot be enabled for others. */
  publishedDkimCnames?: string[];
}

export const FAKE_TOKENS: Record<Endpoint, string> = { exchange: "exo-token", compliance: "scc-token" };
const PRODUCT: Record<Endpoint, string> = { exchange: "Exchange Online", compliance: "Security & Compliance" };
/** The tenant's initial domain, which the DKIM CNAME targets point into. */
export const FAKE_INITIAL_DOMAIN = "exempelkommun.onmicrosoft.com";

/** What a new tenant has before anyone configures it. */
export function freshTenant(): TenantSettings {
  return {
    organizationConfig: { AuditDisabled: false },
    adminAuditLogConfig: { UnifiedAuditLogIngestionEnabled: false },
    transportConfig: { SmtpClientAuthenticationDisabled: false, AllowLegacyTLSClients: true },
    externalInOutlook: { Enabled: false, AllowList: [] },
    remoteDomains: [{ Identity: "Default", DomainName: "*", AutoForwardEnabled: true }],
    outboundSpamFilterPolicies: [{ Identity: "Default", AutoForwardingMode: "Automatic" }],
    sharingPolicies: [{ Name: "Default Sharing Policy", Domains: ["*:CalendarSharingFreeBusySimple"], Enabled: true }],
    // Exchange Online Protection's default policies and the built-in alert policies exist in every tenant.
    malwareFilterPolicies: [{ Identity: "Default", EnableFileFilter: true, FileTypes: ["exe", "cmd"], ZapEnabled: true }],
    hostedContentFilterPolicies: [
      {
        Identity: "Default",
        SpamAction: "MoveToJmf",
        HighConfidenceSpamAction: "MoveToJmf",
        BulkSpamAction: "MoveToJmf",
        PhishSpamAction: "MoveToJmf",
        HighConfidencePhishAction: "Quarantine",
        AllowedSenderDomains: [],
        AllowedSenders: [],
        SpamZapEnabled: true,
        PhishZapEnabled: true,
      },
    ],
    hostedConnectionFilterPolicies: [{ Identity: "Default", IPAllowList: [], EnableSafeList: false }],
    protectionAlerts: REQUIRED_ALERTS.map((name) => ({ Identity: name, Disabled: false, NotifyUser: ["TenantAdmins"] })),
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

/** One DKIM signing configuration as the service keeps it: two selectors, one of them signing. */
interface DkimConfig {
  Identity: string;
  Enabled: boolean;
  Selector1KeySize: number;
  Selector2KeySize: number;
  /** The selector that signs after the pending rotation (or now). */
  signing: 1 | 2;
}

interface Mailbox {
  Identity: string;
  DataEncryptionPolicy: string | null;
}

export class FakeExchangeOnline {
  readonly calls: RecordedCall[] = [];
  private readonly state = new Map<SettingsSection, Item[]>();
  private readonly dkim: DkimConfig[] = [];
  private readonly mailboxes: Mailbox[];
  private readonly published: Set<string>;
  private server?: Server;
  private failures: number[] = [];
  baseUrls: Record<Endpoint, string> = { exchange: "", compliance: "" };

  constructor(private readonly options: FakeOptions = {}) {
    const initial = structuredClone(options.initial ?? freshTenant());
    for (const spec of SECTION_SPECS) {
      const value = initial[spec.section] as unknown;
      this.state.set(spec.section, value === undefined ? [] : ((spec.singleton ? [value] : value) as Item[]));
    }
    for (const config of initial.dkimSigningConfigs ?? []) {
      this.dkim.push({ Identity: config.Identity, Enabled: config.Enabled, Selector1KeySize: config.KeySize, Selector2KeySize: config.KeySize, signing: 1 });
    }
    this.mailboxes = (options.mailboxes ?? []).map((identity) => ({ Identity: identity, DataEncryptionPolicy: null }));
    this.published = new Set(options.publishedDkimCnames ?? []);
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

  /** The DKIM signing configurations as the service keeps them. */
  dkimConfigs(): readonly DkimConfig[] {
    return this.dkim;
  }

  mailbox(identity: string): Mailbox | undefined {
    return this.mailboxes.find((mailbox) => mailbox.Identity === identity);
  }

  /** A mailbox created behind exchange-iac's back (it has no DEP yet). */
  addMailbox(identity: string): void {
    this.mailboxes.push({ Identity: identity, DataEncryptionPolicy: null });
  }

  /** The selector CNAMEs of a domain now resolve. */
  publishDkimCnames(domain: string): void {
    this.published.add(domain);
  }

  /** Changes an item behind exchange-iac's back, as an administrator in the portal would. */
  drift(section: SettingsSection, identity: string | undefined, changes: Item): void {
    if (section === "dkimSigningConfigs") {
      const config = this.dkim.find((candidate) => candidate.Identity === identity);
      if (!config) throw new Error(`no DKIM configuration ${identity}`);
      Object.assign(config, changes);
      return;
    }
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

  /**
   * The service's own binding, after Microsoft's cmdlet reference: an unknown cmdlet, a parameter
   * the cmdlet lacks in this product, a value it does not accept or a combination that fits no
   * parameter set is refused, as PowerShell's parameter binder refuses it.
   */
  private bind(endpoint: Endpoint, cmdlet: string, parameters: CmdletParameters): void {
    const [problem] = checkCall(jsonCall({ cmdlet, parameters }, PRODUCT[endpoint], "request"));
    if (problem) throw new CmdletFailure(400, `${cmdlet} ${problem.message}`);
  }

  private run(endpoint: Endpoint, cmdlet: string, parameters: CmdletParameters): unknown[] {
    this.bind(endpoint, cmdlet, parameters);
    if (/-DkimSigningConfig$/.test(cmdlet)) return this.runDkim(cmdlet, parameters);
    if (cmdlet === "Get-Mailbox" || cmdlet === "Set-Mailbox") return this.runMailbox(cmdlet, parameters);
    const spec = SECTION_SPECS.find((candidate) => candidate.get === cmdlet || candidate.set === cmdlet || cmdlet === newCmdlet(candidate.section));
    if (!spec) throw new CmdletFailure(400, `The fake does not implement '${cmdlet}'.`);
    const items = this.items(spec.section);
    const find = (identity: CmdletValue | undefined) => {
      const found = spec.singleton ? items[0] : items.find((item) => String(item[spec.key!]).toLowerCase() === String(identity).toLowerCase());
      if (!found) throw new CmdletFailure(404, `The operation couldn't be performed because object '${String(identity)}' couldn't be found.`);
      return found;
    };
    if (cmdlet === spec.get) {
      const selected = parameters.Identity === undefined ? items : [find(parameters.Identity)];
      return selected.map((item) => serviceShape(spec.section, item));
    }
    if (cmdlet === spec.set) {
      const { Identity, ...rest } = parameters;
      const item = find(Identity);
      // Locations change by Add<Field>/Remove<Field> lists, never by replacing them.
      const changes = Object.fromEntries(Object.entries(rest).filter(([name]) => !/^(Add|Remove)\w+Location$/.test(name)));
      Object.assign(item, changes);
      for (const [name, value] of Object.entries(rest)) {
        const match = /^(Add|Remove)(\w+Location)$/.exec(name);
        if (!match) continue;
        const locations = new Set((item[match[2]!] as string[]) ?? []);
        for (const location of value as string[]) {
          if (match[1] === "Add") locations.add(location);
          else locations.delete(location);
        }
        item[match[2]!] = [...locations];
      }
      return [];
    }
    // New-: the key arrives as -Name (or -DomainName for a remote domain) and service defaults fill the rest.
    const { Name, ...rest } = parameters;
    if (items.some((item) => String(item[spec.key!]).toLowerCase() === String(Name).toLowerCase())) {
      throw new CmdletFailure(400, `An object with the name '${String(Name)}' already exists.`);
    }
    const created: Item = { ...DEFAULTS[spec.section], ...rest, [spec.key!]: Name! };
    items.push(created);
    return [serviceShape(spec.section, created)];
  }

  private runDkim(cmdlet: string, parameters: CmdletParameters): unknown[] {
    const find = (identity: CmdletValue | undefined) => {
      const found = this.dkim.find((config) => config.Identity.toLowerCase() === String(identity).toLowerCase());
      if (!found) throw new CmdletFailure(404, `The operation couldn't be performed because object '${String(identity)}' couldn't be found.`);
      return found;
    };
    const enable = (domain: string) => {
      if (!this.published.has(domain)) throw new CmdletFailure(400, `CNAME record does not exist for this config. Please publish the selector1 and selector2 CNAME records of ${domain} first.`);
    };
    if (cmdlet === "Get-DkimSigningConfig") return (parameters.Identity === undefined ? this.dkim : [find(parameters.Identity)]).map(dkimShape);
    if (cmdlet === "New-DkimSigningConfig") {
      const domain = String(parameters.DomainName);
      if (this.dkim.some((config) => config.Identity === domain)) throw new CmdletFailure(400, `An object with the name '${domain}' already exists.`);
      if (parameters.Enabled === true) enable(domain);
      const size = Number(parameters.KeySize ?? 2048);
      const config: DkimConfig = { Identity: domain, Enabled: parameters.Enabled === true, Selector1KeySize: size, Selector2KeySize: size, signing: 1 };
      this.dkim.push(config);
      return [dkimShape(config)];
    }
    const config = find(parameters.Identity);
    if (cmdlet === "Rotate-DkimSigningConfig") {
      // The new key goes to the selector that does not sign now, which signs after the rotation.
      const next = config.signing === 1 ? 2 : 1;
      config[next === 1 ? "Selector1KeySize" : "Selector2KeySize"] = Number(parameters.KeySize ?? 2048);
      config.signing = next;
      return [];
    }
    if (parameters.Enabled === true) enable(config.Identity);
    if (typeof parameters.Enabled === "boolean") config.Enabled = parameters.Enabled;
    return [];
  }

  private runMailbox(cmdlet: string, parameters: CmdletParameters): unknown[] {
    if (cmdlet === "Get-Mailbox") {
      return this.mailboxes.map((mailbox) => ({ Identity: mailbox.Identity, Name: mailbox.Identity, DataEncryptionPolicy: mailbox.DataEncryptionPolicy, Guid: "00000000-0000-0000-0000-000000000000" }));
    }
    const mailbox = this.mailboxes.find((candidate) => candidate.Identity.toLowerCase() === String(parameters.Identity).toLowerCase());
    if (!mailbox) throw new CmdletFailure(404, `The operation couldn't be performed because object '${String(parameters.Identity)}' couldn't be found.`);
    if (parameters.DataEncryptionPolicy !== undefined) {
      const policy = String(parameters.DataEncryptionPolicy);
      if (!this.items("dataEncryptionPolicies").some((dep) => String(dep.Name).toLowerCase() === policy.toLowerCase())) {
        throw new CmdletFailure(404, `The operation couldn't be performed because object '${policy}' couldn't be found.`);
      }
      mailbox.DataEncryptionPolicy = policy;
    }
    return [];
  }
}

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

/** Get-DkimSigningConfig's properties; the CNAME targets point into the tenant's initial domain. */
function dkimShape(config: DkimConfig): Record<string, unknown> {
  const label = config.Identity.replace(/\./g, "-");
  return {
    Identity: config.Identity,
    Name: config.Identity,
    Domain: config.Identity,
    Enabled: config.Enabled,
    Status: config.Enabled ? "Valid" : "CnameMissing",
    Selector1KeySize: config.Selector1KeySize,
    Selector2KeySize: config.Selector2KeySize,
    Selector1CNAME: `selector1-${label}._domainkey.${FAKE_INITIAL_DOMAIN}`,
    Selector2CNAME: `selector2-${label}._domainkey.${FAKE_INITIAL_DOMAIN}`,
    Guid: "00000000-0000-0000-0000-000000000000",
  };
}

/** The service returns locations as objects, SIT conditions with lower-case string values, Customer Lockbox as read-only. */
function serviceShape(section: SettingsSection, item: Item): Record<string, unknown> {
  const shaped: Record<string, unknown> = { ...item, Guid: "00000000-0000-0000-0000-000000000000" };
  if (section === "organizationConfig") shaped.CustomerLockboxEnabled = false;
  for (const [field, value] of Object.entries(item)) {
    if (field.endsWith("Location") && Array.isArray(value)) shaped[field] = value.map((name) => ({ Name: name, DisplayName: name, Type: "Tenant" }));
  }
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
